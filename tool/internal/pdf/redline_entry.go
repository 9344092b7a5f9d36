package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// piece is part of one line of a clause's word diff.
type piece struct {
	op   diff.Op
	text string
}

// segments returns the word diff of a change as the redline shows it:
// without editorial hunks when they are ignored, and the whole text as
// inserted or deleted for a clause that only one version has.
func segments(c *diff.Change, ignoreEditorial bool) []diff.Segment {
	t := c.Text
	if t == nil {
		switch {
		case c.New != nil && c.Old == nil:
			return []diff.Segment{{Op: diff.Insert, Text: diff.ClauseText(c.New)}}
		case c.Old != nil && c.New == nil:
			return []diff.Segment{{Op: diff.Delete, Text: diff.ClauseText(c.Old)}}
		case c.New != nil:
			return []diff.Segment{{Op: diff.Equal, Text: diff.ClauseText(c.New)}}
		}
		return nil
	}
	if !ignoreEditorial {
		return t.Segments
	}
	var out []diff.Segment
	for _, s := range t.Segments {
		if s.Op != diff.Equal && s.Hunk >= 0 && s.Hunk < len(t.Hunks) && !t.Hunks[s.Hunk].Substantive {
			if s.Op == diff.Delete {
				continue
			}
			s = diff.Segment{Op: diff.Equal, Text: s.Text, Hunk: -1}
		}
		out = append(out, s)
	}
	return out
}

// splitLines splits segments at line ends, one slice of pieces per line,
// keeping only the operations in keep.
func splitLines(segs []diff.Segment, keep ...diff.Op) [][]piece {
	out := [][]piece{nil}
	for _, s := range segs {
		if len(keep) > 0 && s.Op != diff.Equal && s.Op != keep[0] {
			continue
		}
		for i, p := range strings.Split(s.Text, "\n") {
			if i > 0 {
				out = append(out, nil)
			}
			if p != "" {
				out[len(out)-1] = append(out[len(out)-1], piece{s.Op, p})
			}
		}
	}
	if len(out) > 0 && len(out[len(out)-1]) == 0 {
		out = out[:len(out)-1]
	}
	return out
}

// changeStyle is how inserted and deleted text looks: underlined or struck
// through, in their colours, with a change bar beside the line.
func (rl *redliner) changeStyle(op diff.Op, base runStyle) runStyle {
	st := base
	switch op {
	case diff.Insert:
		st.color, st.deco, st.mark = color(rl.st.Colors.Insert), underline, true
	case diff.Delete:
		st.color, st.deco, st.mark = color(rl.st.Colors.Delete), strike, true
	}
	return st
}

// pieces adds a line of the diff to t. A change of white space alone shows
// as a middle dot, so that it can be seen; a deletion right before an
// insertion is kept apart from it by a space.
func (rl *redliner) pieces(t *tokens, ps []piece, base runStyle) {
	for i, p := range ps {
		text := p.text
		if p.op != diff.Equal && strings.TrimSpace(text) == "" {
			text = "·"
		}
		if i > 0 && p.op == diff.Insert && ps[i-1].op == diff.Delete &&
			!strings.HasSuffix(ps[i-1].text, " ") && !strings.HasPrefix(text, " ") {
			t.space(base)
		}
		t.text(text, rl.changeStyle(p.op, base))
	}
}

func hasTitle(c *diff.Change) bool {
	return c.Old != nil && c.Old.Title != "" || c.New != nil && c.New.Title != ""
}

// numberHang is the clause number of a change: inserted for an added
// clause, struck for a removed one.
func (rl *redliner) numberHang(c *diff.Change, fn font) []hang {
	cl := c.Clause()
	if c.Preamble || cl == nil || cl.Number == "" {
		return nil
	}
	h := hang{text: diff.Label(cl), font: fn, col: color(rl.st.Colors.Heading)}
	switch {
	case c.Old == nil:
		h.col = color(rl.st.Colors.Insert)
	case c.New == nil:
		h.col = color(rl.st.Colors.Delete)
	}
	if cl.Prefix != "" {
		return nil // "Appendix A" is in the title line
	}
	return []hang{h}
}

// outlineTitle is how the outline names a titled clause.
func outlineTitle(c *model.Clause) string {
	switch {
	case c.Prefix != "":
		return c.Prefix + " " + c.Number + " – " + c.Title
	case c.Number != "":
		return c.Number + " " + c.Title
	}
	return c.Title
}

// inlineEntry lays out a changed clause: a note of what changed, the title
// and the text with deletions and insertions marked.
func (rl *redliner) inlineEntry(c *diff.Change) {
	x, w := rl.numW, rl.st.textWidth()-rl.numW
	cl := c.Clause()
	lines := splitLines(segments(c, rl.o.IgnoreEditorial))
	before := rl.st.Space.Clause
	var outline *mark
	if cl != nil && titled(cl) {
		before = rl.headingSpace(cl.Depth())
		outline = &mark{title: outlineTitle(cl), level: outlineLevel(cl), open: outlineLevel(cl) == 0}
	}
	note := runStyle{font: font{italic, smallSize(rl.st)}, color: color(rl.st.Colors.ChangeBar)}
	label := rl.badge(c)
	if c.Preamble {
		label = capital(rl.w.Preamble) + " · " + label
	}
	rl.add(&block{lines: rl.plainLines(label, x, w, note, true), before: before, keepNext: true,
		dests: rl.entryDests(c), outline: outline})
	body := rl.body()
	if hasTitle(c) && len(lines) > 0 {
		fn := rl.headingFont(max(cl.Depth(), 1))
		st := runStyle{font: fn, color: color(rl.st.Colors.Heading)}
		t := &tokens{m: rl.m}
		if cl.Prefix != "" {
			t.text(cl.Prefix+" "+cl.Number+" – ", st)
		}
		rl.pieces(t, lines[0], st)
		hx, hw := x, w
		if cl.Prefix != "" {
			hx, hw = 0, rl.st.textWidth()
		}
		rl.add(&block{lines: rl.lines(t, hx, hw, fn.size, true, rl.numberHang(c, fn)), before: 0.8, keepNext: len(lines) > 1})
		lines = lines[1:]
	} else if len(lines) > 0 {
		t := &tokens{m: rl.m}
		rl.width = w
		rl.pieces(t, lines[0], body)
		rl.add(&block{lines: rl.lines(t, x, w, body.font.size, false, rl.numberHang(c, font{bold, body.font.size})), before: 0.8})
		lines = lines[1:]
	}
	for _, ps := range lines {
		t := &tokens{m: rl.m}
		rl.width = w
		rl.pieces(t, ps, body)
		rl.add(&block{lines: rl.lines(t, x, w, body.font.size, false, nil), before: rl.st.Space.Paragraph})
	}
}

