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
	ends, starts := sentenceEnds(s, true), sentenceEnds(s, false)
	names := r.otherTexts(s)
	k, m, n := 0, 0, 0
	lastSure := -1 // where the last resolved reference to this document ends
	for i := range spans {
		sp := &spans[i]
		ref := sp.ref
		if ref != nil && ref.Resolved && !sp.external && ref.Kind != model.RefStatute {
			lastSure = sp.end
		}
		if ref == nil || ref.Resolved || ref.Doubt != "" || ref.Kind == model.RefStatute || ref.Kind == model.RefDocument || sp.external {
			continue // a document has its own doubt (check): "Bijlage I bij deze voorwaarden"
		}
		if r.pending[clause] {
			because(doubtPending).set(ref)
			continue
		}
		if sc := r.scopeAfter(s, sp.end); sc.kind == scopeSelf {
			if sc.byHead { // "Section 9 of the Agreement" in a Data Processing Agreement
				because(doubtByHead, strings.TrimLeft(s[sp.end:sp.end+sc.n], ", ")).set(ref)
			}
			continue
		}
		for k < len(ends) && ends[k] < sp.end {
			k++
		}
		for m < len(starts) && starts[m] < sp.start {
			m++
		}
		from, to, open := 0, len(s), true
		if m > 0 {
			from = starts[m-1] + 1 // looking back, a semicolon ends no sentence: "Clause 17 of the SCCs: …; for Clause 9(a), …"
		}
		if k < len(ends) {
			to, open = ends[k], false
		}
		if to > sp.end+maxSentence {
			to, open = sp.end+maxSentence, false
		}
		for n < len(names) && names[n].at < sp.end {
			n++
		}
		rest := s[sp.end:to]
		if open && follow != "" {
			rest = sentenceOf(s[sp.end:] + follow) // the sentence goes on after the run: "onder *b* van Boek 6"
		}
		switch {
		case n < len(names) && names[n].at < to:
			because(doubtOtherText, names[n].name).set(ref)
		case n > 0 && names[n-1].at >= max(from, lastSure, sp.start-maxSentence) && names[n-1].end <= sp.start:
			// "Clause 17 of the SCCs: …; for Clause 9(a), …"
			because(doubtOtherTextBefore, names[n-1].name).set(ref)
		case open && follow != "" && r.otherTextIn(rest) != "":
			because(doubtOtherText, r.otherTextIn(rest)).set(ref) // "artikel 83 onder *b* van Boek 6"
		case containsAny(strings.ToLower(rest), lang.HistoricalPhrases):
			because(doubtHistorical).set(ref)
		case nameAfter(s, sp.end):
			because(doubtNameAfter, s[sp.start:nameEnd(s, sp.end)]).set(ref)
		case r.beyondNumbering(ref.Target):
			because(doubtBeyond, ref.Target).set(ref)
		}
	}
}

// sentenceOf returns t up to the end of its first sentence.
func sentenceOf(t string) string {
	if e := sentenceEnd(t, true); e >= 0 {
		return t[:e]
	}
	return t
}

// namedText is the name of another text in a run and where its scope
// phrase starts.
type namedText struct {
	at, end int
	name    string
}

// otherTexts returns the names of other texts in s, in order: one pass
// over s, for all the references of the run.
func (r *resolver) otherTexts(s string) []namedText {
	var out []namedText
	for i := 0; i < len(s); i++ {
		if name, n := r.otherTextAt(s, i); name != "" {
			out = append(out, namedText{at: i, end: i + n, name: name})
		}
	}
	return out
}

// sentenceEnds returns where the sentences of s end, in order; with
// semicolon, a semicolon ends one too.
func sentenceEnds(s string, semicolon bool) []int {
	var out []int
	for at := 0; at < len(s); {
		e := sentenceEnd(s[at:], semicolon)
		if e < 0 {
			break
		}
		out = append(out, at+e)
		at += e + 1
	}
	return out
}

// sentenceEnd returns where the first sentence in t ends, or -1.
func sentenceEnd(t string, semicolon bool) int {
	for i := range len(t) {
		if endsSentence(t, i, semicolon) {
			return i
		}
	}
	return -1
}

