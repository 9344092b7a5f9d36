package site

import (
	"encoding/xml"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
)

func file(t *testing.T, s *Site, p string) string {
	t.Helper()
	data, ok := s.File(p)
	if !ok {
		t.Fatalf("no %s in the site", p)
	}
	return string(data)
}

// TestExtension adds a page, a link and feed text the way issue 4's
// changelog will, and checks they appear where readers look.
func TestExtension(t *testing.T) {
	changes := Extension{
		Nav: func(d *Doc) []NavLink {
			return []NavLink{{Text: "Wijzigingen", Path: d.Dir + "/changes.html"}}
		},
		Pages: func(b *Builder, d *Doc) error {
			return b.DocumentPage(d, d.Dir+"/changes.html", "archive", "Wijzigingen", len(d.Versions))
		},
		Summary: func(d *Doc, v *Version) (string, error) {
			return "Gewijzigd: artikel 2.1.", nil
		},
	}
	s := mustBuildFixture(t, func(o *Options) { o.Extensions = []Extension{changes} })
	page := file(t, s, "acme/voorwaarden/changes.html")
	if !strings.Contains(page, "<title>Wijzigingen</title>") || !strings.Contains(page, `<span aria-current="page">Wijzigingen</span>`) {
		t.Error("the extension's page lacks its title")
	}
	if !strings.Contains(file(t, s, "acme/voorwaarden/2.html"), `<li><a href="changes.html">Wijzigingen</a></li>`) {
		t.Error("version pages do not link the extension's page")
	}
	if !strings.Contains(file(t, s, "acme/voorwaarden/atom.xml"), "Gewijzigd: artikel 2.1.</summary>") {
		t.Error("feed entries lack the extension's summary")
	}
	if !strings.Contains(file(t, s, "sitemap.xml"), "acme/voorwaarden/changes.html") {
		t.Error("the sitemap lacks the extension's page")
	}
	clash := Extension{Pages: func(b *Builder, d *Doc) error { return b.File(d.Dir+"/2.html", nil) }}
	if _, err := buildFixture(t, func(o *Options) { o.Extensions = []Extension{clash} }); err == nil || !strings.Contains(err.Error(), "two files would be written at acme/voorwaarden/2.html") {
		t.Errorf("an extension overwriting a page: %v", err)
	}
}

// TestPDF checks the PDF hook: a PDF per version next to its page, linked
// from the page and the archive; a failing PDF fails the build.
func TestPDF(t *testing.T) {
	pdf := func(doc *model.Document, docs []*model.Document) ([]byte, error) {
		return []byte("%PDF " + doc.Key()), nil
	}
	s := mustBuildFixture(t, func(o *Options) { o.PDF = pdf })
	if got := file(t, s, "acme/voorwaarden/2.pdf"); got != "%PDF acme/voorwaarden@2" {
		t.Errorf("2.pdf = %q", got)
	}
	for _, p := range []string{"acme/voorwaarden/2.html", "acme/voorwaarden/versions.html"} {
		if !strings.Contains(file(t, s, p), `href="2.pdf" type="application/pdf"`) {
			t.Errorf("%s does not link the PDF", p)
		}
	}
	_, err := buildFixture(t, func(o *Options) {
		o.PDF = func(*model.Document, []*model.Document) ([]byte, error) { return nil, errors.New("no fonts") }
	})
	if err == nil || !strings.Contains(err.Error(), "PDF: no fonts") {
		t.Errorf("a failing PDF: %v", err)
	}
}

// TestNoBaseURL: without a base URL there is no sitemap and no feed, and
// no page links one.
func TestNoBaseURL(t *testing.T) {
	var progress strings.Builder
	s := mustBuildFixture(t, func(o *Options) { o.Settings.BaseURL = ""; o.Progress = &progress })
	for _, p := range []string{"sitemap.xml", "atom.xml", "acme/voorwaarden/atom.xml"} {
		if _, ok := s.File(p); ok {
			t.Errorf("%s written without a base URL", p)
		}
	}
	for _, p := range s.Files() {
		if data, _ := s.File(p); strings.HasSuffix(p, ".html") && strings.Contains(string(data), "atom.xml") {
			t.Errorf("%s links a feed that is not there", p)
		}
	}
	if !strings.Contains(progress.String(), "no base URL") {
		t.Error("the build does not say why there are no feeds")
	}
}