// smallSize is the size of small print: notes, column captions.
func smallSize(st *style) float64 { return st.Sizes.Header }

// sideEntry lays out a changed clause as two columns: the old text with
// its deletions, the new text with its insertions.
func (rl *redliner) sideEntry(c *diff.Change) {
	cl := c.Clause()
	segs := segments(c, rl.o.IgnoreEditorial)
	before := rl.st.Space.Clause
	var outline *mark
	if cl != nil && titled(cl) {
		before = rl.headingSpace(cl.Depth())
		outline = &mark{title: outlineTitle(cl), level: outlineLevel(cl), open: outlineLevel(cl) == 0}
	}
	note := runStyle{font: font{italic, smallSize(rl.st)}, color: color(rl.st.Colors.ChangeBar)}
	rl.add(&block{lines: rl.plainLines(rl.badge(c), 0, rl.st.textWidth(), note, true), before: before, keepNext: true,
		dests: rl.entryDests(c), outline: outline})
	tw := rl.st.textWidth()
	pad := rl.st.Space.CellPadding
	half := tw / 2
	t := &table{st: rl.st, x: 0, w: tw}
	head := func(text string, x float64) []*line {
		return rl.plainLines(text, x+pad, half-2*pad, runStyle{font: font{bold, smallSize(rl.st)}, color: color(rl.st.Colors.Muted)}, true)
	}
	t.header = &row{cells: [][]*line{
		head(capital(rl.w.Old)+" · "+rl.w.Version+" "+rl.res.Old.Meta.Version, 0),
		head(capital(rl.w.New)+" · "+rl.w.Version+" "+rl.res.New.Meta.Version, half),
	}}
	t.rows = []*row{{cells: [][]*line{
		rl.sideCell(c, c.Old, splitLines(segs, diff.Delete), pad, half-2*pad),
		rl.sideCell(c, c.New, splitLines(segs, diff.Insert), half+pad, half-2*pad),
	}}}
	rl.add(&block{table: t, before: 0.8})
}

// sideCell lays out one side of a side-by-side entry; empty when the
// clause is absent from that version.
func (rl *redliner) sideCell(c *diff.Change, cl *model.Clause, lines [][]piece, x, w float64) []*line {
	if cl == nil && !c.Preamble {
		return []*line{{height: rl.st.lineHeight(rl.st.Sizes.Table)}}
	}
	size := rl.st.Sizes.Table
	h := size * rl.st.Sizes.TableLeading * ptMM
	base := runStyle{font: font{regular, size}, color: color(rl.st.Colors.Text)}
	var out []*line
	for i, ps := range lines {
		t := &tokens{m: rl.m}
		rl.width = w
		st := base
		if i == 0 && (hasTitle(c) || cl != nil && cl.Number != "") {
			if hasTitle(c) {
				st.font.face = bold
			}
			if cl != nil && cl.Number != "" {
				t.text(diff.Label(cl)+" ", runStyle{font: font{bold, size}, color: color(rl.st.Colors.Heading)})
			}
		}
		rl.pieces(t, ps, st)
		if i > 0 {
			out = append(out, &line{height: 1})
		}
		out = append(out, rl.linesLed(t, x, w, size, h, true, nil)...)
	}
	return out
}

// entryDests are the anchors a changed clause answers for: the clause, and
// the sub-items and definitions inside it, which the word diff shows as
// plain lines.
func (rl *redliner) entryDests(c *diff.Change) []string {
	dests := []string{rl.entryKey(c)}
	if c.New == nil {
		return dests
	}
	id := rl.res.New.Meta.ID
	for _, it := range c.New.Items {
		dests = append(dests, itemKey(id, it.Anchor))
	}
	for _, d := range definedIn(c.New.Blocks) {
		dests = append(dests, defKey(d.Document, d.Anchor))
	}
	return dests
}

// definedIn lists the definitions made in blocks, in reading order: rows
// of a definitions table, entries of a definition list and inline
// definitions.
func definedIn(bs []model.Block) []*model.Definition {
	var out []*model.Definition
	model.WalkBlocks(bs, func(n model.Node, entering bool) model.WalkStatus {
		if !entering {
			return model.WalkContinue
		}
		var d *model.Definition
		switch v := n.(type) {
		case *model.Row:
			d = v.Def
		case *model.DefEntry:
			d = v.Def
		case *model.TermDef:
			d = v.Def
		case *model.Link:
			return model.WalkSkipChildren
		}
		if d != nil {
			out = append(out, d)
		}
		return model.WalkContinue
	})
	return out
}