// endsSentence reports whether a sentence ends at byte i of t: a full stop
// and a space before anything but a digit or a lower-case letter ("Abs. 8",
// "art. 5", "lit. f" go on), or with semicolon a semicolon and a space. A
// colon does not end it: "komt te luiden: …, 13l en 13y van de Wet" goes
// on. It is the one sentence rule of the resolver.
func endsSentence(t string, i int, semicolon bool) bool {
	if i+1 >= len(t) || t[i+1] != ' ' {
		return false
	}
	switch t[i] {
	case ';':
		return semicolon
	case '.':
		if i+2 >= len(t) {
			return true
		}
		c := t[i+2]
		return !isDigit(c) && !isLetter(c)
	}
	return false
}

// sentenceBefore returns the text of the sentence before byte at, looking
// back at most window bytes.
func sentenceBefore(s string, at, window int) string {
	from := max(0, at-window)
	for j := at - 2; j >= from; j-- {
		if endsSentence(s, j, true) {
			return s[j+2 : at]
		}
	}
	return s[from:at]
}

// otherTextIn returns the name of another text that a scope phrase in rest
// names ("van de Wet op de ondernemingsraden", "der Abgabenordnung"), or "".
func (r *resolver) otherTextIn(rest string) string {
	for i := 0; i < len(rest); i++ {
		if name, _ := r.otherTextAt(rest, i); name != "" {
			return name
		}
	}
	return ""
}

// otherTextAt returns the name of another text when a scope phrase starts
// after the space at byte i of s, and the bytes of that phrase.
func (r *resolver) otherTextAt(s string, i int) (string, int) {
	if s[i] != ' ' || i+1 >= len(s) || !strings.ContainsRune("vVoOuUdDgG", rune(s[i+1])) {
		return "", 0
	}
	sc := r.scopeAfter(s, i)
	if sc.kind != scopeOther {
		return "", 0
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
		return name, sc.n
	}
	return displayName(s[i+at:], name), sc.n
}

// displayName returns the name of a text as the sentence writes it from
// its start, full: "Wet op de ondernemingsraden" where the scope phrase read
// "Wet", "UK Addendum" in "UK Addendum is modified as per Section 19". It
// stops at punctuation, at a verb or after eight words, and keeps at least
// name.
func displayName(full, name string) string {
	if e := strings.IndexAny(full, ",;:()"); e >= 0 {
		full = full[:e]
	}
	var words []string
	for _, w := range strings.Fields(full) {
		w = strings.TrimRight(w, ".")
		if len(words) >= 8 || nameStops[strings.ToLower(w)] {
			break
		}
		words = append(words, w)
	}
	for len(words) > 1 && nameConnector(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if out := strings.Join(words, " "); len(out) >= len(name) {
		return out
	}
	return name
}

// nameStops end the name of a text in a sentence: the verbs and words
// that follow it ("… is modified", "… van toepassing", "… gilt").
var nameStops = map[string]bool{"is": true, "are": true, "was": true, "shall": true, "will": true, "may": true,
	"applies": true, "apply": true, "as": true, "zijn": true, "wordt": true, "worden": true, "blijft": true,
	"blijven": true, "geldt": true, "gelden": true, "toepassing": true, "ist": true, "sind": true, "gilt": true,
	"wird": true, "werden": true, "est": true, "sont": true, "and": true, "en": true, "und": true, "et": true,
	"or": true}

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

// nameAfter reports whether capitalised words follow the reference ending
// at byte end directly, as in a name: "the Article 29 Working Party".
func nameAfter(s string, end int) bool {
	if end+2 >= len(s) || s[end] != ' ' {
		return false
	}
	w, _, _ := wordAt(s, end+1)
	return len(w) >= 2 && startsUpper(w) && !allCaps(w) && !nameConnector(strings.ToLower(w))
}

// nameEnd returns where the capitalised words after byte end stop.
func nameEnd(s string, end int) int {
	p := end
	for k := 0; k < 4 && p+1 < len(s) && s[p] == ' '; k++ {
		w, _, we := wordAt(s, p+1)
		if !startsUpper(w) {
			break
		}
		p = we
	}
	return p
}

// beyondNumbering reports whether an undotted clause number is far above
// every whole number a clause of the document has ("Section 508" in terms
// of 15 sections): it is more likely another text's.
func (r *resolver) beyondNumbering(target string) bool {
	n, ok := wholeNumber(target)
	if !ok || n < 20 {
		return false
	}
	if r.topOf != r.doc {
		r.topOf, r.top = r.doc, 0
		r.doc.Walk(func(c *model.Clause) {
			if k, ok := wholeNumber(c.Number); ok && k > r.top {
				r.top = k
			}
		})
	}
	return r.top > 0 && n > 2*r.top
}

// wholeNumber reads an undotted number of at most six digits.
func wholeNumber(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
