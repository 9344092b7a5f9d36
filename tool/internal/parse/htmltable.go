package parse

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// table reads an HTML table. The rows of <thead>, or a first row of <th>
// cells, are its header; a caption becomes a paragraph before it.
func (r *htmlReader) table(p model.Pos) []model.Block {
	defer r.enter("table")()
	tb := &model.Table{Pos: p}
	var out []model.Block
	section := ""
	for r.read() && !r.ends("table") {
		if r.typ != html.StartTagToken {
			continue
		}
		d, _ := r.tag()
		switch d.name {
		case "thead", "tbody", "tfoot":
			section = d.name
		case "tr":
			row, head := r.row(section)
			if head && tb.Header == nil && len(tb.Rows) == 0 {
				tb.Header = row
			} else {
				tb.Rows = append(tb.Rows, row)
			}
		case "caption":
			g := &flow{inline: true}
			if r.within("caption", g); paragraphOf(g.ins) != nil {
				out = append(out, paragraphOf(g.ins))
			}
		default:
			if d.skip {
				r.skip(d.name)
			}
		}
	}
	return append(out, tb)
}

// row reads a table row; head says it is a header row.
func (r *htmlReader) row(section string) ([]model.Cell, bool) {
	defer r.enter("tr")()
	var cells []model.Cell
	allTH := true
	for r.read() && !r.ends("tr") {
		if r.typ != html.StartTagToken {
			continue
		}
		d, _ := r.tag()
		if d.name != "td" && d.name != "th" {
			if d.skip {
				r.skip(d.name)
			}
			continue
		}
		allTH = allTH && d.name == "th"
		g := &flow{inline: true}
		r.within(d.name, g)
		cells = append(cells, model.Cell{Inlines: tidy(g.ins), ColSpan: span(d.attrs["colspan"]), RowSpan: span(d.attrs["rowspan"])})
	}
	return cells, section == "thead" || section == "" && allTH && len(cells) > 0
}

func span(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 2 {
		return 0
	}
	return n
}

// list reads an HTML list; its entries are items without anchors of their
// own: the clause they stand in is what readers cite.
func (r *htmlReader) list(name string, p model.Pos) *model.List {
	defer r.enter(name)()
	l := &model.List{Pos: p, Ordered: name == "ol", Start: 1}
	for r.read() && !r.ends(name) {
		if r.typ != html.StartTagToken {
			continue
		}
		d, ip := r.tag()
		if d.name != "li" {
			if d.skip {
				r.skip(d.name)
			}
			continue
		}
		g := &flow{}
		r.within("li", g)
		it := &model.Item{Pos: ip, Blocks: g.blocks, Marker: "-"}
		if l.Ordered {
			it.Label = strconv.Itoa(len(l.Items) + 1)
			it.Marker = it.Label + "."
		}
		l.Items = append(l.Items, it)
	}
	return l
}

// defList reads an HTML definition list.
func (r *htmlReader) defList(p model.Pos) *model.DefinitionList {
	defer r.enter("dl")()
	dl := &model.DefinitionList{Pos: p}
	for r.read() && !r.ends("dl") {
		if r.typ != html.StartTagToken {
			continue
		}
		d, _ := r.tag()
		switch {
		case d.name == "dt":
			g := &flow{inline: true}
			r.within("dt", g)
			dl.Entries = append(dl.Entries, &model.DefEntry{Term: tidy(g.ins)})
		case d.name == "dd" && len(dl.Entries) > 0:
			g := &flow{}
			r.within("dd", g)
			e := dl.Entries[len(dl.Entries)-1]
			e.Blocks = append(e.Blocks, g.blocks...)
		case d.skip:
			r.skip(d.name)
		}
	}
	return dl
}

// paragraphOf makes a paragraph of inlines, or nil when they hold no text.
func paragraphOf(ins []model.Inline) *model.Paragraph {
	ins = tidy(ins)
	if len(ins) == 0 {
		return nil
	}
	p := model.Pos{Line: 1, Col: 1}
	if t, ok := ins[0].(*model.Text); ok {
		p = t.Pos
	}
	return &model.Paragraph{Pos: p, Inlines: ins}
}

// tidy drops the white space and breaks HTML does not show: at the start
// and end, and doubled.
func tidy(ins []model.Inline) []model.Inline {
	var out []model.Inline
	for _, in := range ins {
		last := model.Inline(nil)
		if len(out) > 0 {
			last = out[len(out)-1]
		}
		switch n := in.(type) {
		case *model.SoftBreak:
			if last == nil || isBreak(last) {
				continue
			}
		case *model.LineBreak:
			if last == nil {
				continue
			}
			if isBreak(last) {
				out[len(out)-1] = n
				continue
			}
		case *model.Text:
			if strings.TrimSpace(n.Value) == "" && (last == nil || isBreak(last)) {
				continue
			}
		}
		out = append(out, in)
	}
	for len(out) > 0 && (isBreak(out[len(out)-1]) || isBlank(out[len(out)-1])) {
		out = out[:len(out)-1]
	}
	if len(out) > 0 {
		if t, ok := out[0].(*model.Text); ok {
			v := strings.TrimLeft(t.Value, " \t")
			out[0] = &model.Text{Pos: model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + len(t.Value) - len(v)}, Value: v}
		}
		if t, ok := out[len(out)-1].(*model.Text); ok {
			out[len(out)-1] = &model.Text{Pos: t.Pos, Value: strings.TrimRight(t.Value, " \t")}
		}
	}
	return out
}

func isBlank(in model.Inline) bool {
	t, ok := in.(*model.Text)
	return ok && strings.TrimSpace(t.Value) == ""
}
