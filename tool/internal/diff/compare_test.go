package diff

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// versions parses two versions of a small test document and links them.
func versions(t testing.TB, old, new string) (*model.Document, *model.Document) {
	t.Helper()
	mk := func(version, body string) *model.Document {
		src := fmt.Sprintf("---\nid: test/doc\ntitle: Voorwaarden\npublisher: Test\nlanguage: nl\nversion: %q\npublished: unknown\neffective: unknown\nstatus: published\n---\n\n%s", version, body)
		d, ds := parse.Parse("test/doc/"+version+".md", []byte(src))
		if d == nil || ds.HasErrors() {
			t.Fatalf("test document %s does not parse: %v", version, ds)
		}
		return d
	}
	o, n := mk("1", old), mk("2", new)
	resolve.Link([]*model.Document{o, n})
	return o, n
}

// clauses writes numbered clauses "N. text of N" for the given numbers,
// each with its own words so that clauses do not look alike.
func clauses(section string, texts ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", section)
	for _, t := range texts {
		fmt.Fprintf(&b, "%s\n\n", t)
	}
	return b.String()
}

var (
	c11 = "1.1. De Klant betaalt de vergoeding vooraf per kwartaal."
	c12 = "1.2. Facturen worden elektronisch verstuurd naar het opgegeven adres."
	c13 = "1.3. Bij late betaling is wettelijke rente verschuldigd over het openstaande bedrag."
	c14 = "1.4. Bezwaar tegen een factuur maakt de Klant schriftelijk kenbaar binnen dertig dagen."
	c15 = "1.5. Prijzen worden jaarlijks geïndexeerd volgens de consumentenprijsindex."
	c21 = "2.1. Storingen meldt de Klant via het servicedesk portaal."
	c22 = "2.2. Onderhoud vindt plaats buiten kantooruren met aankondiging vooraf."
)

func renumber(c, to string) string {
	_, rest, _ := strings.Cut(c, " ")
	return to + " " + rest
}

type kinds map[Kind][]string // kind -> "old>new" labels

func changesOf(r *Result) kinds {
	out := kinds{}
	for _, c := range r.Changes(false) {
		out[c.Kind] = append(out[c.Kind], c.OldNumber()+">"+c.NewNumber())
	}
	return out
}

func TestCompareAlignment(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     kinds
		summary  Summary
	}{
		{
			name: "insertion mid-section renumbers, not changes",
			old:  clauses("1. Betaling", c11, c12, c13, c14, c15),
			new: clauses("1. Betaling", c11, c12, "1.3. Kosten van aanmaningen komen voor rekening van de Klant.",
				renumber(c13, "1.4."), renumber(c14, "1.5."), renumber(c15, "1.6.")),
			want:    kinds{Added: {">1.3"}, Renumbered: {"1.3>1.4", "1.4>1.5", "1.5>1.6"}},
			summary: Summary{Added: 1, Renumbered: 3, Unchanged: 3, Substantive: 1},
		},
		{
			name:    "clause moved to another section",
			old:     clauses("1. Betaling", c11, c12, c13) + clauses("2. Support", c21, c22),
			new:     clauses("1. Betaling", c11, renumber(c13, "1.2.")) + clauses("2. Support", c21, c22, renumber(c12, "2.3.")),
			want:    kinds{Moved: {"1.2>2.3"}, Renumbered: {"1.3>1.2"}},
			summary: Summary{Moved: 1, Renumbered: 1, Unchanged: 5, Substantive: 1},
		},
		{
			name: "moved and amended counts as both",
			old:  clauses("1. Betaling", c11, c12, c13) + clauses("2. Support", c21, c22),
			new: clauses("1. Betaling", c11, renumber(c13, "1.2.")) + clauses("2. Support", c21, c22,
				"2.3. Facturen worden elektronisch verstuurd naar het door de Klant opgegeven adres."),
			want:    kinds{Moved: {"1.2>2.3"}, Renumbered: {"1.3>1.2"}},
			summary: Summary{Moved: 1, Amended: 1, Renumbered: 1, Unchanged: 5, Substantive: 1},
		},
		{
			name:    "two clauses swapped: one moved, one renumbered",
			old:     clauses("1. Betaling", c11, c12, c13, c14),
			new:     clauses("1. Betaling", c11, renumber(c13, "1.2."), renumber(c12, "1.3."), c14),
			want:    kinds{Moved: {"1.3>1.2"}, Renumbered: {"1.2>1.3"}},
			summary: Summary{Moved: 1, Renumbered: 1, Unchanged: 3, Substantive: 1},
		},
		{
			name:    "section retitled keeps its clauses",
			old:     clauses("1. Betaling", c11, c12) + clauses("2. Support", c21, c22),
			new:     clauses("1. Betaling", c11, c12) + clauses("2. Storingen en onderhoud", c21, c22),
			want:    kinds{Amended: {"2>2"}},
			summary: Summary{Amended: 1, Unchanged: 5, Substantive: 1},
		},
		{
			name:    "clause rewritten in place is amended",
			old:     clauses("1. Betaling", c11, c12, c13),
			new:     clauses("1. Betaling", c11, "1.2. Papieren facturen kosten extra.", c13),
			want:    kinds{Amended: {"1.2>1.2"}},
			summary: Summary{Amended: 1, Unchanged: 3, Substantive: 1},
		},
		{
			name:    "whole section removed: later ones renumbered, not moved",
			old:     clauses("1. Betaling", c11, c12) + clauses("2. Support", c21, c22) + clauses("3. Slot", "3.1. Nederlands recht is van toepassing."),
			new:     clauses("1. Betaling", c11, c12) + clauses("2. Slot", "2.1. Nederlands recht is van toepassing."),
			want:    kinds{Removed: {"2>", "2.1>", "2.2>"}, Renumbered: {"3>2", "3.1>2.1"}},
			summary: Summary{Removed: 3, Renumbered: 2, Unchanged: 3, Substantive: 3},
		},
		{
			name:    "editorial fix",
			old:     clauses("1. Betaling", c11, c12, "1.3. Bij late betaling is  wettelijke rente verschuldigd over het openstaande bedrag.."),
			new:     clauses("1. Betaling", c11, c12, c13),
			want:    kinds{Editorial: {"1.3>1.3"}},
			summary: Summary{Editorial: 1, Unchanged: 3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(versions(t, tt.old, tt.new))
			got := changesOf(r)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("changes %v\nwant    %v", got, tt.want)
			}
			if r.Summary != tt.summary {
				t.Errorf("summary %+v\nwant    %+v", r.Summary, tt.summary)
			}
		})
	}
}

