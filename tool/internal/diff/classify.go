package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// The reasons why a change is editorial, in the order they are tried.
const (
	ReasonRenumbered     = "reference-renumbered" // a reference number updated to follow a renumbering
	ReasonWhitespace     = "whitespace"
	ReasonTypography     = "typography" // curly and straight quotes, dashes, ligatures, invisible characters
	ReasonCapitalisation = "capitalisation"
	ReasonPunctuation    = "punctuation"
	ReasonRepeatedWord   = "repeated-word" // "en en" became "en"
)

var reasonOrder = []string{ReasonRenumbered, ReasonWhitespace, ReasonTypography, ReasonCapitalisation, ReasonPunctuation, ReasonRepeatedWord}

// classifier decides which hunks are editorial.
type classifier struct {
	renumber map[string]string // old clause number -> new clause number, for clauses whose number changed
	oldTerms map[string]bool   // capitalised words of the old version's defined terms
	newTerms map[string]bool
	cues     map[string]bool // cue words that make a bare number a reference: "artikel", "zie"
}

func newClassifier(oldDoc, newDoc *model.Document, renumber map[string]string) *classifier {
	c := &classifier{renumber: renumber, oldTerms: termWords(oldDoc), newTerms: termWords(newDoc), cues: map[string]bool{}}
	for _, l := range []string{oldDoc.Meta.Language, newDoc.Meta.Language} {
		for _, cue := range lang.Cues(l) {
			if cue.Strong && !strings.Contains(cue.Words, " ") {
				c.cues[cue.Words] = true
			}
		}
	}
	return c
}

