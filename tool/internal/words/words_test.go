package words

import (
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/legalkit/legalkit/tool/internal/testutil" // -update
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"zie 4.6.1.", []string{"zie", " ", "4.6.1", "."}},
		{"EUR 1.250.000,50", []string{"EUR", " ", "1.250.000,50"}},
		{"art. 7:404 BW", []string{"art", ".", " ", "7:404", " ", "BW"}},
		{"de Visma-groep en API's, API’s", []string{"de", " ", "Visma-groep", " ", "en", " ", "API's", ",", " ", "API’s"}},
		{"Visma‐groep", []string{"Visma‐groep"}}, // U+2010 HYPHEN
		{"Appendix A.1 en A.", []string{"Appendix", " ", "A.1", " ", "en", " ", "A", "."}},
		{"(gebruiks)voorwaarden", []string{"(", "gebruiks", ")", "voorwaarden"}},
		{"„as is”  –\tgeïnitieerd..", []string{"„", "as", " ", "is", "”", "  ", "–", "\t", "geïnitieerd", ".", "."}},
		{"en/of 50%", []string{"en", "/", "of", " ", "50", "%"}},
		{"3.2.2 i)", []string{"3.2.2", " ", "i", ")"}},
		{"e-mail- 'quote'", []string{"e-mail", "-", " ", "'", "quote", "'"}},
		{"ab1.2 B.V.", []string{"ab1", ".", "2", " ", "B", ".", "V", "."}},
		{"1..2", []string{"1", ".", ".", "2"}},
		// A mark with no precomposed letter stays in its word.
		{"n\u0308e\u0301 x\u0323", []string{"n\u0308e\u0301", " ", "x\u0323"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := Split(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNext(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		kind Kind
	}{
		{"", 0, Space},
		{" \t\nx", 3, Space},
		{"één twee", len("één"), Word},
		{"4.6.1.", len("4.6.1"), Word},
		{"§ 2", len("§"), Punct},
		{"’s", len("’"), Punct},
	}
	for _, tt := range tests {
		if n, k := Next(tt.in); n != tt.n || k != tt.kind {
			t.Errorf("Next(%q) = %d, %d; want %d, %d", tt.in, n, k, tt.n, tt.kind)
		}
	}
}

func TestIsNumber(t *testing.T) {
	for tok, want := range map[string]bool{"4": true, "4.6.1": true, "A.1": true, "1.000": true, "7:404": true,
		"1.250.000,50": true, "A": false, "a.1": false, "4a": false, "Klant": false, "": false} {
		if got := IsNumber(tok); got != want {
			t.Errorf("IsNumber(%q) = %v, want %v", tok, got, want)
		}
	}
}

func TestKinds(t *testing.T) {
	for tok, want := range map[string][2]bool{"Klant": {true, false}, "4.6": {true, false}, " \t": {false, true},
		".": {false, false}, "": {false, false}, "é": {true, false}} {
		if IsWord(tok) != want[0] || IsSpace(tok) != want[1] {
			t.Errorf("IsWord(%q), IsSpace = %v, %v; want %v", tok, IsWord(tok), IsSpace(tok), want)
		}
	}
}

// TestBounds: where a term may start and end in a text, marked "|".
func TestBounds(t *testing.T) {
	tests := []struct {
		s       string
		at      int
		starts  bool
		ends    bool
		comment string
	}{
		{"Visma-groep", len("Visma"), false, false, "a hyphen glued to letters"},
		{"Visma-groep", len("Visma-"), false, false, ""},
		{"Visma- en", len("Visma"), false, true, "a hyphen before a space ends the word"},
		{"Customer's", len("Customer"), false, true, "a possessive ends a term"},
		{"l'Accord", len("l'"), false, false, "an elided article glues"},
		{"'Klant'", 1, true, false, "a quotation mark is no joiner before a space"},
		{"(Klant)", 1, true, false, ""},
		{"Klant)", len("Klant"), false, true, ""},
		{"Klanten", len("Klant"), false, false, "inside a longer word"},
		{"e\u0301", 1, false, false, "a mark belongs to its letter"},
		{"Klant", 0, true, false, ""},
		{"Klant", len("Klant"), false, true, ""},
		{"x Klant", 2, true, false, ""},
	}
	for _, tt := range tests {
		if got := StartsAt(tt.s, tt.at); got != tt.starts {
			t.Errorf("StartsAt(%q, %d) = %v, want %v (%s)", tt.s, tt.at, got, tt.starts, tt.comment)
		}
		if got := EndsAt(tt.s, tt.at); got != tt.ends {
			t.Errorf("EndsAt(%q, %d) = %v, want %v (%s)", tt.s, tt.at, got, tt.ends, tt.comment)
		}
	}
}

// FuzzSplit: the tokens rebuild the text, none is empty, and a word token
// ends where EndsAt allows it unless an apostrophe or a number joiner follows.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"zie 4.6.1.", "de Visma-groep en API's", "A.1 B.V.", "e\u0301\u0301-", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		toks := Split(s)
		if strings.Join(toks, "") != s {
			t.Fatalf("tokens %q do not rebuild %q", toks, s)
		}
		at := 0
		for _, tok := range toks {
			if tok == "" {
				t.Fatalf("empty token in %q", toks)
			}
			if IsWord(tok) && !StartsAt(s, at) {
				t.Fatalf("word %q at %d of %q starts where StartsAt says no word starts", tok, at, s)
			}
			at += len(tok)
		}
	})
}
