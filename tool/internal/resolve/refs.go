package resolve

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// span is a stretch of a text run that is a term use or a reference.
type span struct {
	start, end int // bytes in the run
	link       int // where the clickable part of a reference starts
	def        *model.Definition
	ref        *model.Reference
}

var (
	reAnnex      = regexp.MustCompile(`(` + strings.Join(lang.AnnexWords, "|") + `)\s+(\d+|[A-Z])`)
	reItemSuffix = regexp.MustCompile(`^\s?(?:([a-z]{1,4})\)|\(([a-z]{1,4}|\d{1,2})\))`)
)

// containsAny reports whether s contains one of the words: a cheap test
// before running the reference patterns over a paragraph.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// The statute references are found in statutes.go.

// annexes finds "Bijlage 1" and "Appendix A".
func (r *resolver) annexes(s string, taken []span) []span {
	if !containsAny(s, lang.AnnexWords) {
		return nil
	}
	var out []span
	free := newSpanCursor(taken)
	for _, m := range reAnnex.FindAllStringSubmatchIndex(s, -1) {
		if !boundaryBefore(s, m[0]) || !boundaryAfter(s, m[1]) || free.overlaps(m[0], m[1]) {
			continue
		}
		word, label := s[m[2]:m[3]], s[m[4]:m[5]]
		ref := &model.Reference{Kind: model.RefDocument, Cue: strings.ToLower(word), Target: word + " " + label}
		for _, c := range r.doc.Clauses {
			if c.Prefix == word && c.Number == label {
				ref.Kind, ref.Target, ref.Resolved = model.RefClause, c.Anchor, true
			}
		}
		if !ref.Resolved {
			if d := r.corpus.byName(r.doc, word+" "+label); d != nil {
				ref.Target, ref.Resolved = d.Meta.ID, true
				if d != r.doc {
					ref.Document = d.Meta.ID
				}
			}
		}
		out = append(out, span{start: m[0], end: m[1], link: m[0], ref: ref})
	}
	return out
}

// clauses finds references to clauses and sub-items by number.
func (r *resolver) clauses(s string, taken []span, clause *model.Clause) []span {
	var out []span
	var prev *span
	ctx := newContext(s, lang.Cues(r.doc.Meta.Language))
	free := newSpanCursor(taken)
	for _, m := range numbers(s) {
		a, b := m[0], m[1]
		if free.overlaps(a, b) || !numberAlone(s, a, b) || ctx.notAReference(a, b) {
			continue
		}
		number := s[a:b]
		cue, cueStart, strongCue := ctx.cueBefore(a)
		continued := false
		if cue == nil && prev != nil && ctx.listJoins(prev.end, a) {
			cue, cueStart, continued = r.cueNamed(prev.ref.Cue), a, true
			strongCue = cue != nil && cue.Strong
		}
		dotted := strings.Contains(number, ".")
		if !dotted && (cue == nil || !strongCue) || longPart(number) && !r.longClause(number, strongCue) {
			continue
		}
		sp := r.clauseRef(s, a, b, cue, cueStart, clause)
		if sp == nil {
			continue
		}
		if continued {
			sp.ref.Cue = prev.ref.Cue
		}
		out = append(out, *sp)
		prev = &out[len(out)-1]
	}
	return out
}

// numbers finds the clause-number-like tokens of s: "4.6.1", "10", "A.1".
// A hand-written scan: it runs over every paragraph of every document.
func numbers(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		start := i
		switch {
		case isDigit(s[i]):
		case s[i] >= 'A' && s[i] <= 'Z' && i+2 < len(s) && s[i+1] == '.' && isDigit(s[i+2]):
			i += 2
		default:
			i++
			continue
		}
		for {
			for i < len(s) && isDigit(s[i]) {
				i++
			}
			if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
				i++
				continue
			}
			break
		}
		out = append(out, [2]int{start, i})
	}
	return out
}