func TestDefinitionsAndImpact(t *testing.T) {
	table := func(rows ...string) string {
		return "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n" + strings.Join(rows, "\n") + "\n\n"
	}
	klant := "| Klant | De partij die de Software afneemt. |"
	software := "| Software | Het online boekhoudprogramma. |"
	old := table(klant, software, "| Partner | Een gecertificeerde wederverkoper. |") +
		clauses("1. Gebruik", "1.1. De Klant gebruikt de Software zorgvuldig.", "1.2. De Software is beschikbaar op werkdagen.",
			"1.3. Een Partner mag de Klant ondersteunen.")
	new := table("| Klant | De partij die de Software afneemt of gebruikt. |", software, "| Gebruiker | Iemand die namens de Klant inlogt. |") +
		clauses("1. Gebruik", "1.1. De Klant gebruikt de Software zorgvuldig.", "1.2. De Software is beschikbaar op werkdagen.",
			"1.3. Een Partner mag de Klant ondersteunen.")
	r := Compare(versions(t, old, new))
	var got []string
	for _, d := range r.Definitions {
		var affects []string
		for _, c := range d.Affects {
			affects = append(affects, Label(c))
		}
		got = append(got, fmt.Sprintf("%s %s %v", d.Kind, d.Term, affects))
	}
	want := []string{"amended Klant [Definities 1.1 1.3]", "added Gebruiker []", "removed Partner [1.3]"}
	if !slices.Equal(got, want) {
		t.Errorf("definitions %q\nwant        %q", got, want)
	}
	for _, c := range r.Changes(false) {
		if Label(c.New) == "Definities" && !c.DefinitionsOnly {
			t.Error("the definitions table change is not marked as told by the definitions")
		}
	}
	if r.Summary.DefAmended != 1 || r.Summary.DefAdded != 1 || r.Summary.DefRemoved != 1 || r.Summary.Affected != 3 {
		t.Errorf("summary %+v", r.Summary)
	}
}

func TestReferenceIssues(t *testing.T) {
	old := clauses("1. Betaling", c11, c12, c13, "1.4. Zie 1.3 voor de rente en 1.2 voor de facturen.") +
		clauses("2. Support", c21, "2.2. Voor meldingen geldt 2.1.")
	new := clauses("1. Betaling", c11, "1.2. Nieuw: betaling per incasso is mogelijk.", renumber(c12, "1.3."),
		renumber(c13, "1.4."), "1.5. Zie 1.3 voor de rente en 1.2 voor de facturen.") +
		clauses("2. Support", c21, "2.2. Voor meldingen geldt 2.1.")
	r := Compare(versions(t, old, new))
	var got []string
	for _, x := range r.References {
		got = append(got, fmt.Sprintf("%s %s %q was %s now %s names %s", x.Issue, Label(x.Clause), x.Text, Label(x.Was), Label(x.Now), Label(x.Names)))
	}
	want := []string{
		`target-renumbered 1.5 "Zie 1.3" was 1.3 now 1.4 names 1.3`,
		`target-renumbered 1.5 "1.2" was 1.2 now 1.3 names 1.2`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("references\n%q\nwant\n%q", got, want)
	}

	// A reference whose clause was removed.
	old = clauses("1. Betaling", c11, c12, "1.3. Zie 1.2.")
	new = clauses("1. Betaling", c11, "1.2. Zie 1.2.")
	r = Compare(versions(t, old, new))
	if len(r.References) != 1 || r.References[0].Issue != IssueTargetRemoved {
		t.Errorf("references = %+v, want one target-removed", r.References)
	}
}

func TestChangelogEntries(t *testing.T) {
	o, n := versions(t, clauses("1. Betaling", c11, c12), clauses("1. Betaling", c11, c12, "1.3. Nieuw artikel over rente."))
	entries := Changelog([]*model.Document{o, n})
	if len(entries) != 2 || entries[0].Version != n || entries[1].Previous != nil {
		t.Fatalf("entries not newest first: %+v", entries)
	}
	if got := entries[0].Description(); got != "1 toegevoegd" {
		t.Errorf("description %q", got)
	}
	n.Meta.ChangeSummary = "Rente toegevoegd."
	if got := entries[0].Description(); got != "Rente toegevoegd. (1 toegevoegd)" {
		t.Errorf("description %q", got)
	}
	if got := entries[1].Description(); got != "Eerste versie" {
		t.Errorf("first version: %q", got)
	}
}
