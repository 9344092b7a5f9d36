package check_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// spoofFindings keeps the look-alike findings of findings().
func spoofFindings(t *testing.T, body string) []string {
	t.Helper()
	var out []string
	for _, f := range findings(t, "nl", body) {
		if strings.Contains(f, " text-bidi") || strings.Contains(f, " text-invisible") || strings.Contains(f, " text-mixed-script") {
			out = append(out, f)
		}
	}
	return out
}

const defs = "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | Wie koopt. |\n\n"

// Lines count from the first line after the front matter; the definitions
// table above takes lines 1-6, so a clause after it is on line 7.
func TestLookalikes(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"clean text", defs + "# 1. A\n\n1.1. De Klant betaalt; zie 1.2.\n\n1.2. Twee.\n", nil},
		{"a term in one other script is not mixed", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| \u041a\u043b\u0438\u0435\u043d\u0442 | Wie koopt. |\n", nil},
		{"Cyrillic and Latin in a defined term", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| К\u043bient | Wie koopt. |\n", []string{"5:3 error text-mixed-script"}},
		{"Cyrillic look-alike in the definition", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| \u041alant | Wie koopt. |\n\n# 1. A\n\n1.1. De Klant.\n",
			[]string{"5:3 error text-mixed-script"}},
		{"Greek look-alike in a use", defs + "# 1. A\n\n1.1. De Kl\u03b1nt betaalt.\n", []string{"9:11 error text-mixed-script"}},
		{"zero-width space in a use", defs + "# 1. A\n\n1.1. De Kl\u200bant betaalt.\n", []string{"9:11 error text-invisible"}},
		{"soft hyphen in a defined term", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant\u00adgegevens | Gegevens. |\n", []string{"5:8 error text-invisible"}},
		{"soft hyphen in ordinary words is fine", "# 1. A\n\n1.1. Een lang\u00adwoord.\n", nil},
		{"zero-width space in a clause number", "# 1. A\n\n1.1. Een.\n\n1.2\u200b.3. Twee.\n", []string{"5:4 error text-invisible"}},
		{"zero-width space after a reference", "# 1. A\n\n1.1. Zie 1.2\u200b.1.\n\n1.2. Twee.\n\n1.2.1. Drie.\n", []string{"3:13 error text-invisible"}},
		{"fullwidth digit in a reference", "# 1. A\n\n1.1. Zie 1.\uff12.\n\n1.2. Twee.\n", []string{"3:12 error text-mixed-script"}},
		{"right-to-left override before a reference", "# 1. A\n\n1.1. Zie \u202e1.2\u202c hierboven.\n\n1.2. Twee.\n\n2.1. Een.\n", []string{"3:10 error text-bidi"}},
		{"right-to-left override in a term", defs + "# 1. A\n\n1.1. De Kl\u202eant.\n", []string{"9:11 error text-bidi"}},
		{"isolate reaches a number further on", "# 1. A\n\n1.1. \u2067Zie daarvoor 1.2.\n\n1.2. Twee.\n", []string{"3:6 error text-bidi"}},
		{"override closed before ordinary words only", "# 1. A\n\n1.1. Een \u202ewoord\u202c en 1.2.\n\n1.2. Twee.\n", nil},
		{"left-to-right mark in a number", "# 1. A\n\n1.1. Zie 1.\u200e2.\n\n1.2. Twee.\n", []string{"3:12 error text-bidi"}},
		{"left-to-right mark before a number", "# 1. A\n\n1.1. Zie \u200e1.2.\n\n1.2. Twee.\n", []string{"3:10 warning text-bidi"}},
		{"Greek in a unit is not a term", "# 1. A\n\n1.1. Een weerstand van 5 k\u03a9.\n", nil},
		{"one finding per word", defs + "# 1. A\n\n1.1. De K\u200bl\u200ba\u200bnt.\n", []string{"9:10 error text-invisible"}},
		{"clause heading", "# 1. A\n\n## 1\u200b.2 Titel\n", []string{"3:5 error text-invisible"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spoofFindings(t, tt.body); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestLookalikeMessages: the message names the code points.
func TestLookalikeMessages(t *testing.T) {
	doc, _ := parse.Parse("t.md", testutil.Source("nl", defs+"# 1. A\n\n1.1. De \u041ala\u200bnt; zie \u202e1.2.\n\n1.2. Twee.\n"))
	resolve.Link([]*model.Document{doc})
	var msgs []string
	for _, d := range check.Run([]*model.Document{doc}) {
		msgs = append(msgs, d.Code+": "+d.Message)
	}
	for _, want := range []string{
		`text-mixed-script: "Кla\u200bnt" mixes Latin letters with U+041A CYRILLIC CAPITAL LETTER KA: it looks like the defined term "Klant"`,
		`text-invisible: invisible U+200B ZERO WIDTH SPACE inside the defined term "Klant" (written "Кla\u200bnt")`,
		`text-bidi: U+202E RIGHT-TO-LEFT OVERRIDE reorders the reference "1.2"`,
	} {
		found := false
		for _, m := range msgs {
			found = found || strings.HasPrefix(m, want)
		}
		if !found {
			t.Errorf("no message starts with %s\ngot: %q", want, msgs)
		}
	}
}

// FuzzLookalikes: any text, with hidden characters and look-alikes
// anywhere, is checked without a panic, and every finding has a position.
func FuzzLookalikes(f *testing.F) {
	for _, s := range []string{
		defs + "# 1. A\n\n1.1. De Kl\u200bant; zie \u202e1.2\u202c en 1.\uff12.\n\n1.2. Twee.\n",
		"# 1. A\n\n## 1\u2067.2 \u2069Titel\n\n\u202a\u202b\u202d\u2066\u2068 x \u202c\u202c\u2069\n",
		"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| \u041a\u200blant\u00ad | \u0661\u0662 |\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc, _ := parse.Parse("t.md", testutil.Source("nl", body))
		if doc == nil {
			return
		}
		resolve.Link([]*model.Document{doc})
		for _, d := range check.Run([]*model.Document{doc}) {
			if d.Line < 1 || d.Col < 1 {
				t.Fatalf("finding without a position: %v", d)
			}
		}
	})
}