// termWords collects the capitalised words of every form of every defined
// term: changing the case of one of those makes or unmakes a term.
func termWords(d *model.Document) map[string]bool {
	out := map[string]bool{}
	for _, def := range d.AllDefinitions() {
		for _, f := range def.Forms {
			for _, w := range strings.Fields(f) {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// classify marks each hunk of t substantive or editorial. When the hunks
// one by one look substantive but the whole texts differ only editorially
// (a renumbered reference split over two hunks), the whole decides.
func (c *classifier) classify(t *TextDiff) {
	if t == nil {
		return
	}
	for k := range t.Hunks {
		h := &t.Hunks[k]
		before, after := context(t.Segments, k)
		reasons, ok := c.editorial(before, h.Delete, h.Insert, after)
		if !ok {
			reasons, ok = repeatedWord(before, h.Delete, h.Insert, after)
		}
		h.Substantive = !ok
		h.Reasons = reasons
	}
	if !t.Substantive() || !c.numbersOnly(t) {
		return
	}
	if reasons, ok := c.editorial(nil, t.Old, t.New, nil); ok {
		for k := range t.Hunks {
			if t.Hunks[k].Substantive {
				t.Hunks[k].Substantive = false
				t.Hunks[k].Reasons = reasons
			}
		}
	}
}

// numbersOnly reports whether every substantive hunk deletes or inserts a
// number: only then can the whole text turn out editorial when the hunks
// alone do not (a renumbered reference list split over two hunks).
func (c *classifier) numbersOnly(t *TextDiff) bool {
	if len(c.renumber) == 0 {
		return false
	}
	for _, h := range t.Hunks {
		if !h.Substantive {
			continue
		}
		has := false
		for _, tok := range tokenize(h.Delete + " " + h.Insert) {
			has = has || isNumberToken(tok)
		}
		if !has {
			return false
		}
	}
	return true
}

// context returns up to four tokens of equal text on each side of hunk k.
func context(segs []Segment, k int) (before, after []string) {
	first, last := -1, -1
	for i, s := range segs {
		if s.Hunk == k {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first > 0 && segs[first-1].Op == Equal {
		toks := tokenize(segs[first-1].Text)
		if len(toks) > 4 {
			toks = toks[len(toks)-4:]
		}
		before = toks
	}
	if last >= 0 && last+1 < len(segs) && segs[last+1].Op == Equal {
		toks := tokenize(segs[last+1].Text)
		if len(toks) > 4 {
			toks = toks[:4]
		}
		after = toks
	}
	return before, after
}

// step is one editorial normalisation.
type step struct {
	reason string
	apply  func(string) string
}

var steps = []step{
	{ReasonWhitespace, collapseSpace},
	{ReasonTypography, typography.Replace},
	{ReasonCapitalisation, strings.ToLower},
	{ReasonPunctuation, wordsOnly},
}

// editorial reports whether del can become ins by editorial changes only,
// seen within the context tokens, and the reasons needed to get there.
func (c *classifier) editorial(before []string, del, ins string, after []string) ([]string, bool) {
	ctxB, ctxA := strings.Join(before, ""), strings.Join(after, "")
	mapped := c.mapNumbers(before, del)
	try := func(skip string) bool {
		x, y := ctxB+del+ctxA, ctxB+ins+ctxA
		if skip != ReasonRenumbered {
			x = ctxB + mapped + ctxA
		}
		if x == y {
			return true
		}
		for _, s := range steps {
			if s.reason == skip {
				continue
			}
			x, y = s.apply(x), s.apply(y)
			if x == y {
				return true
			}
		}
		return false
	}
	if !try("") {
		return nil, false
	}
	var reasons []string
	for _, r := range []string{ReasonRenumbered, ReasonWhitespace, ReasonTypography, ReasonCapitalisation, ReasonPunctuation} {
		if !try(r) {
			reasons = append(reasons, r)
		}
	}
	if len(reasons) == 0 {
		// Each change alone is enough (for example a curly quote that is
		// also punctuation): name the first one that explains it.
		for _, r := range []string{ReasonRenumbered, ReasonWhitespace, ReasonTypography, ReasonCapitalisation, ReasonPunctuation} {
			if c.explains(r, ctxB, del, mapped, ins, ctxA) {
				reasons = []string{r}
				break
			}
		}
	}
	for _, r := range reasons {
		if r == ReasonCapitalisation && !sameTerms(del, ins, c.oldTerms, c.newTerms) {
			return nil, false // "klant" became the defined term "Klant"
		}
	}
	return reasons, true
}

// explains reports whether one normalisation alone explains the change.
func (c *classifier) explains(reason, ctxB, del, mapped, ins, ctxA string) bool {
	x, y := ctxB+del+ctxA, ctxB+ins+ctxA
	if reason == ReasonRenumbered {
		return ctxB+mapped+ctxA == y
	}
	for _, s := range steps {
		if s.reason == reason {
			return s.apply(x) == s.apply(y)
		}
	}
	return false
}

// mapNumbers rewrites the clause numbers in del that the renumbering
// changed. A dotted number ("4.6.1") always counts; a bare one ("4") only
// after a cue word ("artikel 4"), so that "4 weken" stays an amount.
func (c *classifier) mapNumbers(before []string, del string) string {
	if len(c.renumber) == 0 {
		return del
	}
	toks := tokenize(del)
	changed := false
	for i, t := range toks {
		to, ok := c.renumber[t]
		if !ok || !isNumberToken(t) {
			continue
		}
		if !strings.ContainsAny(t, ".") && !c.cueBefore(append(append([]string(nil), before...), toks[:i]...)) {
			continue
		}
		toks[i] = to
		changed = true
	}
	if !changed {
		return del
	}
	return strings.Join(toks, "")
}

func (c *classifier) cueBefore(toks []string) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		if isSpaceToken(toks[i]) {
			continue
		}
		return c.cues[strings.ToLower(toks[i])]
	}
	return false
}

// sameTerms reports whether del and ins hold the same words that belong to
// defined terms, so that a change of capitals creates or removes no term.
func sameTerms(del, ins string, oldTerms, newTerms map[string]bool) bool {
	a, b := map[string]bool{}, map[string]bool{}
	for _, t := range tokenize(del) {
		if oldTerms[t] {
			a[t] = true
		}
	}
	for _, t := range tokenize(ins) {
		if newTerms[t] {
			b[t] = true
		}
	}
	if len(a) != len(b) {
		return false
	}
	for t := range a {
		if !b[t] {
			return false
		}
	}
	return true
}

// repeatedWord recognises the removal of a word written twice in a row.
func repeatedWord(before []string, del, ins string, after []string) ([]string, bool) {
	if ins != "" {
		return nil, false
	}
	var words []string
	for _, t := range tokenize(del) {
		switch {
		case isSpaceToken(t):
		case isWordToken(t):
			words = append(words, t)
		default:
			return nil, false
		}
	}
	if len(words) != 1 {
		return nil, false
	}
	w := words[0]
	if prev := lastWord(before); strings.EqualFold(prev, w) {
		return []string{ReasonRepeatedWord}, true
	}
	if next := firstWord(after); strings.EqualFold(next, w) {
		return []string{ReasonRepeatedWord}, true
	}
	return nil, false
}

func lastWord(toks []string) string {
	for i := len(toks) - 1; i >= 0; i-- {
		if isWordToken(toks[i]) {
			return toks[i]
		}
		if !isSpaceToken(toks[i]) {
			return ""
		}
	}
	return ""
}

func firstWord(toks []string) string {
	for _, t := range toks {
		if isWordToken(t) {
			return t
		}
		if !isSpaceToken(t) {
			return ""
		}
	}
	return ""
}

func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

var typography = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "-", "‒", "-", "―", "-", "‐", "-", "‑", "-",
	"…", "...", "ﬁ", "fi", "ﬂ", "fl",
	"\u00ad", "", "\u200b", "", "\u2060", "", "\ufeff", "",
)

// punctuation lists the characters whose addition or removal is editorial.
// Symbols that carry meaning (%, €, /, &, §, +) are not among them.
const punctuation = `.,;:!?'"()[]{}‘’‚‛“”„‟«»‹›–—‒―-‐‑…`

var apostrophes = strings.NewReplacer("'", "", "’", "")

// wordsOnly keeps the words and meaningful symbols of s, one space apart:
// punctuation goes, hyphens inside words split them, apostrophes inside
// words go. Numbers are kept whole: "1,5" never becomes "15".
func wordsOnly(s string) string {
	var out []string
	for _, t := range tokenize(s) {
		switch {
		case isSpaceToken(t):
		case isNumberToken(t):
			out = append(out, t)
		case isWordToken(t):
			t = apostrophes.Replace(t)
			out = append(out, strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '‐' })...)
		case strings.Contains(punctuation, t):
		default:
			out = append(out, t)
		}
	}
	return strings.Join(out, " ")
}