// clauseRef resolves the number s[a:b] with its cue into a reference span,
// or returns nil when an uncued number names nothing.
func (r *resolver) clauseRef(s string, a, b int, cue *lang.Cue, cueStart int, clause *model.Clause) *span {
	number := s[a:b]
	end := b
	label := ""
	// The suffix is at most 7 bytes long: " (abcd)".
	if m := reItemSuffix.FindStringSubmatch(s[b:min(len(s), b+8)]); m != nil {
		label = m[1] + m[2]
		end = b + len(m[0])
	}
	target, doc := r.doc, ""
	if d, n := r.documentAfter(s, end); d != nil {
		target, doc, end = d, d.Meta.ID, end+n
	}
	ref := &model.Reference{Kind: model.RefClause, Target: number, Document: doc}
	if cue != nil {
		ref.Cue = cue.Words
	}
	switch {
	case label != "":
		ref.Kind, ref.Target = model.RefItem, number+"."+label
		ref.Resolved = target.Item(ref.Target) != nil
		if !ref.Resolved && target.Clause(number) == nil && cue == nil {
			return nil
		}
	case cue != nil && cue.Kind == lang.CueItem && !strings.Contains(number, ".") && clause != nil && r.hasItem(clause, number):
		ref.Kind, ref.Target, ref.Resolved = model.RefItem, clause.Anchor+"."+number, true
	default:
		ref.Resolved = target.Clause(number) != nil
		if !ref.Resolved && cue == nil {
			return nil
		}
	}
	start, link := a, a
	if cue != nil {
		start = cueStart
		if cue.Kind != lang.CueAny && cue.Kind != lang.CueItem {
			link = cueStart
		}
	}
	ref.Text = s[start:end]
	return &span{start: start, end: end, link: link, ref: ref}
}

// hasItem reports whether clause c has a sub-item of its own with the
// label. The labels of the last clause asked about are kept: a paragraph
// may ask thousands of times.
func (r *resolver) hasItem(c *model.Clause, label string) bool {
	if r.labelsOf != c {
		r.labelsOf, r.labels = c, map[string]bool{}
		for _, it := range c.Items {
			if it.Parent == nil {
				r.labels[it.Label] = true
			}
		}
	}
	return r.labels[label]
}

// documentAfter recognises "van de Algemene Voorwaarden" after a number and
// returns the document it names with the length of the phrase.
func (r *resolver) documentAfter(s string, at int) (*model.Document, int) {
	rest := s[at:]
	for _, intro := range []string{" van de ", " van het ", " van ", " of the ", " of "} {
		if !strings.HasPrefix(rest, intro) {
			continue
		}
		for _, d := range r.corpus.related(r.doc) {
			names := append([]string{d.Meta.Title}, d.Meta.Aliases...)
			for _, name := range names {
				if strings.HasPrefix(rest[len(intro):], name) && boundaryAfter(s, at+len(intro)+len(name)) {
					if d == r.doc {
						return nil, 0
					}
					return d, len(intro) + len(name)
				}
			}
		}
	}
	return nil, 0
}

// cueNamed returns the cue with the given words, or nil.
func (r *resolver) cueNamed(words string) *lang.Cue {
	cues := lang.Cues(r.doc.Meta.Language)
	for i := range cues {
		if cues[i].Words == words {
			return &cues[i]
		}
	}
	return nil
}

// numberAlone checks that s[a:b] is a whole number token, not part of a
// word, an amount with a decimal comma or a longer number.
func numberAlone(s string, a, b int) bool {
	if a > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:a])
		if isWordRune(p) || p == '.' || p == ',' || p == '/' || p == ':' || p == '-' || p == '€' || p == '$' {
			return false
		}
	}
	if b < len(s) {
		n, w := utf8.DecodeRuneInString(s[b:])
		digitAfter := b+w < len(s) && isDigit(s[b+w])
		if isWordRune(n) || n == '%' || (n == ':' || n == '/' || n == ',') && digitAfter {
			return false
		}
		if n == '.' && b+1 < len(s) && isDigit(s[b+1]) {
			return false
		}
	}
	return true
}

// notAReference rejects amounts, periods and bracketed counts; numbers with
// long parts (dates, amounts) are left to longClause.
func (c *context) notAReference(a, b int) bool {
	s := c.s
	if c.currencyBefore(a) || c.periodAfter(b) {
		return true
	}
	if a > 0 && s[a-1] == '(' && b < len(s) && s[b] == ')' {
		return true // één (1) jaar
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func boundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

// spanCursor tells whether stretches of text, asked about in reading
// order, overlap a set of spans: in time linear in both.
type spanCursor struct {
	spans []span // by start
	i     int    // spans before i end before the stretches still to come
}

func newSpanCursor(spans []span) *spanCursor {
	sorted := append([]span(nil), spans...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].start < sorted[j].start })
	return &spanCursor{spans: sorted}
}

// overlaps reports whether s[a:b] overlaps a span; a never decreases from
// one call to the next.
func (c *spanCursor) overlaps(a, b int) bool {
	for c.i < len(c.spans) && c.spans[c.i].end <= a {
		c.i++
	}
	for _, sp := range c.spans[c.i:] {
		if sp.start >= b {
			return false
		}
		if a < sp.end {
			return true
		}
	}
	return false
}

func dropOverlaps(spans []span) []span {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	for _, sp := range spans {
		if len(out) > 0 && sp.start < out[len(out)-1].end {
			continue
		}
		out = append(out, sp)
	}
	return out
}
