package parse

import (
	"bytes"

	"github.com/yuin/goldmark/ast"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// htmlClosers are the ends of the HTML blocks that run until they meet
// them (CommonMark's kinds 2 to 5): a comment, a processing instruction, a
// declaration, a CDATA section.
var htmlClosers = map[ast.HTMLBlockType]string{
	ast.HTMLBlockType2: "-->",
	ast.HTMLBlockType3: "?>",
	ast.HTMLBlockType4: ">",
	ast.HTMLBlockType5: "]]>",
}

// unclosedHTML reports an HTML block that is never closed: Markdown then
// takes everything after it, every clause included, into the block, and
// readers would see none of it (a comment is not published at all). The
// block is closed when a later line holds its end, or its first line does.
func (c *converter) unclosedHTML(n *ast.HTMLBlock) {
	end, ok := htmlClosers[n.HTMLBlockType]
	if !ok || n.HasClosure() || n.Lines().Len() == 0 {
		return
	}
	first := n.Lines().At(0)
	if bytes.Contains(first.Value(c.src)[1:], []byte(end)) {
		return
	}
	p := c.pos(first.Start)
	c.ds.Add(c.path, p.Line, p.Col, diag.Error, "html-unclosed",
		"HTML opened here is never closed with %q: everything after it, every clause included, is hidden from readers", end)
}
