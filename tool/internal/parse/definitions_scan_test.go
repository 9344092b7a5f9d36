package parse

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// TestStartPatternFindsWhatThePatternFinds: trying a pattern only where a
// match may start finds the same matches, with the same groups, as the
// unanchored pattern, on texts made of the characters the patterns look at.
func TestStartPatternFindsWhatThePatternFinds(t *testing.T) {
	patterns := []struct {
		name string
		fast startPattern
		slow *regexp.Regexp
	}{
		{"term token", termToken, regexp.MustCompile(termTokenExpr)},
		{"unquoted name", unquotedName, unanchored(unquotedName)},
		{"bracket group", bracketGroup, unanchored(bracketGroup)},
	}
	pieces := []string{"a", "Term", "de ", "the ", "le", " ", "\u00a0", "\u202f", "\n", "\t", "(", ")", "\"", "“", "”", "„", "‘", "’", "'", "«", "»", "‹", "›", "‚",
		"\x01", "\x02", "\x03", "é", "-", ",", ".", "x y", "Één"}
	r := rand.New(rand.NewPCG(1, 2))
	texts := []string{"", "(", "\xe2\x80", "a\xc2(\xe2\x80\x9cB\xe2\x80\x9d)", "a (B)", "a (B) (C)", "a  (de Kredietgever) b", "**", "\x01Term\x02", "«\u00a0Terme\u00a0»", "(\"A\")", "x\u00a0(Y)"}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(14); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := quoteOrBold.index(s), strings.IndexAny(s, quoteOpen+quoteClose+"\x01"); got != want {
			t.Fatalf("first quote or bold in %q at %d, want %d", s, got, want)
		}
	}
	for _, p := range patterns {
		for _, s := range texts {
			got, want := p.fast.findAll(s), p.slow.FindAllStringSubmatchIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Fatalf("%s in %q: found %v, want %v", p.name, s, got, want)
			}
		}
	}
}

// unanchored is the pattern of p as an unanchored search.
func unanchored(p startPattern) *regexp.Regexp {
	return regexp.MustCompile(strings.TrimSuffix(strings.TrimPrefix(p.re.String(), "^(?:"), ")"))
}

// TestKeyedPatternMatchesWhatThePatternMatches: the test for keys never
// skips a text the pattern matches, in any case and with the characters
// that fold to ASCII letters.
func TestKeyedPatternMatchesWhatThePatternMatches(t *testing.T) {
	pieces := []string{"hereinafter", "HEREINAFTER", "referred to aſ", "ci-deſſous", "Hereinafter ", "referred to as", "hierna", "HIERNA:", "nachfolgend", "im Folgenden", "ci-après dénommée",
		"CI-APRÈS", "dénommé", "genannt", "te noemen", "the ", "l'", "l’", " ", "\u00a0", ":", ",", "x", "é", "\u212a", "as", "de "}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(6); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := namedBefore.match(s), namedBefore.re.MatchString(s); got != want {
			t.Fatalf("match %q = %v, want %v", s, got, want)
		}
	}
	if namedBefore.mayMatch("such as the") {
		t.Errorf("a text without any key may match")
	}
}

// TestPlainHas: plainHas agrees with model.PlainText on every kind of inline.
func TestPlainHas(t *testing.T) {
	tx := func(s string) *model.Text { return &model.Text{Value: s} }
	lists := [][]model.Inline{
		nil,
		{tx("a (b)")},
		{tx("a"), &model.SoftBreak{}, tx("b:")},
		{&model.Emphasis{Level: 2, Children: []model.Inline{tx("(x")}}},
		{&model.CodeSpan{Value: "f(x)"}},
		{&model.Link{URL: "https://e.org/(a)", Children: []model.Inline{tx("site")}}},
		{&model.Link{URL: "u", Children: []model.Inline{tx("see (a):")}}},
		{&model.RawHTML{Value: "<a title=\"(:\">"}},
		{&model.TermUse{Text: "Term (b)"}},
		{&model.TermDef{Children: []model.Inline{tx("Def:")}}},
		{&model.Ref{Text: "art. 1(2):"}},
		{&model.LineBreak{}, tx("none")},
	}
	for _, ins := range lists {
		for _, c := range []byte("(:x") {
			if got, want := plainHas(ins, c), strings.IndexByte(model.PlainText(ins), c) >= 0; got != want {
				t.Errorf("plainHas(%q, %q) = %v, want %v", model.PlainText(ins), c, got, want)
			}
		}
	}
}
