package resolve

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// span is a stretch of a text run that is a term use or a reference.
type span struct {
	start, end int // bytes in the run
	link       int // where the clickable part of a reference starts
	def        *model.Definition
	ref        *model.Reference

	// A number that points into another text is kept as text: external
	// spans only keep the reference finder off it.
	external bool
	number   string // the clause number, for a list that turns out external
	memberOf string // the article whose paragraph this is: "10" for "artikel 10 lid 2"
	weak     bool   // introduced by a weak cue (or continuing such a list)
}

var (
	reAnnex = lazyre.Func(func() string {
		return `(` + strings.Join(lang.AnnexWords, "|") + `)\s+(\d+|[A-Z])`
	})
	reItemSuffix = lazyre.New(`^\s?(?:([a-z]{1,4})\)|\(([a-z]{1,4}|\d{1,2})\))`)
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
	var chain []int // the spans of the list the last span belongs to
	ctx := newContext(s, lang.Cues(r.doc.Meta.Language))
	free := newSpanCursor(taken)
	for _, m := range numbers(s) {
		a, b := m[0], m[1]
		suffixed := letterSuffix(s, a, b)
		if suffixed {
			b++
		}
		first := frenchFirst(s, a, b) // "l'article 1er"
		if free.overlaps(a, b) || !first && !numberAlone(s, a, b) || ctx.notAReference(a, b) || ctx.labelBefore(a) {
			continue
		}
		number := s[a:b]
		cue, cueStart, strongCue := ctx.cueBefore(a)
		continued, joined := false, false
		if cue == nil && prev != nil && ctx.listJoins(prev.end, a) {
			cue, cueStart, continued = r.cueNamed(prev.ref.Cue), a, true
			strongCue = cue != nil && cue.Strong && !prev.weak
		} else if cue != nil && prev != nil && prev.end <= cueStart && ctx.listJoins(prev.end, cueStart) && sameCue(prev.ref.Cue, cue.Words) {
			joined = true // "artikel 90 lid 1 of artikel 91 van Boek 3"
		}
		dotted := strings.Contains(number, ".")
		if (suffixed || first) && (cue == nil || !strongCue || cue.Kind != lang.CueArticle && !(continued && prev.memberOf != "")) {
			continue
		}
		articleCue := cue != nil && strongCue && cue.Kind == lang.CueArticle && !dotted && len(number) <= 4
		if !dotted && (cue == nil || !strongCue) || longPart(number) && !articleCue && !r.longClause(number, strongCue) || r.zeroPart(number) {
			continue
		}
		var sp *span
		memberPath := continued && prev.memberOf != "" && !dotted && !suffixed && !r.ownMembers(s, b)
		if memberPath {
			sp = r.memberContinued(s, a, b, prev)
			if sp != nil && !sp.external && !sp.ref.Resolved && r.doc.Clause(number) != nil {
				sp, memberPath = nil, false // "de artikelen 432 lid 3, 434 en 442"
			}
		}
		if !memberPath {
			sp = r.clauseRef(s, a, b, cue, cueStart, clause)
		}
		if sp == nil {
			continue
		}
		if first && sp.end == b {
			if sp.ref.Text == s[sp.start:b] {
				sp.ref.Text = s[sp.start : b+2]
			}
			sp.end = b + 2 // the link takes in "er"
		}
		if continued {
			sp.ref.Cue = prev.ref.Cue
		}
		sp.weak = cue != nil && !strongCue
		if !sp.external && !sp.ref.Resolved && sp.ref.Doubt == "" && sp.weak {
			because(doubtWeakCue, cue.Words).set(sp.ref)
		}
		out = append(out, *sp)
		if continued || joined {
			chain = append(chain, len(out)-1)
		} else {
			chain = []int{len(out) - 1}
		}
		if sp.external {
			r.externalList(out, chain)
		}
		prev = &out[len(out)-1]
	}
	return out
}

// externalList makes every earlier reference of a list external when its
// last one is: "de artikelen 37 en 38a van de Faillissementswet".
func (r *resolver) externalList(out []span, chain []int) {
	last := out[chain[len(chain)-1]]
	for _, i := range chain[:len(chain)-1] {
		sp := &out[i]
		if sp.external {
			continue
		}
		if last.ref != nil && last.ref.Kind == model.RefStatute && sp.number != "" {
			st, _, _ := strings.Cut(last.ref.Target, " ")
			sp.ref = r.statuteRef(st, sp.number, sp.ref.Cue, sp.ref.Text)
			continue
		}
		sp.external = true
	}
}

