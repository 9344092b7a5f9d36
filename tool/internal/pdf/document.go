package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// document lays out one document: its title block, preamble and clauses.
// In a bundle the outline gets one entry per document above its sections.
func (l *layout) document(doc *model.Document, idx int) {
	l.doc, l.docIdx = doc, idx
	l.lbl = labelsFor(doc.Meta.Language)
	l.numW = l.numberColumn(doc)
	l.titleBlock(doc)
	level := 0
	if l.bundle {
		level = 1
	}
	n := &next{}
	l.blocksOf(doc.Preamble, l.numW, l.st.textWidth()-l.numW, n)
	for _, c := range doc.Clauses {
		l.clause(c, level)
	}
}

// clause lays out a clause and its sub-clauses; level is its outline level.
func (l *layout) clause(c *model.Clause, level int) {
	childLevel := l.clauseOwn(c, level)
	for _, ch := range c.Children {
		l.clause(ch, childLevel)
	}
}

// clauseOwn lays out a clause without its sub-clauses and returns the
// outline level of its sub-clauses.
func (l *layout) clauseOwn(c *model.Clause, level int) int {
	x, w := l.numW, l.st.textWidth()-l.numW
	dest := clauseKey(l.doc.Meta.ID, c.Anchor)
	n := &next{}
	childLevel := level
	if titled(c) {
		l.heading(c, level, dest)
		childLevel = level + 1
		n.before = l.st.Space.Paragraph
	} else {
		n.dests = []string{dest}
		n.before = l.st.Space.Clause
		n.hangs = []hang{{text: c.Number, x: 0, font: l.numberFont(c), col: color(l.st.Colors.Heading)}}
	}
	l.blocksOf(c.Blocks, x, w, n)
	if len(n.hangs) > 0 || len(n.dests) > 0 {
		// a numbered clause without text of its own: its number on a line
		t := n.take()
		l.add(&block{lines: l.labelLine(t, x), before: t.before, dests: t.dests})
	}
	return childLevel
}

// titled reports whether a clause has a heading of its own, and so an
// entry in the outline: a numbered heading or an unnumbered section.
func titled(c *model.Clause) bool { return len(c.Heading) > 0 || c.Number == "" }

// heading lays out a clause title: the number in the number column and the
// title beside it, or "Appendix A – Title" across the column.
func (l *layout) heading(c *model.Clause, level int, dest string) {
	depth := c.Depth()
	fn := l.headingFont(depth)
	st := runStyle{font: fn, color: color(l.st.Colors.Heading)}
	var lines []*line
	title := plain(c.Heading)
	if c.Prefix != "" {
		t := &tokens{m: l.m}
		label := c.Prefix + " " + c.Number
		t.text(label+" – ", st)
		l.width = l.st.textWidth()
		l.inlines(t, c.Heading, st)
		lines = l.lines(t, 0, l.st.textWidth(), fn.size, true, nil)
		title = label + " – " + title
	} else {
		var hangs []hang
		if c.Number != "" {
			hangs = []hang{{text: c.Number, font: fn, col: st.color}}
			title = c.Number + " " + title
		}
		lines = l.para(c.Heading, l.numW, l.st.textWidth()-l.numW, st, true, hangs)
	}
	l.add(&block{lines: lines, before: l.headingSpace(depth), keepNext: true, dests: []string{dest},
		outline: &mark{title: title, level: level, open: level == 0}})
}

// labelLine is a line that holds only hanging labels.
func (l *layout) labelLine(n next, x float64) []*line {
	t := &tokens{m: l.m}
	return l.lines(t, x, 1, l.st.Sizes.Body, true, n.hangs)
}

// blocksOf lays out body blocks in the column at x of width w; n holds what
// the first of them takes.
func (l *layout) blocksOf(bs []model.Block, x, w float64, n *next) {
	for _, b := range bs {
		l.blockOf(b, x, w, n)
	}
}

