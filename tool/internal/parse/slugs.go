package parse

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// headingAliases gives every clause and group heading written as a
// Markdown heading the slug GitHub gives that heading, as an alias: links
// written against the document as GitHub shows it, and permalinks to its
// pages taken from there, keep working. Every heading of the source counts
// for the "-1", "-2" of duplicates, as on GitHub, also those legalkit does
// not show as a heading (inside a list or a quote).
func headingAliases(doc *model.Document, root ast.Node, conv *converter) {
	byLine := map[int]model.Target{}
	model.EachTarget(doc, func(t model.Target) {
		switch {
		case t.Heading != nil:
			byLine[t.Heading.Pos.Line] = t
		case t.Item == nil && (len(t.Clause.Heading) > 0 || t.Clause.Number == ""):
			byLine[t.Clause.Pos.Line] = t
		}
	})
	var slugs model.Slugger
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		slug := slugs.Slug(headingText(h, conv.src))
		t, found := byLine[conv.posOf(h).Line]
		switch {
		case !found:
		case t.Heading != nil:
			t.Heading.Aliases = append(t.Heading.Aliases, slug)
		default:
			t.Clause.Aliases = append(t.Clause.Aliases, slug)
		}
		return ast.WalkSkipChildren, nil
	})
}

// headingText is a heading's text as a browser shows it, which GitHub
// makes its slug of: markup and HTML tags left out, escapes and character
// references resolved, images (which show no text) left out.
func headingText(h *ast.Heading, src []byte) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			switch ch := ch.(type) {
			case *ast.Text:
				b.Write(resolveText(ch.Segment.Value(src)))
				if ch.SoftLineBreak() || ch.HardLineBreak() {
					b.WriteByte('\n')
				}
			case *ast.String:
				b.Write(ch.Value)
			case *ast.AutoLink:
				b.Write(ch.Label(src))
			case *ast.CodeSpan:
				for t := ch.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						b.Write(t.Segment.Value(src)) // code keeps its backslashes
					}
				}
			case *ast.RawHTML, *ast.Image:
			default:
				walk(ch)
			}
		}
	}
	walk(h)
	return b.String()
}

// resolveText resolves backslash escapes and character references, as a
// browser shows the text.
func resolveText(raw []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(raw)))
}
