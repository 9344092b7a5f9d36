package changes

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/redline"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestGolden builds the site fixture (testdata/site/terms: acme/voorwaarden
// has versions 1 superseded, 2 in force and 3 upcoming) with and without
// the change pages. Every file the change pages add (the changelogs, the
// redlines 1..2 and 2..3 in both layouts) is compared with
// testdata/site-changes/golden (go test -update rewrites it); the files
// they alter are the pages that link them, the feeds and the sitemap.
func TestGolden(t *testing.T) {
	docs := load(t, filepath.Join("testdata", "site", "terms"))
	plain := build(t, docs, options(t, false))
	s := build(t, docs, options(t, true))
	golden := filepath.Join(testutil.Root(t), "testdata", "site-changes", "golden")
	var added strings.Builder
	var altered []string
	for _, p := range s.Files() {
		data, _ := s.File(p)
		before, ok := plain.File(p)
		switch {
		case !ok:
			added.WriteString(p + "\n")
			testutil.Golden(t, filepath.Join(golden, filepath.FromSlash(p)), data)
		case !bytes.Equal(before, data):
			altered = append(altered, p)
		}
	}
	testutil.Golden(t, filepath.Join(golden, "files.txt"), []byte(added.String()))
	if added.Len() == 0 {
		t.Fatal("the change pages add no files")
	}
	var want []string
	for _, d := range []string{"acme/verwerkersovereenkomst", "acme/voorwaarden", "globex/terms"} {
		versions := map[string][]string{"acme/voorwaarden": {"1", "2", "3"}}[d]
		if versions == nil {
			versions = []string{"1"}
		}
		for _, v := range versions {
			want = append(want, d+"/"+v+".html")
		}
		want = append(want, d+"/index.html", d+"/versions.html")
		if d != "globex/terms" { // states no date, so it has no feed
			want = append(want, d+"/atom.xml")
		}
	}
	want = append(want, "assets/site.css", "atom.xml", "index.html", "sitemap.xml")
	slices.Sort(want)
	if !slices.Equal(altered, want) {
		t.Errorf("the change pages alter\n%v\nwant\n%v", altered, want)
	}
	css := file(t, s, "assets/site.css")
	site, err := os.ReadFile(filepath.Join(testutil.Root(t), "templates", "css", "site.css"))
	if err != nil {
		t.Fatal(err)
	}
	if css != redline.CSS+string(site) {
		t.Error("assets/site.css is not the redline's stylesheet followed by templates/css/site.css")
	}
}

// TestPages checks what readers of the fixture's site see: a changelog per
// document, newest version first; the redlines of the versions that differ
// and no others; the links to them from the version pages.
func TestPages(t *testing.T) {
	s := build(t, load(t, filepath.Join("testdata", "site", "terms")), options(t, true))
	var redlines []string
	for _, p := range s.Files() {
		if strings.Contains(p, "/changes/") {
			redlines = append(redlines, p)
		}
	}
	want := []string{"acme/voorwaarden/changes/1..2.html", "acme/voorwaarden/changes/1..2.side.html",
		"acme/voorwaarden/changes/2..3.html", "acme/voorwaarden/changes/2..3.side.html"}
	if !slices.Equal(redlines, want) {
		t.Errorf("redlines:\n%v\nwant:\n%v", redlines, want)
	}
	log := file(t, s, "acme/voorwaarden/changes.html")
	v3, v2, v1 := strings.Index(log, `id="v-3"`), strings.Index(log, `id="v-2"`), strings.Index(log, `id="v-1"`)
	if v3 < 0 || v2 < v3 || v1 < v2 {
		t.Error("the changelog does not list versions 3, 2, 1 in this order")
	}
	for _, want := range []string{
		`<li><a href="2.html#1.2">1.2</a> toegevoegd</li>`,
		`<li><a href="3.html#def-dienst">Dienst</a> (definitie gewijzigd)</li>`,
		`<li><a href="2.html#def-persoonsgegevens">Persoonsgegevens</a> (definitie verwijderd)</li>`,
		`<li>Vergelijking met versie 1: <a href="changes/1..2.html">in de tekst</a> · <a href="changes/1..2.side.html">naast elkaar</a></li>`,
		`<p class="change-line">Eerste versie.</p>`,
		`<li>Vergelijking met de geldende versie 2: <a href="changes/1..2.html">in de tekst</a>`,
	} {
		if !strings.Contains(log, want) {
			t.Errorf("the changelog lacks %s", want)
		}
	}
	for p, links := range map[string][]string{
		"acme/voorwaarden/1.html": {`<a href="changes/1..2.html">Vergelijk met de geldende versie 2</a>`},
		"acme/voorwaarden/2.html": {`<a href="changes/1..2.html">Wijzigingen sinds versie 1</a>`, `<a href="changes/2..3.html">Vergelijk met versie 3 (toekomstig)</a>`},
		"acme/voorwaarden/3.html": {`<a href="changes/2..3.html">Wijzigingen sinds versie 2</a>`},
		"index.html":              {`<a href="acme/voorwaarden/changes.html">Wijzigingsoverzicht</a>`},
	} {
		page := file(t, s, p)
		for _, l := range links {
			if !strings.Contains(page, l) {
				t.Errorf("%s lacks %s", p, l)
			}
		}
	}
	if strings.Contains(file(t, s, "acme/voorwaarden/3.html"), "Vergelijk met de geldende versie") {
		t.Error("version 3 links a second page for the pair 2..3")
	}
	red := file(t, s, "acme/voorwaarden/changes/2..3.side.html")
	for _, want := range []string{
		`<h1>Wijzigingen in Algemene Voorwaarden van versie 2 naar versie 3</h1>`,
		`<li><a href="2..3.html">in de tekst</a></li>`, `<li><span aria-current="page">naast elkaar</span></li>`,
		`<table class="lk-side">`, `<dd><a href="../2.html">Versie 2</a> <span class="status in-force">geldend</span></dd>`,
	} {
		if !strings.Contains(red, want) {
			t.Errorf("the side-by-side redline lacks %s", want)
		}
	}
	if n := strings.Count(red, "<h1"); n != 1 {
		t.Errorf("the redline has %d <h1>", n)
	}
}