// TestFeeds reads the feeds as Atom: an entry per published version,
// newest first, absolute addresses, the document language, and no date
// that the sources do not state.
func TestFeeds(t *testing.T) {
	s := mustBuildFixture(t, nil)
	var f struct {
		Lang    string `xml:"lang,attr"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Entries []struct {
			Lang    string `xml:"lang,attr"`
			ID      string `xml:"id"`
			Updated string `xml:"updated"`
			Link    struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(file(t, s, "acme/voorwaarden/atom.xml")), &f); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range f.Entries {
		ids = append(ids, e.ID)
		if e.Lang != "nl" || e.Link.Href != e.ID {
			t.Errorf("entry %s: lang %q, link %q", e.ID, e.Lang, e.Link.Href)
		}
	}
	want := "https://terms.example/legal/acme/voorwaarden/3.html https://terms.example/legal/acme/voorwaarden/2.html https://terms.example/legal/acme/voorwaarden/1.html"
	if strings.Join(ids, " ") != want {
		t.Errorf("entries %v, want %s (the draft left out)", ids, want)
	}
	if f.Updated != "2025-05-01T00:00:00Z" || f.Lang != "nl" {
		t.Errorf("feed updated %q lang %q", f.Updated, f.Lang)
	}
	// globex/terms states no date at all: RFC 4287 needs one in every
	// entry and feed, and legalkit invents none, so it has no feed and no
	// page links one; the site feed leaves it out.
	if _, ok := s.File("globex/terms/atom.xml"); ok {
		t.Error("a feed for a document without any date")
	}
	for _, p := range []string{"globex/terms/index.html", "globex/terms/1.html", "globex/terms/versions.html", "index.html"} {
		if strings.Contains(file(t, s, p), "globex/terms/atom.xml") || strings.Contains(file(t, s, p), `href="atom.xml" title="Terms of Service`) {
			t.Errorf("%s links the feed globex/terms does not have", p)
		}
	}
	site := file(t, s, "atom.xml")
	if n := strings.Count(site, "<entry"); n != 4 || strings.Contains(site, "globex") {
		t.Errorf("site feed has %d entries, want 4 (without the undated globex/terms)", n)
	}
}

// TestVersionLabelCollision: a version called "versions" would overwrite
// the archive. check reports it (front-matter-invalid); a build given it
// all the same says so instead of overwriting.
func TestVersionLabelCollision(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "p", "d")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "versions.md"), []byte("---\nid: p/d\ntitle: T\npublisher: P\nlanguage: nl\n"+
		"version: \"versions\"\npublished: unknown\neffective: unknown\nstatus: published\n---\n\n# 1. A\n\n1.1. Tekst.\n"), 0o644)
	c, err := corpus.Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(c.Docs, options(t))
	if err == nil || !strings.Contains(err.Error(), "two files would be written at p/d/versions.html") {
		t.Errorf("Build = %v, want a collision error", err)
	}
}

// TestTemplateErrors: broken or incomplete templates fail the build with
// the file to look at.
func TestTemplateErrors(t *testing.T) {
	for name, files := range map[string]fstest.MapFS{
		"templates/html/layout.html":   {"html/layout.html": {Data: []byte(`{{define "layout"}}{{.Nope}`)}},
		`no text "only-here" for "en"`: {"html/text.json": {Data: []byte(`{"nl": {"only-here": "Alleen hier"}}`)}},
		`text.json: 1:8: invalid`:      {"html/text.json": {Data: []byte(`{"nl": }`)}},
		`defines no "main" template`:   {"html/home.html": {Data: []byte(`{{define "x"}}{{end}}`)}},
		`templates/html/version.html`:  {"html/version.html": {Data: []byte(`{{define "main"}}{{.Data.Nothing}}{{end}}`)}},
	} {
		_, err := buildFixture(t, func(o *Options) { o.Templates = overlay(t, files) })
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("Build = %v, want an error naming %s", err, name)
		}
	}
}

// overlay puts files over the built-in templates, as --templates does.
func overlay(t *testing.T, files fstest.MapFS) fs.FS {
	dir := t.TempDir()
	for name, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, f.Data, 0o644)
	}
	fsys, err := templates.FS(dir)
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

func TestSettings(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		`{"title": "T", "language": "es"}`:                  `language "es": use nl, en, de or fr`,
		`{"titel": "T"}`:                                    `unknown field "titel"`,
		"{\n  \"title\": \"T\",\n}":                         `3:1: invalid character '}'`,
		`{"base_url": "legal.example.org"}`:                 `base_url: "legal.example.org" is not an absolute`,
		`{"base_url": "https://example.org/a?b"}`:           `has no query or fragment`,
		`{"title": "T", "base_url": "https://x.org/terms"}`: "",
	} {
		os.WriteFile(filepath.Join(dir, SettingsFile), []byte(body), 0o644)
		s, err := LoadSettings(dir)
		switch {
		case want == "" && (err != nil || s.BaseURL != "https://x.org/terms/" || s.Language != "nl"):
			t.Errorf("%s: %+v, %v", body, s, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%s: error %v, want %s", body, err, want)
		}
	}
	if s, err := LoadSettings(filepath.Join(dir, "missing")); err != nil || s != DefaultSettings() {
		t.Errorf("missing folder: %+v, %v", s, err)
	}
}
