package model

import (
	"slices"
	"testing"
)

// GitHub's heading ids, as github.com gives them to these headings.
func TestGitHubSlug(t *testing.T) {
	for _, tt := range []struct{ heading, slug string }{
		{"1.2 Fees & Taxes", "12-fees--taxes"},
		{"C. Payment", "c-payment"},
		{"2. Billing cycle", "2-billing-cycle"},
		{"Section 4(b) – Liability", "section-4b--liability"},
		{"Geïntegreerde Applicatie", "geïntegreerde-applicatie"},
		{"Über uns", "über-uns"},
		{"snake_case and kebab-case", "snake_case-and-kebab-case"},
		{"Artikel 7:404 BW", "artikel-7404-bw"},
		{"“Quoted” — ‘terms’", "quoted--terms"},
		{"Emoji 🚀 launch", "emoji--launch"},
		{"Ⅻ Roman ², ½", "ⅻ-roman-²-½"},
		{"ΕΛΛΗΝΙΚΑ", "ελληνικα"},
		{"", ""},
	} {
		if got := GitHubSlug(tt.heading); got != tt.slug {
			t.Errorf("GitHubSlug(%q) = %q, want %q", tt.heading, got, tt.slug)
		}
	}
}

func TestSluggerNumbersDuplicates(t *testing.T) {
	var g Slugger
	var got []string
	for _, h := range []string{"Definitions", "Definitions", "Definitions-1", "Definitions", "Fees", "fees"} {
		got = append(got, g.Slug(h))
	}
	want := []string{"definitions", "definitions-1", "definitions-1-1", "definitions-2", "fees", "fees-1"}
	if !slices.Equal(got, want) {
		t.Errorf("slugs %q, want %q", got, want)
	}
}

func TestSettleAliasesLetsAnchorsWin(t *testing.T) {
	twelve := &Clause{Number: "12", Anchor: "12", Aliases: []string{"1-2"}}
	oneTwo := &Clause{Number: "1.2", Anchor: "1.2", Aliases: []string{"12", "1-2"}}
	intro := &Clause{Anchor: "intro", Aliases: []string{"intro", "_main", "_ftn1", ""}}
	group := &Heading{Aliases: []string{"def-klant", "betaling"}}
	oneTwo.Blocks = []Block{group}
	d := &Document{Clauses: []*Clause{intro, oneTwo, twelve}, Definitions: []*Definition{{Anchor: "def-klant"}}}
	SettleAliases(d)
	if !slices.Equal(oneTwo.Aliases, []string{"1-2"}) {
		t.Errorf("1.2 aliases %q: 12 is clause 12's anchor", oneTwo.Aliases)
	}
	if !slices.Equal(intro.Aliases, []string{"_ftn1"}) {
		t.Errorf("intro aliases %q: its own anchor and a page id must go, an author's _ftn1 stays", intro.Aliases)
	}
	if len(twelve.Aliases) != 0 {
		t.Errorf("12 aliases %q: 1.2 took 1-2 before it", twelve.Aliases)
	}
	if !slices.Equal(group.Aliases, []string{"betaling"}) {
		t.Errorf("heading aliases %q: def-klant is a definition's anchor", group.Aliases)
	}
}
