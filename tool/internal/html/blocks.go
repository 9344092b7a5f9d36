package html

import (
	"strconv"

	"github.com/legalkit/legalkit/tool/internal/model"
)

func (r *renderer) body() {
	if len(r.doc.Preamble) > 0 {
		r.w(`<div class="preamble" id="_preamble">` + "\n")
		r.aliases(r.doc.PreambleAliases)
		r.blocks(r.doc.Preamble, 1)
		r.w("</div>\n")
	}
	for _, c := range r.doc.Clauses {
		r.clause(c)
	}
}

// clauseNumber is the number readers see: "1.2.4", "Appendix A".
func clauseNumber(c *model.Clause) string {
	if c.Prefix != "" {
		return c.Prefix + " " + c.Number
	}
	return c.Number
}

// headingLevel maps a clause depth to a heading level: the page title is h1,
// top-level sections h2, and so on down to h6.
func headingLevel(depth int) string { return strconv.Itoa(min(depth+1, 6)) }

// clause writes a clause with its text and sub-clauses. A clause with a
// title is a section with a heading; a clause written as a paragraph is a
// div whose number leads its first paragraph.
func (r *renderer) clause(c *model.Clause) {
	depth := c.Depth()
	titled := len(c.Heading) > 0 || c.Number == ""
	tag := "div"
	if titled {
		tag = "section"
	}
	r.w("<" + tag + ` class="clause d` + strconv.Itoa(min(depth, 6)) + `"`)
	r.id(c.Anchor)
	r.w(">\n")
	r.aliases(c.Aliases)
	blocks := c.Blocks
	for len(blocks) > 0 {
		h, ok := blocks[0].(*model.Heading)
		if !ok {
			break
		}
		// A group heading before the clause's number introduces it: it
		// stands at the level of the clause's own title.
		r.groupHeading(h, depth-1)
		blocks = blocks[1:]
	}
	switch {
	case titled:
		lv := headingLevel(depth)
		r.w("<h" + lv + ">")
		if c.Number != "" {
			r.permalink(c.Anchor, clauseNumber(c))
			r.w(" ")
			r.inlines(c.Heading)
		} else {
			r.inlines(c.Heading)
			r.w(` <a class="permalink" href="`)
			r.esc(Fragment(c.Anchor))
			r.w(`" aria-label="`)
			r.esc(r.words.Permalink + ": " + c.Title)
			r.w(`">#</a>`)
		}
		r.w("</h" + lv + ">\n")
	case len(blocks) > 0 && isParagraph(blocks[0]):
		r.w("<p>")
		r.permalink(c.Anchor, clauseNumber(c))
		r.w(" ")
		r.inlines(blocks[0].(*model.Paragraph).Inlines)
		r.w("</p>\n")
		blocks = blocks[1:]
	default:
		r.w(`<p class="num-only">`)
		r.permalink(c.Anchor, clauseNumber(c))
		r.w("</p>\n")
	}
	r.blocks(blocks, depth)
	for _, ch := range c.Children {
		r.clause(ch)
	}
	r.w("</" + tag + ">\n")
}

func isParagraph(b model.Block) bool {
	_, ok := b.(*model.Paragraph)
	return ok
}

// groupHeading writes an unnumbered heading inside a clause at the level a
// titled sub-clause would have.
func (r *renderer) groupHeading(h *model.Heading, depth int) {
	lv := headingLevel(depth + 1)
	r.w("<h" + lv + ` class="group">`)
	r.aliases(h.Aliases)
	r.inlines(h.Inlines)
	r.w("</h" + lv + ">\n")
}

func (r *renderer) blocks(bs []model.Block, depth int) {
	for i := 0; i < len(bs); i++ {
		switch n := bs[i].(type) {
		case *model.Paragraph:
			r.w("<p>")
			r.inlines(n.Inlines)
			r.w("</p>\n")
		case *model.Heading:
			r.groupHeading(n, depth)
		case *model.List:
			r.list(n, depth)
		case *model.ItemBlock:
			// Consecutive labelled paragraphs ("a) ...", "b) ...") form one list.
			r.w(`<ol class="items labelled">` + "\n")
			for ; i < len(bs); i++ {
				ib, ok := bs[i].(*model.ItemBlock)
				if !ok {
					break
				}
				r.item(ib.Item, depth)
			}
			i--
			r.w("</ol>\n")
		case *model.Table:
			r.table(n)
		case *model.DefinitionList:
			r.definitionList(n, depth)
		case *model.Quote:
			r.w("<blockquote>\n")
			r.blocks(n.Blocks, depth)
			r.w("</blockquote>\n")
		case *model.CodeBlock:
			r.w("<pre><code>")
			r.esc(n.Text)
			r.w("</code></pre>\n")
		case *model.Rule:
			r.w("<hr>\n")
		}
	}
}

