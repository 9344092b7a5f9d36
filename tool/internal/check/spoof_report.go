package check

import (
	"slices"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// bidiScopes reports an embedding, override or isolate whose reach (up to
// its closing character, or the end of the paragraph) takes in a term, a
// number or a reference. The characters of a reported scope are marked so
// that they are not reported again.
func (c *checker) bidiScopes(cs []char, ws []word) {
	for i := 0; i < len(cs); i++ {
		if !opensBidi(cs[i].r) || cs[i].done {
			continue
		}
		end := scopeEnd(cs, i)
		for _, w := range ws {
			if w.what != "" && w.from <= end && w.to > i {
				c.add(charPos(cs, i, w), diag.Error, "text-bidi", "%s reorders %s: readers see it in another order than it is written; remove it", describe(cs[i].r), w.what)
				for k := i; k <= end && k < len(cs); k++ {
					cs[k].done = isBidi(cs[k].r)
				}
				break
			}
		}
	}
}

// scopeEnd returns the index of the character that closes the bidi scope
// opened at i, or the last index.
func scopeEnd(cs []char, i int) int {
	depth := 0
	for k := i + 1; k < len(cs); k++ {
		switch {
		case opensBidi(cs[k].r) && (cs[k].r >= 0x2066) == (cs[i].r >= 0x2066):
			depth++
		case closesBidi(cs[i].r, cs[k].r):
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return len(cs) - 1
}

// spoofedWord reports the bidi marks, invisible characters and look-alike
// letters inside a term, a number or a reference.
func (c *checker) spoofedWord(cs []char, w word) {
	var bidi, edge, hidden, alien []int
	scripts := map[string]bool{}
	for k := w.from; k < w.to; k++ {
		r := cs[k].r
		switch {
		case isBidiMark(r) && (k == w.from || k == w.to-1):
			if !cs[k].done {
				edge = append(edge, k)
			}
		case isBidi(r):
			if !cs[k].done {
				bidi = append(bidi, k)
			}
		case isInvisible(r):
			hidden = append(hidden, k)
		default:
			if _, ok := otherDigit(r); ok {
				alien = append(alien, k)
			} else if s := scriptOf(r); s != "" {
				scripts[s] = true
				if s != "Latin" {
					alien = append(alien, k)
				}
			}
		}
	}
	written := writtenAs(cs, w)
	if len(bidi) > 0 {
		c.add(charPos(cs, bidi[0], w), diag.Error, "text-bidi", "%s inside %s changes the order in which readers see it; remove it", describeAll(cs, bidi), w.what)
	}
	if len(edge) > 0 && len(bidi) == 0 {
		c.add(charPos(cs, edge[0], w), diag.Warning, "text-bidi", "%s at the edge of %s: in left-to-right text readers see no difference, but it is invisible and may reorder it next to right-to-left text; remove it", describeAll(cs, edge), w.what)
	}
	if len(hidden) > 0 {
		c.add(charPos(cs, hidden[0], w), diag.Error, "text-invisible", "invisible %s inside %s (written %q): readers do not see it, but legalkit reads other text than they do; remove it", describeAll(cs, hidden), w.what, written)
	}
	switch {
	case len(alien) == 0:
	case len(scripts) > 1:
		c.add(charPos(cs, alien[0], w), diag.Error, "text-mixed-script", "%q mixes Latin letters with %s: it looks like %s but is other text; write it in Latin letters", written, describeAll(cs, alien), w.what)
	case len(scripts) == 0 || scripts["Latin"]:
		c.add(charPos(cs, alien[0], w), diag.Error, "text-mixed-script", "%q is written with %s: it looks like %s but is other text; write the digits 0-9", written, describeAll(cs, alien), w.what)
	}
}

// writtenAs returns a word as it is written.
func writtenAs(cs []char, w word) string {
	var b strings.Builder
	for _, ch := range cs[w.from:w.to] {
		b.WriteRune(ch.r)
	}
	return b.String()
}

// describeAll names the distinct characters at the indexes, in order.
func describeAll(cs []char, idx []int) string {
	var names []string
	for _, k := range idx {
		if d := describe(cs[k].r); !slices.Contains(names, d) {
			names = append(names, d)
		}
	}
	return strings.Join(names, ", ")
}

// charPos is where character k stands, or else where the word starts.
func charPos(cs []char, k int, w word) model.Pos {
	if cs[k].pos.Line > 0 {
		return cs[k].pos
	}
	for _, ch := range cs[w.from:w.to] {
		if ch.pos.Line > 0 {
			return ch.pos
		}
	}
	return model.Pos{}
}

// allInlineLists calls f for every list of inlines in a document, as
// model.Walk finds it: running text, clause titles, group headings, table
// cells (header and terms of a definitions table included) and the terms of
// definition lists.
func allInlineLists(d *model.Document, f func([]model.Inline)) {
	model.Spans(d, func(s *model.Span) { f(*s.Inlines) })
}
