package resolve

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// resolver links one document.
type resolver struct {
	corpus *corpus
	doc    *model.Document
	terms  *matcher

	labelsOf *model.Clause            // the clause whose item labels are in labels
	labels   map[string]bool          // see hasItem
	lettered map[*model.Document]bool // see hasLetteredClause

	chaptersOf *model.Document          // the document whose chapters are in chapters
	chapters   map[string]*model.Clause // see chapter

	pending map[*model.Clause]bool // provisions not in force yet (see notePending)

	topOf *model.Document // the document whose highest whole clause number is top
	top   int             // see beyondNumbering
}

// scope is where a piece of text stands: its clause and the definition whose
// own entry it is part of (not a use of that term).
type scope struct {
	clause  *model.Clause
	self    *model.Definition
	heading bool // a heading's text, whose first number is its own
}

// document links the running text of the document. model.Walk decides
// what that is; the resolver leaves alone the terms being defined (they are
// no uses) and the table headers and clause titles (labels, not text).
func (r *resolver) document() {
	r.doc.References = nil
	model.Spans(r.doc, func(s *model.Span) {
		if linked(s.Part) {
			*s.Inlines = r.inlines(*s.Inlines, scope{clause: s.Clause, self: s.Entry, heading: s.Part == model.PartHeading}, "")
		}
	})
}

// linked reports whether the resolver links terms and references in a
// part of the text.
func linked(p model.Part) bool {
	switch p {
	case model.PartParagraph, model.PartHeading, model.PartCell:
		return true
	}
	return false
}

// inlines processes runs of plain text; links, code and definitions are left
// alone, emphasis is entered.
//
// follow is the text after ins (up to maxFollow bytes), which the doubts of
// the last references read.
func (r *resolver) inlines(ins []model.Inline, sc scope, follow string) []model.Inline {
	var out []model.Inline
	for i := 0; i < len(ins); {
		switch n := ins[i].(type) {
		case *model.Text, *model.SoftBreak:
			j := i
			for j < len(ins) && isRunPart(ins[j]) {
				j++
			}
			out = append(out, r.run(ins[i:j], sc, ins[j:], follow)...)
			i = j
			continue
		case *model.Emphasis:
			n.Children = r.inlines(n.Children, sc, followText(ins[i+1:], follow))
		}
		out = append(out, ins[i])
		i++
	}
	return out
}

func isRunPart(in model.Inline) bool {
	switch in.(type) {
	case *model.Text, *model.SoftBreak:
		return true
	}
	return false
}

// run is a stretch of plain text with a map back to source positions.
type run struct {
	s    string
	segs []seg

	// pos remembers its last answer: lookups mostly move forward.
	lastSeg, lastK, lastCol int
}

type seg struct {
	start int
	text  *model.Text // nil for a soft break
}

func newRun(nodes []model.Inline) *run {
	rn := &run{segs: make([]seg, 0, len(nodes))}
	var b strings.Builder
	for _, n := range nodes {
		rn.segs = append(rn.segs, seg{start: b.Len()})
		switch n := n.(type) {
		case *model.Text:
			rn.segs[len(rn.segs)-1].text = n
			b.WriteString(n.Value)
		default:
			b.WriteByte(' ')
		}
	}
	rn.s = b.String()
	return rn
}

func (rn *run) segAt(off int) int {
	return sort.Search(len(rn.segs), func(i int) bool { return rn.segs[i].start > off }) - 1
}

func (rn *run) pos(off int) model.Pos {
	i := rn.segAt(off)
	for i >= 0 && rn.segs[i].text == nil {
		i--
	}
	if i < 0 {
		return model.Pos{}
	}
	sg := rn.segs[i]
	k := off - sg.start
	if k > len(sg.text.Value) {
		k = len(sg.text.Value)
	}
	from, col := 0, sg.text.Pos.Col
	if rn.lastSeg == i+1 && rn.lastK <= k {
		from, col = rn.lastK, rn.lastCol
	}
	col += utf8.RuneCountInString(sg.text.Value[from:k])
	rn.lastSeg, rn.lastK, rn.lastCol = i+1, k, col
	return model.Pos{Line: sg.text.Pos.Line, Col: col}
}