func (r *renderer) list(l *model.List, depth int) {
	tag := "ul"
	if l.Ordered {
		tag = "ol"
	}
	r.w("<" + tag + ` class="items"`)
	if l.Ordered && l.Start > 1 {
		r.w(` start="` + strconv.Itoa(l.Start) + `"`)
	}
	r.w(">\n")
	for _, it := range l.Items {
		r.item(it, depth)
	}
	r.w("</" + tag + ">\n")
}

// item writes a sub-item; its marker, as written, is its permalink. A
// bullet's permalink shows a bullet and names the anchor for screen readers.
func (r *renderer) item(it *model.Item, depth int) {
	r.w(`<li class="item"`)
	r.id(it.Anchor)
	r.w(">")
	r.aliases(it.Aliases)
	switch {
	case it.Anchor == "": // an entry of an HTML list: no permalink of its own
		r.w(`<span class="num`)
		if it.Marker == "-" || it.Marker == "" {
			r.w(` bullet" aria-hidden="true">•`)
		} else {
			r.w(`">`)
			r.esc(it.Marker)
		}
		r.w(`</span>`)
	case it.Marker == "-" || it.Marker == "":
		r.w(`<a class="num bullet" href="`)
		r.esc(Fragment(it.Anchor))
		r.w(`"><span aria-hidden="true">•</span><span class="vh">`)
		r.esc(it.Anchor)
		r.w(`</span></a>`)
	default:
		r.permalink(it.Anchor, it.Marker)
	}
	r.w(`<div class="item-body">`)
	r.aliases(it.Aliases)
	if len(it.Blocks) == 1 && isParagraph(it.Blocks[0]) {
		// A one-paragraph item is written without <p>, like a list entry.
		r.inlines(it.Blocks[0].(*model.Paragraph).Inlines)
	} else {
		r.w("\n")
		r.blocks(it.Blocks, depth)
	}
	r.w("</div></li>\n")
}

func (r *renderer) table(t *model.Table) {
	defs := t.RowDefs != nil
	r.w(`<div class="table-wrap" tabindex="0"><table`)
	if defs {
		r.w(` class="defs"`)
	}
	r.w(">\n")
	if len(t.Header) > 0 {
		r.w("<thead><tr>")
		for i, c := range t.Header {
			r.w(`<th scope="col"`)
			r.align(t, i)
			r.spans(c)
			r.w(">")
			r.inlines(c.Inlines)
			r.w("</th>")
		}
		r.w("</tr></thead>\n")
	}
	r.w("<tbody>\n")
	for i, row := range t.Rows {
		var def *model.Definition
		if defs && i < len(t.RowDefs) {
			def = t.RowDefs[i]
		}
		r.w("<tr")
		if def != nil {
			r.id(def.Anchor)
		}
		r.w(">")
		for j, c := range row {
			if j == 0 && def != nil {
				r.w(`<th scope="row"`)
				r.align(t, j)
				r.w("><dfn>")
				r.inlines(c.Inlines)
				r.w("</dfn></th>")
				continue
			}
			r.w("<td")
			r.align(t, j)
			r.spans(c)
			r.w(">")
			r.inlines(c.Inlines)
			r.w("</td>")
		}
		r.w("</tr>\n")
	}
	r.w("</tbody>\n</table></div>\n")
}

// spans writes how many columns and rows a cell of an HTML table spans.
func (r *renderer) spans(c model.Cell) {
	if c.ColSpan > 1 {
		r.w(` colspan="` + strconv.Itoa(c.ColSpan) + `"`)
	}
	if c.RowSpan > 1 {
		r.w(` rowspan="` + strconv.Itoa(c.RowSpan) + `"`)
	}
}

// align writes a column's alignment as a class: style attributes are
// blocked by the pages' Content-Security-Policy.
func (r *renderer) align(t *model.Table, col int) {
	if col < len(t.Align) && t.Align[col] != "" {
		r.w(` class="al-` + t.Align[col] + `"`)
	}
}

func (r *renderer) definitionList(l *model.DefinitionList, depth int) {
	r.w(`<dl class="defs">` + "\n")
	for _, e := range l.Entries {
		r.w("<dt")
		if e.Def != nil {
			r.id(e.Def.Anchor)
			r.w("><dfn>")
			r.inlines(e.Term)
			r.w("</dfn></dt>\n")
		} else {
			r.w(">")
			r.inlines(e.Term)
			r.w("</dt>\n")
		}
		r.w("<dd>\n")
		r.blocks(e.Blocks, depth)
		r.w("</dd>\n")
	}
	r.w("</dl>\n")
}
