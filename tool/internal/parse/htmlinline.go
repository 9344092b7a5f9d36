package parse

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Inline HTML reaches the converter as one goldmark node per tag, with the
// Markdown between an opening and its closing tag as sibling nodes. The
// converter pairs them: the text between a kept element's tags becomes
// its children, and the text of an element dropped with its content
// (<script>) is dropped too.

// inlineSeq converts a sequence of sibling inline nodes.
func (c *converter) inlineSeq(nodes []ast.Node) []model.Inline {
	return c.inlineRange(nodes, c.matchTags(nodes), 0, len(nodes))
}

// inlineRange converts nodes[from:to]; match[i] is the index of the tag
// that closes the element opened at nodes[i], or -1.
func (c *converter) inlineRange(nodes []ast.Node, match []int, from, to int) []model.Inline {
	var m textMerger
	for i := from; i < to; i++ {
		ins := []model.Inline(nil)
		if raw, ok := nodes[i].(*ast.RawHTML); ok {
			ins, i = c.rawInline(raw, nodes, match, i, to)
		} else {
			ins = c.inline(nodes[i])
		}
		for _, in := range ins {
			m.add(in)
		}
	}
	return m.inlines()
}

// matchTags pairs the opening and closing tags among nodes in one pass,
// innermost first, per element name.
func (c *converter) matchTags(nodes []ast.Node) []int {
	var match []int
	open := map[string][]int{}
	for j, n := range nodes {
		raw, ok := n.(*ast.RawHTML)
		if !ok {
			continue
		}
		if match == nil {
			match = make([]int, len(nodes))
			for k := range match {
				match[k] = -1
			}
		}
		s := strings.TrimSpace(c.rawText(raw))
		name, closing := tagName(s)
		switch {
		case name == "" || strings.HasPrefix(s, "<!") || strings.HasPrefix(s, "<?"):
		case closing:
			if st := open[name]; len(st) > 0 {
				match[st[len(st)-1]] = j
				open[name] = st[:len(st)-1]
			}
		case !isVoid(name, s):
			open[name] = append(open[name], j)
		}
	}
	return match
}

// rawInline converts the tag nodes[i] and, for an element, everything up
// to its closing tag before nodes[to]; it returns the index of the last
// node it used.
func (c *converter) rawInline(n *ast.RawHTML, nodes []ast.Node, match []int, i, to int) ([]model.Inline, int) {
	raw := c.rawText(n)
	p := model.Pos{Line: 1, Col: 1}
	if n.Segments.Len() > 0 {
		p = c.pos(n.Segments.At(0).Start)
	}
	trimmed := strings.TrimSpace(raw)
	switch {
	case brTag.MatchString(trimmed):
		return []model.Inline{&model.LineBreak{}}, i
	case strings.HasPrefix(trimmed, "<!--"), strings.HasPrefix(trimmed, "</"):
		return nil, i // comments are dropped silently, and so are closing tags that close nothing
	case strings.HasPrefix(trimmed, "<?"), strings.HasPrefix(trimmed, "<!"):
		c.rawHTML(p.Line, p.Col, "HTML declaration %q is not published", clip(trimmed))
		return nil, i
	}
	d := c.decide(raw)
	c.reportTag(d, p.Line, p.Col)
	c.recordIDs(d, p)
	if d.name == "" || isVoid(d.name, trimmed) {
		if d.kept && d.kind == kindBreak {
			return []model.Inline{&model.LineBreak{}}, i
		}
		return nil, i
	}
	j := -1
	if match != nil && match[i] < to {
		j = match[i]
	}
	switch {
	case d.skip && j < 0:
		return nil, to - 1
	case d.skip:
		return nil, j
	case j < 0:
		if d.kept && (d.kind == kindFormat || d.attrs["href"] != "") {
			c.rawHTML(p.Line, p.Col, "HTML element <%s> is never closed; it is not published", d.name)
		}
		return nil, i
	}
	return c.element(d, p, c.inlineRange(nodes, match, i+1, j)), j
}

// element wraps the children of a kept element in what it becomes.
func (c *converter) element(d *tagDecision, p model.Pos, children []model.Inline) []model.Inline {
	if !d.kept {
		return children
	}
	switch d.kind {
	case kindFormat:
		f := formats[d.name]
		return []model.Inline{&model.Emphasis{Level: f.level, Mark: f.mark, Children: children}}
	case kindLink:
		if href, ok := d.attrs["href"]; ok {
			return c.link(p, href, children)
		}
	}
	if d.name == "span" && len(children) > 0 {
		// A span shows only its text, but where it starts and ends is
		// structure: a list entry's title is often a span.
		return []model.Inline{&model.Emphasis{Mark: "span", Children: children}}
	}
	return children
}

// tagName returns the lower-case name of the tag s and whether it is a
// closing tag; "" for a comment or declaration.
func tagName(s string) (string, bool) {
	s = strings.TrimPrefix(s, "<")
	closing := strings.HasPrefix(s, "/")
	s = strings.TrimPrefix(s, "/")
	end := strings.IndexAny(s, " \t\r\n/>")
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end]), closing
}

func isVoid(name, raw string) bool {
	return strings.HasSuffix(raw, "/>") || slices.Contains(voidElements, name)
}

func (c *converter) rawText(n *ast.RawHTML) string {
	var raw strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		raw.Write(seg.Value(c.src))
	}
	return raw.String()
}

// clip shortens s for a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}
