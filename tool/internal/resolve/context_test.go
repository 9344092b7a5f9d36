package resolve

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// The reference finder once answered its questions about the text around a
// number by lower-casing and splitting the whole text before and after it,
// which made a paragraph with many references quadratic. These are those
// answers, kept as the specification the bounded windows of context must
// give again.

func specNotAReference(s string, a, b int) bool {
	// Numbers with long parts (dates, amounts) are left to longClause.
	words := strings.Fields(s[:a])
	if len(words) > 0 && lang.CurrencyWords[strings.Trim(words[len(words)-1], "(")] {
		return true
	}
	after := strings.Fields(s[b:])
	if len(after) > 0 && lang.PeriodWords[strings.ToLower(strings.Trim(after[0], ".,;:)"))] {
		return true
	}
	return a > 0 && s[a-1] == '(' && b < len(s) && s[b] == ')'
}

// specCueBefore returns the cue and its start as an offset in the
// lower-cased text, which is an offset in s only when lower-casing keeps
// every rune's length.
func specCueBefore(cues []lang.Cue, s string, a int) (*lang.Cue, int) {
	before := strings.ToLower(s[:a])
	trimmed := strings.TrimRight(before, " \u00a0")
	if len(trimmed) == len(before) {
		return nil, 0
	}
	var best *lang.Cue
	bestStart := 0
	for i := range cues {
		c := &cues[i]
		if strings.HasSuffix(trimmed, c.Words) && boundaryBefore(trimmed, len(trimmed)-len(c.Words)) {
			if best == nil || len(c.Words) > len(best.Words) {
				best, bestStart = c, len(trimmed)-len(c.Words)
			}
		}
	}
	return best, bestStart
}

var specListJoin = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,|en/of|and/or|und/oder|et/ou|en|of|and|or|und|oder|bis|sowie|et|ou|à|au|t/m|tot en met|to|through|-|–)\s*$`)

// contextPieces build texts full of the cases the answers distinguish.
var contextPieces = []string{
	" ", " ", "  ", "\u00a0", "\t", "\n", "\u2003", "(", ")", "((", "))", ".", ",", ";", ":", "/", "-", "–",
	"1", "4.6.1", "10", "2018", "1.250.000", "A.1", "x", "Klant", "é",
	"EUR", "€", "euro", "USD", "dagen", "Dagen", "DAGEN", "jaar", "procent", "weken.", "\u212aalenderdagen",
	"zie", "Zie", "zie ook", "ZIE", "artikel", "Artikel", "art.", "dit artikel", "onder", "in", "vastgelegd in",
	"see", "pursuant to", "in accordance with", "section", "Sections",
	"en", "of", "t/m", "tot en met", "en/of", "and", "or", "to", "through", "(Klanten)", "(ISV's)",
	"und", "bis", "et", "à", "und/oder", "Tage", "jours", "§", "siehe", "gemäß", "l’article", "voir",
	"(" + strings.Repeat("a", 40) + ")", "(" + strings.Repeat("a", 41) + ")", "(é)",
}

func randomContext(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(contextPieces[rng.IntN(len(contextPieces))])
	}
	return b.String()
}

// checkContext compares every answer about every number of s with the
// specification.
func checkContext(t *testing.T, language, s string) {
	t.Helper()
	cues := lang.Cues(language)
	ctx := newContext(s, cues)
	lengthKept := len(strings.ToLower(s)) == len(s)
	ends := []int{}
	for _, m := range numbers(s) {
		a, b := m[0], m[1]
		if got, want := ctx.notAReference(a, b), specNotAReference(s, a, b); got != want {
			t.Fatalf("notAReference(%q, %q) = %v, want %v", s[:a], s[a:], got, want)
		}
		gc, gs, _ := ctx.cueBefore(a)
		wc, ws := specCueBefore(cues, s, a)
		if gc != wc || gc != nil && lengthKept && gs != ws {
			t.Fatalf("cueBefore(%q) = %v at %d, want %v at %d", s[:a], gc, gs, wc, ws)
		}
		for _, from := range ends {
			if got, want := ctx.listJoins(from, a), specListJoin.MatchString(s[from:a]); got != want {
				t.Fatalf("listJoins(%q) = %v, want %v", s[from:a], got, want)
			}
		}
		ends = append(ends[max(0, len(ends)-2):], b)
	}
}

func TestContextAgreesWithSpecification(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 7))
	for i := range 4000 {
		language := []string{"en", "nl", "nl", "de", "fr"}[i%5]
		checkContext(t, language, randomContext(rng, 1+rng.IntN(40)))
	}
}

func FuzzContext(f *testing.F) {
	for _, s := range []string{"zie 4.6.1 en 4.6.2", "EUR 1.25 en (€ 10", "binnen 30 dagen.", "vastgelegd in 4.2.1 (Klanten) of 4.2.2", "één (1) jaar"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8ValidNoNUL(s) {
			t.Skip()
		}
		checkContext(t, "nl", s)
	})
}

func utf8ValidNoNUL(s string) bool {
	return strings.ToValidUTF8(s, "") == s && !strings.ContainsRune(s, 0)
}