// actBefore reports whether an abbreviation in capitals names the text
// right before a reference's cue: "FAR section 12.212", "DFARS 227.7202".
func actBefore(s string, cueStart int) bool {
	t := cueStart
	if t == 0 || s[t-1] != ' ' {
		return false
	}
	t--
	w := t
	for w > 0 && s[w-1] != ' ' && s[w-1] != '(' {
		w--
	}
	word := s[w:t]
	for i := 0; i < len(word); i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return len(word) >= 2 && strings.Trim(word, "IVXLC") != ""
}

// ownMembers reports whether paragraphs follow the number ending at byte
// b: "431 lid 1" is an article even within a list of paragraphs.
func (r *resolver) ownMembers(s string, b int) bool {
	labels, _ := memberTail(s, b)
	return len(labels) > 0
}

// sameCue reports whether two cue words name the same kind of text in the
// same words, singular or plural: "artikel 90 lid 1 of artikel 91 van
// Boek 3" is one list of another text's articles.
func sameCue(a, b string) bool {
	a, b = strings.ReplaceAll(a, "§§", "§"), strings.ReplaceAll(b, "§§", "§")
	if a == "" || b == "" || articleWords[a] != articleWords[b] {
		return !articleWords[a] && !articleWords[b] || a == "" && b == ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(a, "en"), "s") == strings.TrimSuffix(strings.TrimSuffix(b, "en"), "s")
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// hasLetteredClause reports whether d has a clause numbered with a letter
// at its end ("50a"), as legalkit read it.
func (r *resolver) hasLetteredClause(d *model.Document) bool {
	if v, ok := r.lettered[d]; ok {
		return v
	}
	found := false
	defer func() {
		if r.lettered == nil {
			r.lettered = map[*model.Document]bool{}
		}
		r.lettered[d] = found
	}()
	d.Walk(func(c *model.Clause) {
		if n := c.Number; n != "" && isLetter(n[len(n)-1]) && isDigit(n[0]) {
			found = true
		}
	})
	return found
}

// letterSuffix reports whether the number s[a:b] carries one lower-case
// letter ("50g", "38a"), as Dutch and German articles inserted later do.
func letterSuffix(s string, a, b int) bool {
	return b < len(s) && s[b] >= 'a' && s[b] <= 'z' && boundaryAfter(s, b+1) && !strings.Contains(s[a:b], ".")
}

// zeroPart reports whether a dotted number has a part that is 0 or starts
// with 0 ("3.0", "1.05") and names no clause: a version, not a reference.
func (r *resolver) zeroPart(number string) bool {
	if !strings.Contains(number, ".") || r.doc.Clause(number) != nil {
		return false
	}
	for _, p := range strings.Split(number, ".") {
		if p != "" && p[0] == '0' {
			return true
		}
	}
	return false
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
// or returns nil when an uncued number names nothing. What follows the
// number may name an item ("3.2.2 i)", "8(2)"), a paragraph or part of the
// article ("artikel 10 lid 2", "§ 3 Abs. 2") and the text it belongs to
// ("van de Algemene Voorwaarden", "van deze wet", "van de Tabakswet").
func (r *resolver) clauseRef(s string, a, b int, cue *lang.Cue, cueStart int, clause *model.Clause) *span {
	number := s[a:b]
	start, link := a, a
	if cue != nil {
		start = cueStart
		if cue.Kind != lang.CueAny && cue.Kind != lang.CueItem && cue.Kind != lang.CueMember {
			link = cueStart
		}
	}
	if cue != nil && (cue.Kind == lang.CueMember || cue.Kind == lang.CueItem) && !strings.Contains(number, ".") {
		return r.relativeRef(s, a, b, start, link, cue, clause)
	}
	end := b
	var labels []string
	// The suffix is at most 7 bytes long: " (abcd)".
	bracketed := false
	if m := reItemSuffix.FindStringSubmatch(s[b:min(len(s), b+8)]); m != nil {
		labels = append(labels, m[1]+m[2])
		end, bracketed = b+len(m[0]), true
	}
	if cue != nil && cue.Kind == lang.CueArticle || len(labels) > 0 {
		more, e := memberTail(s, end)
		labels, end = append(labels, more...), e
	}
	target, doc := r.doc, ""
	if d, n := r.documentAfter(s, end); d != nil {
		target, doc, end = d, d.Meta.ID, end+n
	} else if cue != nil && cue.Kind == lang.CueArticle && actBefore(s, cueStart) {
		return &span{start: start, end: end, link: link, external: true, number: number,
			ref: &model.Reference{Kind: model.RefClause, Target: number, Text: s[start:end], Cue: cueOf(cue)}}
	} else if sc := r.scopeOf(s, end, cueOf(cue)); sc.kind == scopeOther {
		if sc.statute != "" {
			cueWords := ""
			if cue != nil {
				cueWords = cue.Words
			}
			sp := &span{start: start, end: end + sc.n, link: start, number: number,
				ref: r.statuteRef(sc.statute, number, cueWords, s[start:end+sc.n])}
			return sp
		}
		return &span{start: start, end: end, link: link, external: true, number: number,
			ref: &model.Reference{Kind: model.RefClause, Target: number, Text: s[start:end], Cue: cueOf(cue)}}
	}
	ref := &model.Reference{Kind: model.RefClause, Target: number, Document: doc, Cue: cueOf(cue)}
	sp := &span{start: start, end: end, link: link, ref: ref, number: number}
	art := target.Clause(number)
	switch {
	case len(labels) > 0 && art != nil:
		m := memberIn(target, art, labels, bracketed)
		ref.Kind, ref.Target, ref.Resolved = m.kind, m.target, m.resolved
		m.doubt.set(ref)
		sp.memberOf = number
	case len(labels) > 0:
		ref.Kind, ref.Target = model.RefItem, number+"."+strings.Join(labels, ".")
		if cue == nil {
			return nil
		}
	default:
		if w := cueWord(cue); w != "" {
			if c := r.chapter(target, w, number); c != nil {
				ref.Target = c.Anchor
			}
		}
		ref.Resolved = target.Clause(ref.Target) != nil
		itemNumbered(target, ref)
		if !ref.Resolved && cue == nil {
			return nil
		}
	}
	if doc != "" {
		sp.memberOf = ""
	}
	if !ref.Resolved && isLetter(number[len(number)-1]) && !r.hasLetteredClause(target) {
		because(doubtNoLettered, number).set(ref)
	}
	ref.Text = s[start:end]
	return sp
}

// relativeRef resolves "lid 3", "paragraph 1", "onder 2": a paragraph or
// item of the clause the text stands in, or of the article named after it
// ("lid 3 van artikel 2.2"). An item cue ("onder", "sub", "under") that
// finds no such item is no reference: "kinderen onder 16".
func (r *resolver) relativeRef(s string, a, b, start, link int, cue *lang.Cue, clause *model.Clause) *span {
	label := s[a:b]
	if cue.Kind == lang.CueMember && numberBefore(s, start) {
		return nil // "artikel 670, leden 1": an article legalkit did not read as one
	}
	end := b
	labels, e := memberTail(s, end)
	if cue.Kind == lang.CueMember && len(labels) > 0 && !isDigit(labels[0][0]) {
		end = e // "lid 1 onder b"
	} else {
		labels = nil
	}
	var m member
	memberOfNum := ""
	if num, e := articleAfter(s, end); num != "" {
		end = e
		if sc := r.scopeAfter(s, e); sc.kind == scopeOther { // "lid 4 van artikel 11 van Boek 6"
			return &span{start: start, end: end, link: link, external: true,
				ref: &model.Reference{Kind: model.RefItem, Target: num + "." + label, Text: s[start:end], Cue: cue.Words}}
		}
		if art := r.doc.Clause(num); art != nil {
			m = memberOf(r.doc, art, append([]string{label}, labels...))
			memberOfNum = num
		} else {
			m = member{kind: model.RefItem, target: num + "." + label}
		}
	} else if sc, num := r.listScope(s, end, cue.Words); sc.kind == scopeOther || num != "" {
		if num != "" { // "de leden 1 en 2 van artikel 48"
			return r.articleMember(s, start, end, link, cue, num, label)
		}
		return &span{start: start, end: end, link: link, external: true,
			ref: &model.Reference{Kind: model.RefItem, Target: label, Text: s[start:end], Cue: cue.Words}}
	} else {
		m = r.listMember(s, start, end, clause, label, cue.Kind)
		if len(labels) > 0 && m.resolved {
			if r.doc.Item(m.target+"."+labels[0]) != nil {
				m.target, m.kind = m.target+"."+labels[0], model.RefItem
			}
		}
		if !m.resolved && cue.Kind == lang.CueItem {
			return nil
		}
		if clause != nil {
			memberOfNum = clause.Anchor
		}
	}
	ref := &model.Reference{Kind: m.kind, Target: m.target, Resolved: m.resolved, Cue: cue.Words, Doubt: m.doubt.format, DoubtArgs: m.doubt.args, Text: s[start:end]}
	return &span{start: start, end: end, link: link, ref: ref, memberOf: memberOfNum}
}

// articleMember is paragraph label of article num, named after the list
// the paragraph stands in.
func (r *resolver) articleMember(s string, start, end, link int, cue *lang.Cue, num, label string) *span {
	m := member{kind: model.RefItem, target: num + "." + label}
	if art := r.doc.Clause(num); art != nil {
		m = memberOf(r.doc, art, []string{label})
	}
	ref := &model.Reference{Kind: m.kind, Target: m.target, Resolved: m.resolved, Cue: cue.Words, Text: s[start:end]}
	return &span{start: start, end: end, link: link, ref: ref, memberOf: num}
}

// memberContinued resolves a number that continues a list of paragraphs:
// "3" in "artikel 10 lid 2 en 3", "6" in "de leden 1 tot en met 6".
func (r *resolver) memberContinued(s string, a, b int, prev *span) *span {
	if sc, num := r.listScope(s, b, prev.ref.Cue); sc.kind == scopeOther {
		return &span{start: a, end: b, link: a, external: true, ref: &model.Reference{Kind: model.RefItem, Target: s[a:b]}}
	} else if num != "" && num != prev.memberOf {
		return r.articleMember(s, a, b, a, &lang.Cue{}, num, s[a:b])
	}
	var m member
	if art := r.doc.Clause(prev.memberOf); art != nil {
		m = memberOf(r.doc, art, []string{s[a:b]})
	} else {
		return nil
	}
	ref := &model.Reference{Kind: m.kind, Target: m.target, Resolved: m.resolved, Doubt: m.doubt.format, DoubtArgs: m.doubt.args, Text: s[a:b]}
	return &span{start: a, end: b, link: a, ref: ref, memberOf: prev.memberOf}
}

// scopeOf reads the text a reference ending at byte at points into: the
// phrase right after it ("Article 28(3) of the GDPR", whose statute
// reference takes the phrase in), or the one that ends its list ("de
// artikelen 37 en 38a van de Faillissementswet", taken by the last).
func (r *resolver) scopeOf(s string, at int, cue string) scopeInfo {
	if sc := r.scopeAfter(s, at); sc.kind != scopeNone {
		return sc
	}
	sc, _ := r.listScope(s, at, cue)
	sc.n = 0
	return sc
}

// statuteRef is a reference to article number of a known statute, read
// from the scope after it: "Article 28(3) of the GDPR".
func (r *resolver) statuteRef(statute, number, cue, text string) *model.Reference {
	p := lang.Provision{ID: statute, Article: number, Language: r.doc.Meta.Language, Date: pinDate(r.doc.Meta)}
	return &model.Reference{Kind: model.RefStatute, Target: statute + " " + number, Resolved: true, Cue: cue,
		Text: text, URL: lang.StatuteURL(p)}
}

func cueOf(c *lang.Cue) string {
	if c == nil {
		return ""
	}
	return c.Words
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

// frenchFirst reports whether the number s[a:b] is 1 written as the French
// ordinal "1er" or "1re" ("l'article 1er", "la 1re partie").
func frenchFirst(s string, a, b int) bool {
	return s[a:b] == "1" && b+2 <= len(s) && (s[b:b+2] == "er" || s[b:b+2] == "re") && boundaryAfter(s, b+2) &&
		(a == 0 || s[a-1] == ' ')
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
		if n == '-' && b+1 < len(s) && isWordRune(rune(s[b+1])) && !isDigit(s[b+1]) {
			return false // "de Artikel 29-werkgroep": a word made with the number
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
