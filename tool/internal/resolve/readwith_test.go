package resolve_test

import (
	"fmt"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// pairDocs parses two versions of a main document, each defining Klant
// differently, and one annex version that uses Klant and refers to
// clause 1.1 of the main document.
func pairDocs(t *testing.T) (main1, main2, annex *model.Document) {
	t.Helper()
	parseDoc := func(path, meta, body string) *model.Document {
		src := "---\ntitle: T\npublisher: Acme\nlanguage: nl\nstatus: published\n" + meta + "---\n" + body
		d, ds := parse.Parse(path, []byte(src))
		if d == nil || ds.HasErrors() {
			t.Fatalf("%s: %v", path, ds)
		}
		return d
	}
	main := func(v, published, effective string) *model.Document {
		return parseDoc("t/acme/terms/"+v+".md",
			fmt.Sprintf("id: acme/terms\nversion: %q\npublished: %s\neffective: %s\naliases: [Algemene Voorwaarden]\n", v, published, effective),
			"# 1. Definities\n\n1.1. Begrippen:\n\na. Klant: de afnemer volgens versie "+v+".\n\n# 2. Tekst\n\n2.1. De Klant betaalt.\n")
	}
	main1, main2 = main("1", "2024-01-01", "2024-02-01"), main("2", "2025-01-01", "2025-03-01")
	annex = parseDoc("t/acme/dpa/1.md", "id: acme/dpa\nversion: \"1\"\npublished: 2024-01-01\neffective: 2024-02-01\nannex-of: acme/terms\n",
		"# 1. Onderwerp\n\n1.1. De Klant kent artikel 1.1 van de Algemene Voorwaarden.\n")
	return main1, main2, annex
}

// TestLinkOnPairsAnnexByDate: without a date an annex is read with the
// main version in force on its own effective date (1, which also shares
// its label); linked for a date when version 2 is in force, with version
// 2: it inherits version 2's terms, its uses are recorded there, and
// ReadWith names it.
func TestLinkOnPairsAnnexByDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		on   model.Date
		want string
	}{
		{"no date", model.Date{}, "1"},
		{"while version 1 is in force", model.Date{Year: 2024, Month: 6, Day: 1}, "1"},
		{"once version 2 is in force", model.Date{Year: 2025, Month: 6, Day: 1}, "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			main1, main2, annex := pairDocs(t)
			resolve.LinkOn([]*model.Document{annex, main2, main1}, tc.on)
			want, other := main1, main2
			if tc.want == "2" {
				want, other = main2, main1
			}
			if annex.ReadWith != want {
				t.Fatalf("ReadWith = %v, want version %s", annex.ReadWith, tc.want)
			}
			if len(annex.Inherited) != 1 || annex.Inherited[0] != want.Definitions[0] {
				t.Errorf("the annex inherits %v, want version %s's Klant", annex.Inherited, tc.want)
			}
			count := func(d *model.Document) (n int) {
				for _, u := range d.Definitions[0].Uses {
					if u.Document == "acme/dpa" {
						n++
					}
				}
				return n
			}
			if count(want) != 1 || count(other) != 0 {
				t.Errorf("annex uses of Klant: %d on version %s, %d on the other; want 1 and 0", count(want), tc.want, count(other))
			}
			resolved := 0
			for _, r := range annex.References {
				if r.Kind == model.RefClause && r.Document == "acme/terms" && r.Resolved {
					resolved++
				}
			}
			if resolved != 1 {
				t.Errorf("%d references into the main document resolve, want 1", resolved)
			}
			if main1.ReadWith != nil || main2.ReadWith != nil {
				t.Error("a main document has ReadWith set")
			}
		})
	}
}
