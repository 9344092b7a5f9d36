package pdf

import (
	"fmt"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// summary lays out the first page of a redline: the counts per kind of
// change, a table of the changed clauses that links to each, references to
// review, changed definitions and a legend.
func (rl *redliner) summary() {
	res, w, lg := rl.res, rl.w, rl.res.New.Meta.Language
	tw := rl.st.textWidth()
	sec := runStyle{font: font{bold, rl.st.Sizes.Section}, color: color(rl.st.Colors.Heading)}
	rl.add(&block{lines: rl.plainLines(w.Summary, 0, tw, sec, true), before: 2, keepNext: true,
		outline: &mark{title: w.Summary, level: 0}})

	counts := res.Summary.Counts(lg)
	var head []string
	var nums []cellText
	for _, c := range counts {
		head = append(head, capital(c.Label))
		nums = append(nums, cellText{text: fmt.Sprint(c.N)})
	}
	rl.add(&block{table: rl.textTable(0, tw, nil, head, [][]cellText{nums}), before: 2})

	var defs []string
	for _, c := range res.Summary.DefCounts(lg) {
		defs = append(defs, fmt.Sprintf("%d %s", c.N, c.Label))
	}
	stats := fmt.Sprintf("%s: %s. %s: %d, %s: %d, %s: %d.", w.Definitions, strings.Join(defs, ", "),
		capital(w.Substantive), res.Summary.Substantive, w.Affected, res.Summary.Affected, w.References, res.Summary.References)
	if rl.o.IgnoreEditorial {
		if n := len(res.Changes(false)) - len(res.Changes(true)); n > 0 {
			stats += fmt.Sprintf(" (%d %s)", n, w.Hidden)
		}
	}
	rl.add(&block{lines: rl.plainLines(stats, 0, tw, rl.body(), true), before: 2})
	rl.changeTable()
	rl.referenceIssues()
	rl.definitionChanges()
	legend := runStyle{font: font{italic, rl.st.Sizes.Table}, color: color(rl.st.Colors.Muted)}
	rl.add(&block{lines: rl.plainLines(rl.lbl.legend, 0, tw, legend, true), before: rl.st.Space.Article})
}

// changeTable lists every changed clause: what changed, its old and new
// number (linked to the clause in the redline) and its title.
func (rl *redliner) changeTable() {
	w, tw := rl.w, rl.st.textWidth()
	cs := rl.res.Changes(rl.o.IgnoreEditorial)
	if len(cs) == 0 {
		rl.add(&block{lines: rl.plainLines(w.NoChanges, 0, tw, rl.body(), true), before: rl.st.Space.Paragraph})
		return
	}
	var rows [][]cellText
	for _, c := range cs {
		old, nw := rl.entryLabel(c, c.Old), rl.entryLabel(c, c.New)
		target := rl.entryKey(c)
		oldCell, newCell := cellText{text: old}, cellText{text: nw, target: target}
		if c.New == nil && !c.Preamble {
			oldCell.target, newCell.target = target, ""
		}
		title := ""
		if cl := c.Clause(); cl != nil && cl.Number != "" {
			title = cl.Title
		}
		rows = append(rows, []cellText{{text: rl.badge(c)}, oldCell, newCell, {text: title}})
	}
	head := []string{capital(w.Changes), capital(w.Old), capital(w.New), ""}
	rl.add(&block{table: rl.textTable(0, tw, []float64{0.38, 0.12, 0.12, 0.38}, head, rows), before: rl.st.Space.Article})
}

// entryLabel names the clause of a change in one version.
func (rl *redliner) entryLabel(c *diff.Change, cl *model.Clause) string {
	if c.Preamble {
		return capital(rl.w.Preamble)
	}
	if cl == nil {
		return "–"
	}
	return diff.Label(cl)
}

// referenceIssues lists the references a reader should check again.
func (rl *redliner) referenceIssues() {
	if len(rl.res.References) == 0 {
		return
	}
	tw := rl.st.textWidth()
	rl.subheading(capital(rl.w.References))
	for _, x := range rl.res.References {
		format := rl.w.RefIssues[x.Issue]
		var s string
		if x.Issue == diff.IssueTargetRenumbered {
			s = fmt.Sprintf(format, diff.Label(x.Clause), x.Text, diff.Label(x.Was), diff.Label(x.Now))
		} else {
			s = fmt.Sprintf(format, diff.Label(x.Clause), x.Text, diff.Label(x.Was))
		}
		rl.add(&block{lines: rl.plainLines("• "+s, 0, tw, rl.body(), true), before: rl.st.Space.Item})
	}
}

// definitionChanges shows each changed definition with its word diff and
// the clauses that use it.
func (rl *redliner) definitionChanges() {
	defs := rl.res.DefChanges(rl.o.IgnoreEditorial)
	if len(defs) == 0 {
		return
	}
	tw := rl.st.textWidth()
	rl.subheading(rl.w.Definitions)
	for _, d := range defs {
		desc := d.Kind.Word(rl.w)
		if !d.Substantive {
			desc += " (" + rl.w.Editorial + ")"
		}
		t := &tokens{m: rl.m}
		rl.width = tw
		bold := rl.body()
		bold.font.face = bold.font.face.with(true, false)
		t.text(d.Term, bold)
		t.text(" — "+desc+": ", rl.body())
		var segs []diff.Segment
		if d.Text != nil {
			segs = (&diff.Change{Text: d.Text}).Text.Segments
			if rl.o.IgnoreEditorial {
				segs = segments(&diff.Change{Text: d.Text}, true)
			}
		}
		for i, ps := range splitLines(segs) {
			if i > 0 {
				t.lineBreak()
			}
			rl.pieces(t, ps, rl.body())
		}
		if len(d.Affects) > 0 {
			t.lineBreak()
			t.text(capital(rl.w.UsedIn)+": ", runStyle{font: font{italic, rl.st.Sizes.Body}, color: color(rl.st.Colors.Muted)})
			for i, c := range d.Affects {
				if i > 0 {
					t.text(", ", rl.body())
				}
				st := rl.body()
				if key := clauseKey(rl.res.New.Meta.ID, c.Anchor); rl.targets[key] {
					rl.linked(t, key, color(rl.st.Colors.Link), st, func(s runStyle) { t.text(diff.Label(c), s) })
					continue
				}
				t.text(diff.Label(c), st)
			}
		}
		rl.add(&block{lines: rl.lines(t, 0, tw, rl.st.Sizes.Body, true, nil), before: rl.st.Space.Paragraph})
	}
}

func (rl *redliner) subheading(s string) {
	st := runStyle{font: font{bold, rl.st.Sizes.Article}, color: color(rl.st.Colors.Heading)}
	rl.add(&block{lines: rl.plainLines(s, 0, rl.st.textWidth(), st, true), before: rl.st.Space.Article, keepNext: true})
}

// cellText is the text of a table cell, with an optional link target.
type cellText struct {
	text, target string
}

// textTable lays out a table of plain text at x of width w; fractions
// gives each column's share of the width (nil: equal).
func (rl *redliner) textTable(x, w float64, fractions []float64, head []string, rows [][]cellText) *table {
	cols := len(head)
	if fractions == nil {
		for range cols {
			fractions = append(fractions, 1/float64(cols))
		}
	}
	size := rl.st.Sizes.Table
	h := size * rl.st.Sizes.TableLeading * ptMM
	pad := rl.st.Space.CellPadding
	t := &table{st: rl.st, x: x, w: w}
	build := func(cells []cellText, header bool) *row {
		r := &row{cells: make([][]*line, cols)}
		cx := x
		for i := 0; i < cols; i++ {
			cw := w * fractions[i]
			st := runStyle{font: font{regular, size}, color: color(rl.st.Colors.Text)}
			if header {
				st.font.face, st.color = bold, color(rl.st.Colors.Heading)
			}
			tk := &tokens{m: rl.m}
			rl.width = cw - 2*pad
			if i < len(cells) {
				if c := cells[i]; c.target != "" && rl.targets[c.target] {
					rl.linked(tk, c.target, color(rl.st.Colors.Link), st, func(s runStyle) { tk.text(c.text, s) })
				} else {
					tk.text(c.text, st)
				}
			}
			r.cells[i] = rl.linesLed(tk, cx+pad, cw-2*pad, size, h, true, nil)
			cx += cw
		}
		return r
	}
	hc := make([]cellText, len(head))
	for i, s := range head {
		hc[i] = cellText{text: s}
	}
	t.header = build(hc, true)
	for _, r := range rows {
		t.rows = append(t.rows, build(r, false))
	}
	return t
}
