package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// table is a laid-out table: a header row repeated on every page the table
// reaches, and body rows that move to the next page whole, unless a row is
// taller than a page.
type table struct {
	st     *style
	header *row
	rows   []*row
	x, w   float64 // from the left margin
}

// row is a table row; cells hold lines positioned from the left margin.
type row struct {
	cells [][]*line
	dests []string
}

func (t *table) pad() float64 { return t.st.Space.CellPadding }

func (t *table) rowHeight(r *row) float64 {
	if r == nil {
		return 0
	}
	h := 0.0
	for _, c := range r.cells {
		ch := 0.0
		for _, l := range c {
			ch += l.height
		}
		h = max(h, ch)
	}
	return h + 2*t.pad()
}

func (t *table) height() float64 {
	h := t.rowHeight(t.header)
	for _, r := range t.rows {
		h += t.rowHeight(r)
	}
	return h
}

// head is the header and the first row: never left alone at a page foot.
func (t *table) head() float64 {
	h := t.rowHeight(t.header)
	if len(t.rows) > 0 {
		h += min(t.rowHeight(t.rows[0]), 40)
	}
	return h
}

// table lays out a Markdown table in the column at x of width w. In a
// definitions table the terms are bold and each row is the target of the
// term's links.
func (l *layout) table(tb *model.Table, x, w float64) *table {
	cols := len(tb.Header)
	for _, r := range tb.Rows {
		cols = max(cols, len(r))
	}
	t := &table{st: l.st, x: x, w: w}
	if cols == 0 {
		return t
	}
	widths := l.columnWidths(tb, cols, w)
	size := l.st.Sizes.Table
	cellRow := func(cells []model.Cell, head bool, def *model.Definition) *row {
		r := &row{cells: make([][]*line, cols)}
		cx := x
		for i := 0; i < cols; i++ {
			st := runStyle{font: font{regular, size}, color: color(l.st.Colors.Text)}
			if head || i == 0 && def != nil {
				st.font.face = bold
				st.color = color(l.st.Colors.Heading)
			}
			var ins []model.Inline
			if i < len(cells) {
				ins = cells[i].Inlines
			}
			inner := widths[i] - 2*l.st.Space.CellPadding
			t := &tokens{m: l.m}
			l.width = inner
			l.inlines(t, ins, st)
			r.cells[i] = l.linesLed(t, cx+l.st.Space.CellPadding, inner, size, size*l.st.Sizes.TableLeading*ptMM, true, nil)
			align(r.cells[i], columnAlign(tb, i), inner)
			cx += widths[i]
		}
		if def != nil {
			r.dests = []string{defKey(def.Document, def.Anchor)}
		}
		return r
	}
	if len(tb.Header) > 0 {
		t.header = cellRow(tb.Header, true, nil)
	}
	for i, cells := range tb.Rows {
		var def *model.Definition
		if i < len(tb.RowDefs) {
			def = tb.RowDefs[i]
		}
		t.rows = append(t.rows, cellRow(cells, false, def))
	}
	return t
}

// columnWidths gives a two-column definitions table its fixed split, and
// other tables widths after the length of their content.
func (l *layout) columnWidths(tb *model.Table, cols int, w float64) []float64 {
	out := make([]float64, cols)
	fn := font{regular, l.st.Sizes.Table}
	if cols == 2 && len(tb.RowDefs) > 0 {
		// wide enough for the longest word of a term, which must not be cut
		out[0] = w * l.st.DefinitionsColumn
		for _, r := range tb.Rows {
			if len(r) > 0 {
				for _, word := range strings.Fields(plain(r[0].Inlines)) {
					out[0] = max(out[0], l.m.width(font{bold, fn.size}, word)+2*l.st.Space.CellPadding+0.5)
				}
			}
		}
		out[0] = min(out[0], w*0.5)
		out[1] = w - out[0]
		return out
	}
	need := make([]float64, cols)
	total := 0.0
	for _, r := range append([][]model.Cell{tb.Header}, tb.Rows...) {
		for i, c := range r {
			need[i] = max(need[i], min(l.m.width(fn, plain(c.Inlines)), w)+2*l.st.Space.CellPadding)
		}
	}
	for i := range need {
		need[i] = max(need[i], w*0.08)
		total += need[i]
	}
	for i := range out {
		out[i] = w * need[i] / total
	}
	return out
}

