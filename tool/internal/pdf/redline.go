package pdf

import (
	"errors"
	"fmt"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// RedlineOptions control a redline PDF.
type RedlineOptions struct {
	// IgnoreEditorial leaves editorial changes unmarked: their deletions
	// disappear and their insertions read as ordinary text.
	IgnoreEditorial bool
	// SideBySide shows each changed clause as two columns, the old text
	// with its deletions beside the new text with its insertions.
	SideBySide bool
}

// Redline returns a PDF of the new version of a comparison with every
// change marked: inserted text underlined in the insertion colour, deleted
// text struck through in the deletion colour, a bar in the margin beside
// every changed line, and on the first page a summary with the counts and
// a table of the changed clauses that links to each of them. Unchanged
// clauses keep their full layout and links.
func (r *Renderer) Redline(res *diff.Result, o RedlineOptions) ([]byte, error) {
	if res == nil || res.Old == nil || res.New == nil {
		return nil, errors.New("pdf: a redline needs a comparison of two versions")
	}
	docs := []*model.Document{res.New}
	m := r.measurer()
	defer r.done(m)
	l := &layout{st: r.st, m: m, targets: newTargets(docs)}
	rl := &redliner{layout: l, res: res, o: o, w: lang.Changes(res.New.Meta.Language)}
	rl.document()
	unlinkMissing(l.blocks, color(r.st.Colors.Text))
	p := &pager{st: r.st}
	p.place(l.blocks)
	meta := metadataOf(docs)
	meta.title = rl.title()
	meta.subject = rl.subtitle()
	out, _, err := r.finish(p.pages, docs, meta, "redline of "+res.New.Key())
	return out, err
}

// redliner lays out a comparison.
type redliner struct {
	*layout
	res *diff.Result
	o   RedlineOptions
	w   *lang.ChangeWords
}

func (rl *redliner) title() string {
	return fmt.Sprintf("%s: %s %s → %s", rl.res.New.Meta.Title, rl.w.Version, rl.res.Old.Meta.Version, rl.res.New.Meta.Version)
}

func (rl *redliner) subtitle() string {
	return fmt.Sprintf("%s: %s %s → %s %s", capital(rl.w.Changes), rl.w.Version, rl.res.Old.Meta.Version,
		rl.w.Version, rl.res.New.Meta.Version)
}

// removedKey is the target of a clause that only the old version has.
func removedKey(id, anchor string) string { return id + "#r:" + anchor }

// entryKey is where the summary's link to a change goes.
func (rl *redliner) entryKey(c *diff.Change) string {
	switch {
	case c.Preamble:
		return docKey(rl.res.New.Meta.ID)
	case c.New != nil:
		return clauseKey(rl.res.New.Meta.ID, c.New.Anchor)
	}
	return removedKey(rl.res.New.Meta.ID, c.Old.Anchor)
}

// document lays out the title block, the summary and then the new version
// with its changes.
func (rl *redliner) document() {
	res, m := rl.res, rl.res.New.Meta
	rl.doc, rl.docIdx = res.New, 0
	rl.lbl = labelsFor(m.Language)
	rl.numW = max(rl.numberColumn(res.New), rl.numberColumn(res.Old))
	for _, c := range res.Entries {
		if c.New == nil && c.Old != nil {
			rl.targets[removedKey(m.ID, c.Old.Anchor)] = true
		}
	}
	rl.titleBlockWith(res.New, m.Title, rl.subtitle(), []fact{
		{rl.lbl.previous, res.Old.Meta.Version, false},
		{rl.lbl.current, m.Version, m.Status == model.StatusDraft},
		{rl.lbl.published, date(m.Published, m.Language), false},
		{rl.lbl.effective, date(m.Effective, m.Language), false},
	})
	rl.summary()
	first := true
	for _, c := range res.Entries {
		rl.entry(c, first)
		first = false
	}
}

// marked reports whether the redline shows a change as changed.
func (rl *redliner) marked(c *diff.Change) bool {
	return c.Kind != diff.Unchanged && (!rl.o.IgnoreEditorial || c.Substantive)
}

// outlineLevel is the number of titled clauses above c.
func outlineLevel(c *model.Clause) int {
	n := 0
	for p := c.Parent; p != nil; p = p.Parent {
		if titled(p) {
			n++
		}
	}
	return n
}

// entry lays out one clause of the comparison: unchanged clauses as the
// document has them, changed ones from the word diff.
func (rl *redliner) entry(c *diff.Change, first bool) {
	if !rl.marked(c) && (c.New != nil || c.Preamble) {
		n := len(rl.blocks)
		if c.Preamble {
			nx := &next{}
			rl.blocksOf(rl.res.New.Preamble, rl.numW, rl.st.textWidth()-rl.numW, nx)
		} else {
			rl.clauseOwn(c.New, outlineLevel(c.New))
		}
		if first && len(rl.blocks) > n {
			rl.blocks[n].breakPage = true
		}
		return
	}
	start := len(rl.blocks)
	if rl.o.SideBySide {
		rl.sideEntry(c)
	} else {
		rl.inlineEntry(c)
	}
	if first && len(rl.blocks) > start {
		rl.blocks[start].breakPage = true
	}
}

// badge says what happened to a clause: "gewijzigd", "vernummerd (was
// 1.3)", "redactioneel: typografie".
func (rl *redliner) badge(c *diff.Change) string {
	w := rl.w
	s := c.Describe(w)
	if c.Old != nil && c.New != nil && diff.Label(c.Old) != diff.Label(c.New) {
		s += " (" + w.Was + " " + diff.Label(c.Old) + ")"
	}
	if c.TextChanged && !c.Text.Substantive() {
		var rs []string
		for _, r := range c.Text.Reasons() {
			rs = append(rs, w.Reasons[r])
		}
		if len(rs) > 0 {
			s += ": " + strings.Join(rs, ", ")
		}
	}
	return s
}

func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// unlinkMissing turns links to anchors that the flow does not hold into
// plain text. In a redline a changed clause is shown as lines of its word
// diff, so a definition or item inside it may have no place of its own.
func unlinkMissing(blocks []*block, text rgb) {
	placed := map[string]bool{}
	var all []*line
	for _, b := range blocks {
		for _, d := range b.dests {
			placed[d] = true
		}
		ls := b.lines
		if b.table != nil {
			for _, r := range append([]*row{b.table.header}, b.table.rows...) {
				if r == nil {
					continue
				}
				for _, d := range r.dests {
					placed[d] = true
				}
				for _, c := range r.cells {
					ls = append(ls, c...)
				}
			}
		}
		for _, l := range ls {
			for _, d := range l.dests {
				placed[d] = true
			}
		}
		all = append(all, ls...)
	}
	for _, l := range all {
		for i := range l.items {
			if st := &l.items[i].style; st.link != 0 && !isURL(st.target) && !placed[st.target] {
				st.link, st.target = 0, ""
				if !st.mark {
					st.color = text
				}
			}
		}
	}
}
