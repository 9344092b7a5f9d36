package resolve

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// The sentence around a reference can leave legalkit unsure that it is
// one to this document: the list it stands in may end with the name of
// another text ("artikel 13c, …, 13k, met uitzondering van …, en 13y van de
// Wet op de telecommunicatievoorzieningen"), the sentence may speak of a
// provision as it read before, or the provision it stands in may not be in
// force yet. An unresolved reference is then doubtful: check warns.

// maxFollow bounds the text after a run that the doubts read: the rest of
// the sentence in the emphasis or link after it ("onder *b* van Boek 6").
const maxFollow = 160

// maxSentence bounds how far after a reference the doubts look for the
// name of another text, so that a paragraph of n references costs O(n).
const maxSentence = 800

// doubtSentence gives each unresolved, undoubted reference among spans the
// doubt its sentence leaves: s is the run's text, follow the text after
// the run.
func (r *resolver) doubtSentence(s, follow string, spans []span, clause *model.Clause) {
	ends := sentenceEnds(s)
	names := &nameScanner{r: r, s: s, hit: -1}
	k := 0
	for i := range spans {
		sp := &spans[i]
		ref := sp.ref
		if ref == nil || ref.Resolved || ref.Doubt != "" || ref.Kind == model.RefStatute || sp.external {
			continue
		}
		if r.pending[clause] {
			because(doubtPending).set(ref)
			continue
		}
		if sc := r.scopeAfter(s, sp.end); sc.kind == scopeSelf {
			continue // "Section 14 of this Agreement": said to be this document's
		}
		for k < len(ends) && ends[k] < sp.end {
			k++
		}
		to, open := len(s), true
		if k < len(ends) {
			to, open = ends[k], false
		}
		if to > sp.end+maxSentence {
			to, open = sp.end+maxSentence, false
		}
		name := names.in(sp.end, to)
		rest := s[sp.end:to]
		if name == "" && open {
			rest = s[sp.end:to] + follow
			if e := sentenceEnd(rest); e >= 0 {
				rest = rest[:e]
			}
			name = r.otherTextIn(rest)
		}
		if name != "" {
			because(doubtOtherText, name).set(ref)
		} else if containsAny(strings.ToLower(rest), lang.HistoricalPhrases) {
			because(doubtHistorical).set(ref)
		}
	}
}

// sentenceEnds returns where the sentences of s end, in order.
func sentenceEnds(s string) []int {
	var out []int
	for at := 0; at < len(s); {
		e := sentenceEnd(s[at:])
		if e < 0 {
			break
		}
		out = append(out, at+e)
		at += e + 1
	}
	return out
}

// sentenceEnd returns where the first sentence in t ends (a full stop
// that ends no number or abbreviation, or a semicolon, and a space), or
// -1. A colon does not end it: "komt te luiden: …, 13l en 13y van de Wet"
// goes on.
func sentenceEnd(t string) int {
	for i := 1; i+1 < len(t); i++ {
		if t[i+1] != ' ' {
			continue
		}
		switch t[i] {
		case ';':
			return i
		case '.':
			if !isDigit(t[i-1]) && (!isLetter(t[i-1]) || i >= 3 && t[i-2] != ' ' && t[i-3] != ' ' && t[i-2] != '.') {
				return i
			}
		}
	}
	return -1
}

// nameScanner finds the names of other texts in s for references in
// order: the windows asked for only move forward, so s is read once.
type nameScanner struct {
	r       *resolver
	s       string
	pos     int    // s is read up to here
	hit     int    // where the next name found starts, or -1
	hitName string // that name
}

// in returns a name of another text that starts in s[from:to], or "".
func (n *nameScanner) in(from, to int) string {
	if n.hit >= from {
		if n.hit < to {
			return n.hitName
		}
		return ""
	}
	for i := max(n.pos, from); i < to; i++ {
		if name := n.r.otherTextAt(n.s, i); name != "" {
			n.pos, n.hit, n.hitName = i+1, i, name
			return name
		}
	}
	n.pos, n.hit = max(n.pos, to), -1
	return ""
}

// otherTextIn returns the name of another text that a scope phrase in rest
// names ("van de Wet op de ondernemingsraden", "der Abgabenordnung"), or "".
func (r *resolver) otherTextIn(rest string) string {
	for i := 0; i < len(rest); i++ {
		if name := r.otherTextAt(rest, i); name != "" {
			return name
		}
	}
	return ""
}

// otherTextAt returns the name of another text when a scope phrase starts
// after the space at byte i of s.
func (r *resolver) otherTextAt(s string, i int) string {
	if s[i] != ' ' || i+1 >= len(s) || !strings.ContainsRune("vVoOuUdDgG", rune(s[i+1])) {
		return ""
	}
	sc := r.scopeAfter(s, i)
	if sc.kind != scopeOther {
		return ""
	}
	name := strings.TrimSpace(strings.TrimLeft(s[i:min(len(s), i+sc.n)], ", "))
	for _, intro := range lang.ScopeIntros {
		if len(name) > len(intro) && strings.EqualFold(name[:len(intro)], intro) {
			name = name[len(intro):] // "Wet op de ondernemingsraden", not "van de …"
			break
		}
	}
	// the name as the sentence writes it, to the next punctuation: "Wet op
	// de ondernemingsraden", where the scope phrase read "Wet"
	at := strings.Index(s[i:], name)
	if at < 0 {
		return name
	}
	full := s[i+at:]
	if e := strings.IndexAny(full, ",;:()"); e >= 0 {
		full = full[:e]
	}
	if e := sentenceEnd(full + " "); e >= 0 {
		full = full[:e]
	}
	if len(full) > 60 {
		if sp := strings.LastIndexByte(full[:60], ' '); sp > len(name) {
			full = full[:sp]
		}
	}
	return strings.TrimSpace(full)
}

// notePending remembers that clause is not in force yet when its text s
// starts with a marker that says so.
func (r *resolver) notePending(s string, clause *model.Clause) {
	if clause == nil || r.pending[clause] {
		return
	}
	low := strings.ToLower(strings.TrimSpace(s[:min(len(s), 40)]))
	for _, m := range lang.PendingMarkers {
		if strings.HasPrefix(low, m) {
			if r.pending == nil {
				r.pending = map[*model.Clause]bool{}
			}
			r.pending[clause] = true
			return
		}
	}
}

// followText returns the plain text of the inlines after a run, as far as
// maxFollow bytes, for the doubts of the run's last references.
func followText(ins []model.Inline, after string) string {
	out := model.PlainPrefix(ins, maxFollow)
	if len(out) < maxFollow {
		out += after
	}
	return out[:min(len(out), maxFollow)]
}

// hasUnsure reports whether a span holds an unresolved in-document
// reference without a doubt, the only ones doubtSentence reads for.
func hasUnsure(spans []span) bool {
	for _, sp := range spans {
		if sp.ref != nil && !sp.ref.Resolved && sp.ref.Doubt == "" && sp.ref.Kind != model.RefStatute && !sp.external {
			return true
		}
	}
	return false
}