func columnAlign(tb *model.Table, i int) string {
	if i < len(tb.Align) {
		return tb.Align[i]
	}
	return ""
}

// align moves the lines of a cell for right or centred columns.
func align(ls []*line, how string, w float64) {
	if how != "right" && how != "center" {
		return
	}
	for _, l := range ls {
		if len(l.items) == 0 {
			continue
		}
		last := l.items[len(l.items)-1]
		shift := w - (last.x + last.w)
		if how == "center" {
			shift /= 2
		}
		l.x += shift
	}
}

// place draws the table at the pager's position, breaking pages between
// rows and repeating the header.
func (t *table) place(p *pager) {
	fresh := false // at the top of a page, just below the header
	header := func() {
		if t.header != nil {
			h := t.rowHeight(t.header)
			p.add(op{kind: opRect, x: p.st.Page.Left + t.x, y: p.y, w: t.w, h: h, color: color(p.st.Colors.TableHead)})
			t.drawCells(p, t.header, make([]int, len(t.header.cells)), h)
			t.rule(p, p.y+h, 0.35)
			p.y += h
		}
		p.empty = false
		fresh = true
	}
	header()
	for _, r := range t.rows {
		t.placeRow(p, r, header, &fresh)
	}
}

// placeRow places one body row: whole on this page, whole on the next, or,
// when it is taller than a page, split between pages.
func (t *table) placeRow(p *pager, r *row, header func(), fresh *bool) {
	next := make([]int, len(r.cells))
	dests := r.dests
	for {
		rest := t.restHeight(r, next) + 2*t.pad()
		if rest > p.room()+0.01 && !*fresh {
			freshRoom := p.bottom() - p.top() - t.rowHeight(t.header)
			if rest <= freshRoom || p.room() < 2*t.pad()+2*p.st.lineHeight(p.st.Sizes.Table) {
				p.newPage(p.cur.doc, false)
				header()
				continue
			}
		}
		for _, d := range dests {
			p.add(op{kind: opDest, y: p.y, target: d})
		}
		dests = nil
		h := t.drawCells(p, r, next, min(rest, p.room()))
		p.y += h
		t.rule(p, p.y, 0.15)
		*fresh = false
		if t.restHeight(r, next) == 0 {
			return
		}
		p.newPage(p.cur.doc, false)
		header()
	}
}

// restHeight is the height of the lines of r not yet drawn.
func (t *table) restHeight(r *row, next []int) float64 {
	h := 0.0
	for i, c := range r.cells {
		ch := 0.0
		for _, l := range c[next[i]:] {
			ch += l.height
		}
		h = max(h, ch)
	}
	return h
}

// drawCells draws the lines of r from next on that fit in height room,
// advances next and returns the height used, padding included. At least one
// line is drawn, so that a row taller than a page still makes progress.
func (t *table) drawCells(p *pager, r *row, next []int, room float64) float64 {
	used := 0.0
	for i, c := range r.cells {
		y := p.y + t.pad()
		h := 0.0
		for next[i] < len(c) {
			l := c[next[i]]
			if h+l.height > room-2*t.pad()+0.01 && h > 0 {
				break
			}
			p.putLine(l, p.st.Page.Left, y)
			y += l.height
			h += l.height
			next[i]++
		}
		used = max(used, h)
	}
	return used + 2*t.pad()
}

func (t *table) rule(p *pager, y, width float64) {
	p.add(op{kind: opLine, x: p.st.Page.Left + t.x, y: y, w: t.w, width: width, color: color(p.st.Colors.Rule)})
}
