package site

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestAnnexReadWithMainInForce: on 2025-06-01 the annex of testdata/site
// (version 1, in force since 2024) is read with version 2 of its main
// document, the one in force, not version 1, which shares its label: its
// terms, links and JSON come from version 2, its page says so, and version
// 1's page no longer lists the annex's uses.
func TestAnnexReadWithMainInForce(t *testing.T) {
	s := mustBuildFixture(t, nil)
	page := func(p string) string {
		t.Helper()
		b, ok := s.File(p)
		if !ok {
			t.Fatalf("no %s", p)
		}
		return string(b)
	}
	for _, p := range []string{"acme/verwerkersovereenkomst/1.html", "acme/verwerkersovereenkomst/index.html"} {
		html := page(p)
		for _, want := range []string{
			`<p class="read-with">Gelezen met versie <a href="../voorwaarden/2.html">2</a> van Algemene Voorwaarden</p>`,
			`<a class="ref ref-clause" href="../voorwaarden/2.html#2.1">artikel 2.1 van de Algemene Voorwaarden</a>`,
			`<a class="term" href="../voorwaarden/2.html#def-klant"`,
			`<a href="../voorwaarden/2.html#_preamble">Inleiding</a>`, // a use in version 2's preamble
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %s", p, want)
			}
		}
		if strings.Contains(html, "voorwaarden/1.html") {
			t.Errorf("%s links to version 1 of the main document", p)
		}
	}
	var j struct {
		ReadWith    struct{ ID, Version string } `json:"read_with"`
		Definitions []struct{ Term, Text string }
	}
	if err := json.Unmarshal([]byte(page("acme/verwerkersovereenkomst/1.json")), &j); err != nil {
		t.Fatal(err)
	}
	if j.ReadWith.ID != "acme/voorwaarden" || j.ReadWith.Version != "2" {
		t.Errorf("read_with %+v, want acme/voorwaarden 2", j.ReadWith)
	}
	for _, d := range j.Definitions {
		if d.Term == "Overeenkomst" && !strings.Contains(d.Text, "waarvan deze voorwaarden deel uitmaken") {
			t.Errorf("Overeenkomst is version 1's: %q", d.Text)
		}
	}
	if v1 := page("acme/voorwaarden/1.html"); strings.Contains(v1, "verwerkersovereenkomst/1.html#") {
		t.Error("version 1 of the main document lists uses in the annex, which is read with version 2")
	}
}

// TestAnnexReadWithOnItsDate: built on 2024-06-01, when version 1 of the
// main document is in force, the annex is read with version 1.
func TestAnnexReadWithOnItsDate(t *testing.T) {
	t.Chdir(testutil.Root(t))
	on := model.Date{Year: 2024, Month: 6, Day: 1}
	o := options(t)
	o.Today = on
	s, err := Build(loadOn(t, filepath.Join("testdata", "site", "terms"), on), o)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.File("acme/verwerkersovereenkomst/1.html")
	if want := `Gelezen met versie <a href="../voorwaarden/1.html">1</a> van Algemene Voorwaarden`; !strings.Contains(string(b), want) {
		t.Errorf("the annex page lacks %s", want)
	}
}

// TestBuildRefusesDocumentsLinkedForAnotherDate: a page must not show one
// main version's terms while it names another; Build says how to fix it.
func TestBuildRefusesDocumentsLinkedForAnotherDate(t *testing.T) {
	t.Chdir(testutil.Root(t))
	docs := loadOn(t, filepath.Join("testdata", "site", "terms"), model.Date{})
	_, err := Build(docs, options(t))
	if err == nil || !strings.Contains(err.Error(), "acme/verwerkersovereenkomst@1 was linked with acme/voorwaarden@1, but on 2025-06-01 it is read with acme/voorwaarden@2") {
		t.Errorf("Build = %v, want the pairing error", err)
	}
}