// withoutExternal drops the spans of numbers that point into another
// text: they stay text, and the terms in them are found as anywhere else.
func withoutExternal(spans []span) []span {
	out := spans[:0]
	for _, sp := range spans {
		if !sp.external {
			out = append(out, sp)
		}
	}
	return out
}

// withoutOwnNumber drops the references of a heading that starts with a
// number, "§ 7 Veröffentlichungsbefugnis", "Kapitel 2 - Rechte", "§§ 17
// bis 19 (weggefallen)": that is the number of what the heading heads, not
// a reference.
func withoutOwnNumber(s string, spans []span) []span {
	for _, sp := range spans {
		if sp.ref == nil {
			continue
		}
		if strings.IndexFunc(withoutBrackets(s[:sp.start]), unicode.IsLetter) < 0 {
			var out []span
			for _, t := range spans {
				if t.ref == nil {
					out = append(out, t)
				}
			}
			return out
		}
		break
	}
	return spans
}

// withoutBrackets drops the bracketed remarks of a heading's start, as in
// "(XXXX) §§ 17 bis 19 (weggefallen)" or "[4] Artikel 7".
func withoutBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, c := range s {
		switch {
		case c == '(' || c == '[':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// plain returns the inlines for s[a:b] as it was: texts and soft breaks.
func (rn *run) plain(a, b int) []model.Inline {
	var out []model.Inline
	for i := max(rn.segAt(a), 0); i < len(rn.segs) && rn.segs[i].start < b; i++ {
		sg := rn.segs[i]
		end := len(rn.s)
		if i+1 < len(rn.segs) {
			end = rn.segs[i+1].start
		}
		lo, hi := max(a, sg.start), min(b, end)
		if lo >= hi {
			continue
		}
		if sg.text == nil {
			out = append(out, &model.SoftBreak{})
			continue
		}
		out = append(out, &model.Text{Pos: rn.pos(lo), Value: rn.s[lo:hi]})
	}
	return out
}

func (r *resolver) run(nodes []model.Inline, sc scope, after []model.Inline, follow string) []model.Inline {
	rn := newRun(nodes)
	s := rn.s
	r.notePending(s, sc.clause)
	spans := r.statutes(s)
	spans = append(spans, r.annexes(s, spans)...)
	spans = append(spans, r.ordinals(s, spans, sc.clause)...)
	spans = append(spans, r.clauses(s, spans, sc.clause)...)
	spans = withoutExternal(dropOverlaps(spans))
	spans = slices.DeleteFunc(spans, func(sp span) bool { return sp.ref == nil }) // acts legalkit does not know
	if sc.heading {
		spans = withoutOwnNumber(s, spans)
	}
	if hasUnsure(spans) {
		r.doubtSentence(s, followText(after, follow), spans, sc.clause)
	}
	var all []span
	at := 0
	for _, sp := range spans {
		all = append(all, r.terms.find(s, at, sp.start, sc.self)...)
		all = append(all, sp)
		at = sp.end
	}
	all = append(all, r.terms.find(s, at, len(s), sc.self)...)
	if len(all) == 0 {
		return nodes
	}
	var out []model.Inline
	at = 0
	clause, docID := "", r.doc.Meta.ID
	if sc.clause != nil {
		clause = sc.clause.Anchor
	}
	for _, sp := range all {
		if sp.def != nil {
			out = append(out, rn.plain(at, sp.start)...)
			p := rn.pos(sp.start)
			out = append(out, &model.TermUse{Pos: p, Def: sp.def, Text: s[sp.start:sp.end]})
			sp.def.Uses = append(sp.def.Uses, &model.Use{Pos: p, Form: s[sp.start:sp.end], Clause: clause, Document: docID})
		} else {
			out = append(out, rn.plain(at, sp.link)...)
			ref := sp.ref
			ref.Pos, ref.Clause = rn.pos(sp.start), clause
			if ref.Text == "" {
				ref.Text = s[sp.start:sp.end]
			}
			r.doc.References = append(r.doc.References, ref)
			out = append(out, &model.Ref{Pos: rn.pos(sp.link), Ref: ref, Text: s[sp.link:sp.end]})
		}
		at = sp.end
	}
	return append(out, rn.plain(at, len(s))...)
}
