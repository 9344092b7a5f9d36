package parse

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Inside a numbered list entry, a line indented four spaces more than the
// entry's text is an indented code block in Markdown. Contracts converted
// from Word indent their sub-clauses and items that way ("1. ## Service",
// then "       1.1 Access." or "       (a) …"): such a line is legal
// text, not code. indentParser reads a line that starts with a clause
// number or an item label, inside a numbered list entry that starts with a
// heading, as a paragraph; any other indented line stays an indented code
// block (statutes converted from PDF indent their sub-items that way, and
// their words are kept as written).
type indentParser struct {
	code, para parser.BlockParser
}

// newParser is goldmark's parser with indentParser in place of its
// indented code block parser.
func newParser() parser.Parser {
	code := parser.NewCodeBlockParser()
	var blocks []util.PrioritizedValue
	for _, v := range parser.DefaultBlockParsers() {
		if v.Value == code {
			v.Value = indentParser{code: code, para: parser.NewParagraphParser()}
		}
		blocks = append(blocks, v)
	}
	return parser.NewParser(parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
}

func (indentParser) Trigger() []byte { return nil }

func (p indentParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if line, _ := reader.PeekLine(); numberedEntry(parent) && startsClauseText(line) {
		return p.para.Open(parent, reader, pc)
	}
	return p.code.Open(parent, reader, pc)
}

func (p indentParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	if _, ok := node.(*ast.Paragraph); ok {
		return p.para.Continue(node, reader, pc)
	}
	return p.code.Continue(node, reader, pc)
}

func (p indentParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	if _, ok := node.(*ast.Paragraph); ok {
		p.para.Close(node, reader, pc)
		return
	}
	p.code.Close(node, reader, pc)
}

func (indentParser) CanInterruptParagraph() bool { return false }
func (indentParser) CanAcceptIndentedLine() bool { return true }

// numberedEntry reports whether n is an entry of a numbered list that
// starts with a heading: a clause written as a list entry.
func numberedEntry(n ast.Node) bool {
	if n == nil || n.Kind() != ast.KindListItem {
		return false
	}
	if _, heading := n.FirstChild().(*ast.Heading); !heading {
		return false
	}
	l, ok := n.Parent().(*ast.List)
	return ok && l.IsOrdered()
}

// startsClauseText reports whether an indented line starts with a clause
// number ("1.1 ") or an item label ("(a) ").
func startsClauseText(line []byte) bool {
	s := strings.TrimLeft(string(line), " \t")
	if subNumber.MatchString(s) {
		return true
	}
	_, _, ok := readMarker(s)
	return ok
}