func (l *layout) blockOf(b model.Block, x, w float64, n *next) {
	body := l.body()
	switch v := b.(type) {
	case *model.Paragraph:
		t := n.take()
		if t.items && len(t.hangs) == 0 {
			t.before = l.st.Space.Paragraph // text after a list stands apart from its last item
		}
		l.add(&block{lines: l.para(v.Inlines, x, w, body, false, t.hangs), before: t.before, dests: t.dests})
		n.before = l.st.Space.Paragraph
	case *model.Heading:
		// A group heading comes before the clause it opens: the clause's
		// number stays for the paragraph below, its anchor moves up here.
		st := runStyle{font: font{bold, l.st.Sizes.Group}, color: color(l.st.Colors.Heading)}
		before := max(n.before, l.st.Space.Article)
		l.add(&block{lines: l.para(v.Inlines, x, w, st, true, nil), before: before, keepNext: true, dests: n.dests})
		n.dests = nil
		n.before = l.st.Space.Paragraph
	case *model.List:
		markers := make([]string, len(v.Items))
		for i, it := range v.Items {
			markers[i] = marker(it)
		}
		mw := l.markerWidth(markers)
		for i, it := range v.Items {
			l.item(it, markers[i], x, w, mw, n)
		}
		n.before = l.st.Space.Paragraph
	case *model.ItemBlock:
		var sib []string
		for _, s := range v.Item.Clause.Items {
			if s.Parent == v.Item.Parent {
				sib = append(sib, marker(s))
			}
		}
		l.item(v.Item, marker(v.Item), x, w, l.markerWidth(sib), n)
		n.before, n.items = l.st.Space.Item, true
	case *model.Table:
		l.flushLabels(n, x)
		t := n.take()
		l.add(&block{table: l.table(v, x, w), before: t.before + 1, dests: t.dests})
		n.before = l.st.Space.Paragraph + 1
	case *model.DefinitionList:
		for _, e := range v.Entries {
			t := n.take()
			var dests []string
			if e.Def != nil {
				dests = []string{defKey(e.Def.Document, e.Def.Anchor)}
			}
			st := body
			st.font.face = bold
			l.add(&block{lines: l.para(e.Term, x, w, st, true, t.hangs), before: t.before, dests: append(t.dests, dests...), keepNext: true})
			n.before = 0.6
			l.blocksOf(e.Blocks, x+6, w-6, n)
			n.before = l.st.Space.Paragraph
		}
	case *model.Quote:
		l.blocksOf(v.Blocks, x+6, w-6, n)
	case *model.CodeBlock:
		t := n.take()
		tk := &tokens{m: l.m}
		for i, s := range strings.Split(strings.TrimRight(v.Text, "\n"), "\n") {
			if i > 0 {
				tk.lineBreak()
			}
			tk.text(s, body)
		}
		l.add(&block{lines: l.lines(tk, x, w, body.font.size, true, t.hangs), before: t.before, dests: t.dests})
		n.before = l.st.Space.Paragraph
	case *model.Rule:
		l.flushLabels(n, x)
		l.add(&block{rule: true, x: l.st.Page.Left + x, w: w, before: n.take().before + 1})
		n.before = l.st.Space.Paragraph + 1
	}
}

// flushLabels puts pending labels on a line of their own, for a block that
// cannot carry them (a table, a rule, a heading).
func (l *layout) flushLabels(n *next, x float64) {
	if len(n.hangs) == 0 {
		return
	}
	t := n.take()
	l.add(&block{lines: l.labelLine(t, x), before: t.before, dests: t.dests})
	n.before = l.st.Space.Paragraph
}

// item lays out a sub-item: its label hangs in a column of width mw, its
// text is indented by that much.
func (l *layout) item(it *model.Item, label string, x, w, mw float64, n *next) {
	if len(n.hangs) == 0 {
		n.before = l.st.Space.Item
	}
	n.hangs = append(n.hangs, hang{text: label, x: x, font: font{regular, l.st.Sizes.Body}, col: color(l.st.Colors.Text)})
	if it.Anchor != "" { // an entry of an HTML list has none
		n.dests = append(n.dests, itemKey(l.doc.Meta.ID, it.Anchor))
	}
	l.blocksOf(it.Blocks, x+mw, w-mw, n)
	if len(n.hangs) > 0 {
		t := n.take()
		l.add(&block{lines: l.labelLine(t, x+mw), before: t.before, dests: t.dests})
	}
	n.before = l.st.Space.Item
}

// marker is the label readers see for an item: as written, or a bullet.
func marker(it *model.Item) string {
	switch it.Marker {
	case "-", "*", "+", "":
		return "•"
	}
	return it.Marker
}

// markerWidth is the hanging indent for items with these labels.
func (l *layout) markerWidth(markers []string) float64 {
	w := 0.0
	fn := font{regular, l.st.Sizes.Body}
	for _, m := range markers {
		w = max(w, l.m.width(fn, m))
	}
	return max(w+l.st.Space.ItemGap, 5.5)
}