// TestFirstVersion: a document with one version, like every document in
// terms/, has a changelog of one entry that says so and no redlines.
func TestFirstVersion(t *testing.T) {
	s := build(t, load(t, "terms"), options(t, true))
	for _, p := range s.Files() {
		if strings.Contains(p, "/changes/") {
			t.Errorf("a redline for a document with one version: %s", p)
		}
	}
	log := file(t, s, "visma/servicevoorwaarden/changes.html")
	if strings.Count(log, `<section class="change-entry"`) != 1 || !strings.Contains(log, `<p class="change-line">Eerste versie.</p>`) {
		t.Error("the changelog of one version does not say it is the first")
	}
	if !strings.Contains(file(t, s, "visma/servicevoorwaarden/index.html"), `<li><a href="changes.html">Wijzigingsoverzicht</a></li>`) {
		t.Error("the version in force does not link the changelog")
	}
}

// TestIdentical: a version that changes nothing but its dates gets no
// redline; the changelog and the feed say there are no changes.
func TestIdentical(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(testutil.Root(t), "testdata", "site", "terms", "globex", "terms", "1.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "globex", "terms")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Dated, so that the versions are in the feed (undated ones are not).
	src = bytes.Replace(src, []byte("published: unknown"), []byte("published: 2024-01-01"), 1)
	second := bytes.Replace(src, []byte(`version: "1"`), []byte(`version: "2"`), 1)
	if bytes.Equal(src, second) {
		t.Fatal("the fixture's version line changed")
	}
	for name, data := range map[string][]byte{"1.md": src, "2.md": second} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := build(t, load(t, filepath.Dir(filepath.Dir(dir))), options(t, true))
	for _, p := range s.Files() {
		if strings.Contains(p, "/changes/") {
			t.Errorf("a redline of identical versions: %s", p)
		}
	}
	if !strings.Contains(file(t, s, "globex/terms/changes.html"), `<p class="change-line">No changes.</p>`) {
		t.Error("the changelog does not say version 2 changes nothing")
	}
	if !strings.Contains(file(t, s, "globex/terms/atom.xml"), "Changes since version 1: No changes.</summary>") {
		t.Error("the feed does not say version 2 changes nothing")
	}
}

// TestFeedSummary: each feed entry says what changed since the version
// before it, in the editor's words when there are any, and as counts.
func TestFeedSummary(t *testing.T) {
	s := build(t, load(t, filepath.Join("testdata", "diff", "acme"), filepath.Join("testdata", "site", "terms")), options(t, true))
	for _, tc := range []struct{ feed, id, want string }{
		{"acme/terms-of-service/atom.xml", "acme/terms-of-service/2.html",
			"Changes since version 1: We are adding a fair-use limit for the Service and clarifying who counts as a User. " +
				"(1 added, 2 amended, 1 renumbered, 1 editorial; definitions: 1 amended)."},
		{"acme/terms-of-service/atom.xml", "acme/terms-of-service/1.html", "First version."},
		{"acme/voorwaarden/atom.xml", "acme/voorwaarden/3.html",
			"Wijzigingen sinds versie 2: 8 verwijderd, 3 gewijzigd; definities: 3 verwijderd, 1 gewijzigd."},
		{"atom.xml", "acme/voorwaarden/1.html", "Eerste versie."},
	} {
		var f struct {
			Entries []struct {
				ID      string `xml:"id"`
				Summary string `xml:"summary"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal([]byte(file(t, s, tc.feed)), &f); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range f.Entries {
			if strings.HasSuffix(e.ID, "/"+tc.id) {
				found = true
				if !strings.HasSuffix(e.Summary, " "+tc.want) {
					t.Errorf("%s, entry %s: summary %q does not end with %q", tc.feed, tc.id, e.Summary, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%s has no entry %s", tc.feed, tc.id)
		}
	}
}

// TestDeterministic builds the site of the version histories in
// testdata/diff twice, the second time on one core and from the documents
// in reverse order, and compares every file.
func TestDeterministic(t *testing.T) {
	dirs := []string{filepath.Join("testdata", "diff", "acme"), filepath.Join("testdata", "diff", "outsmart"), filepath.Join("testdata", "diff", "visma")}
	docs := load(t, dirs...)
	first := build(t, docs, options(t, true))
	slices.Reverse(docs)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	second := build(t, docs, options(t, true))
	if !slices.Equal(first.Files(), second.Files()) {
		t.Fatalf("the builds have different files")
	}
	for _, p := range first.Files() {
		a, _ := first.File(p)
		b, _ := second.File(p)
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds", p)
		}
	}
	if n := len(first.Files()); n < 80 {
		t.Errorf("only %d files", n)
	}
}
