package parse

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// closedFence is the attribute the fence parser sets on a fenced code block
// that ends with a closing fence. One without it runs to the end of its
// list item, quote or the whole document, and swallows every clause in
// between as code.
var closedFence = []byte("legalkit-closed")

// fenceParser is goldmark's fenced code block parser, noting which blocks
// are closed. It takes precedence over the built-in one (priority 700).
type fenceParser struct{ parser.BlockParser }

var fenceBlockParser = util.Prioritized(fenceParser{parser.NewFencedCodeBlockParser()}, 699)

func (p fenceParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	st := p.BlockParser.Continue(node, reader, pc)
	if st == parser.Close {
		node.SetAttribute(closedFence, true)
	}
	return st
}

// unclosedFence reports a fenced code block that no fence closes, at its
// opening fence.
func (c *converter) unclosedFence(n *ast.FencedCodeBlock) {
	if _, closed := n.Attribute(closedFence); closed || n.Pos() < 0 || n.Pos() >= len(c.src) {
		return
	}
	p := c.pos(n.Pos())
	end := n.Pos()
	for end < len(c.src) && c.src[end] == c.src[n.Pos()] {
		end++
	}
	fence := string(c.src[n.Pos():end])
	what := diag.Phrasef("everything after it, every clause included,")
	switch n.Parent().(type) {
	case *ast.ListItem:
		what = diag.Phrasef("the rest of the list item")
	case *ast.Blockquote:
		what = diag.Phrasef("the rest of the quote")
	}
	c.ds.Add(c.path, p.Line, p.Col, diag.Error, "code-fence-unclosed",
		"code block opened here is never closed: %s is shown as code; end it with a line %s", what, fence)
}
