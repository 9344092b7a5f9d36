package parse

import "github.com/yuin/goldmark/ast"

// lint reports Markdown that silently loses text: code fences that are
// never closed and tables that Markdown does not read as tables.
func (c *converter) lint(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock:
			c.unclosedFence(n)
		case *ast.Paragraph, *ast.TextBlock: // a text block is a paragraph of a tight list
			c.malformedTable(n)
			return ast.WalkSkipChildren, nil
		case *ast.Heading:
			c.setextTable(n)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}
