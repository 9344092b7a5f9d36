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
	"github.com/legalkit/legalkit/tool/internal/diag"
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
// file:line:col (in characters) of the file to look at, named as in
// --templates DIR, never as the built-in templates/ file.
func TestTemplateErrors(t *testing.T) {
	for _, c := range []struct {
		files fstest.MapFS
		want  string
	}{
		{fstest.MapFS{"html/layout.html": {Data: []byte("<!-- ë -->\n{{define \"layout\"}}{{.Nope}")}},
			`DIR/html/layout.html:2:1: error: template-invalid: bad character U+007D '}'`},
		{fstest.MapFS{"html/text.json": {Data: []byte(`{"nl": {"only-here": "Alleen hier"}}`)}},
			`DIR/html/text.json:1:22: error: template-text-missing: no text "only-here" for "en"`},
		{fstest.MapFS{"html/text.json": {Data: []byte(`{"nl": {"home": "Thuïs"}, "en": }`)}},
			`DIR/html/text.json:1:33: error: template-text-invalid: broken JSON: invalid character '}' looking for beginning of value`},
		{fstest.MapFS{"html/text.json": {Data: []byte("{\"nl\": {\"feed.title\": \"Ë {title} {nope}\"}}")}},
			`DIR/html/text.json:1:23: error: template-text-invalid: text "feed.title" for "nl" has {nope}, which is not given`},
		{fstest.MapFS{"html/home.html": {Data: []byte(`{{define "x"}}{{end}}`)}},
			`DIR/html/home.html:1:1: error: template-invalid: defines no "main" template`},
		{fstest.MapFS{"html/version.html": {Data: []byte("{{/* ë */}}\n{{define \"main\"}}ëë {{.Data.Nothing}}{{end}}")}},
			`DIR/html/version.html:2:28: error: template-failed: executing "main" at <.Data.Nothing>: can't evaluate field Nothing in type interface {} (writing acme/verwerkersovereenkomst/1.html)`},
		{fstest.MapFS{"html/layout.html": {Data: []byte("{{define \"layout\"}}\n  ë{{.Nope}}{{end}}")}},
			`DIR/html/layout.html:2:6: error: template-failed: executing "layout" at <.Nope>: can't evaluate field Nope in type *site.Page (writing acme/verwerkersovereenkomst/1.html)`},
	} {
		fsys, dir := overlayDir(t, c.files)
		_, err := buildFixture(t, func(o *Options) { o.Templates = fsys })
		want := strings.ReplaceAll(c.want, "DIR/", dir+string(filepath.Separator))
		var d diag.Diagnostic
		if !errors.As(err, &d) || d.String() != want {
			t.Errorf("Build = %v\nwant a Diagnostic %s", err, want)
		}
	}
	// The built-in files keep their name in the repository.
	_, err := buildFixture(t, func(o *Options) {
		o.Templates = overlayFS{templates.Embedded(), fstest.MapFS{"html/home.html": {Data: []byte(`{{define "x"}}{{end}}`)}}}
	})
	if err == nil || !strings.HasPrefix(err.Error(), "templates/html/home.html:1:1: error: template-invalid: ") {
		t.Errorf("Build = %v, want an error naming templates/html/home.html", err)
	}
}

// overlayFS reads files from files, else from base: not a --templates
// folder, so no file in it has a name on disk.
type overlayFS struct {
	base  fs.FS
	files fstest.MapFS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.base.Open(name)
}

// overlay puts files over the built-in templates, as --templates does.
func overlay(t *testing.T, files fstest.MapFS) fs.FS {
	fsys, _ := overlayDir(t, files)
	return fsys
}

// overlayDir is overlay that also returns the folder.
func overlayDir(t *testing.T, files fstest.MapFS) (fs.FS, string) {
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
	return fsys, dir
}

// TestSettings: a wrong site.json is an error at file:line:col, counting
// characters, of the value or key at fault.
func TestSettings(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		"{\"title\": \"Zoë\", \"language\": \"es\"}":                              `site.json:1:30: error: settings-invalid: language "es": use nl, en, de or fr`,
		"{\"title\": \"Zoë\",\n \"titel\": \"T\"}":                                `site.json:2:2: error: settings-unknown-key: unknown key "titel" (known: title, description, language, base_url, links_base)`,
		"{\n  \"title\": \"Zoë\",\n}":                                             `site.json:3:1: error: settings-invalid: broken JSON: invalid character '}' looking for beginning of object key string`,
		"{\"title\": \"Zoë\", \"language\": 1}":                                   `site.json:1:30: error: settings-invalid: language must be text in quotes, not a number`,
		`{"base_url": "legal.example.org"}`:                                       `site.json:1:14: error: settings-invalid: base_url: "legal.example.org" is not an absolute http(s) address such as https://example.org/terms/`,
		`{"base_url": "https://example.org/a?b"}`:                                 `site.json:1:14: error: settings-invalid: base_url: "https://example.org/a?b": a base URL has no query or fragment`,
		`{"links_base": "www.example.com"}`:                                       `site.json:1:16: error: settings-invalid: links_base: "www.example.com" is not an absolute http(s) address such as https://www.example.com`,
		`{"links_base": "https://example.com/#x"}`:                                `site.json:1:16: error: settings-invalid: links_base: "https://example.com/#x": the address of a site has no query or fragment`,
		`{"title": "T", "base_url": "https://x.org/terms"}`:                       "",
		`{"base_url": "https://x.org/terms", "links_base": "https://www.x.org/"}`: "",
	} {
		os.WriteFile(filepath.Join(dir, SettingsFile), []byte(body), 0o644)
		s, err := LoadSettings(dir)
		switch {
		case want == "" && (err != nil || s.BaseURL != "https://x.org/terms/" || s.Language != "nl"):
			t.Errorf("%s: %+v, %v", body, s, err)
		case want == "" && strings.Contains(body, "links_base") && s.LinksBase != "https://www.x.org":
			t.Errorf("%s: %+v, %v", body, s, err)
		case want != "" && (err == nil || err.Error() != dir+string(filepath.Separator)+want):
			t.Errorf("%s:\n got %v\nwant %s", body, err, want)
		}
	}
	if s, err := LoadSettings(filepath.Join(dir, "missing")); err != nil || s != DefaultSettings() {
		t.Errorf("missing folder: %+v, %v", s, err)
	}
}

// TestTemplateParseColumns: a parse error gives only a line; when it names
// a function, variable or template, the column is where that name stands.
func TestTemplateParseColumns(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"{{define \"main\"}}\n<p>ë {{ if .X }}{{nonsense .Y}}{{end}}</p>{{end}}",
			`DIR/html/home.html:2:19: error: template-invalid: function "nonsense" not defined`},
		{"{{define \"main\"}}{{$ë := 1}}nonsense {{$nonsense}}{{end}}",
			`DIR/html/home.html:1:40: error: template-invalid: undefined variable "$nonsense"`},
		{"{{define \"main\"}}\nnonsense {{ .Z | nonsense }}\n{{end}}",
			`DIR/html/home.html:2:18: error: template-invalid: function "nonsense" not defined`},
		{"{{define \"main\"}}\n<p>{{.X}</p>{{end}}",
			`DIR/html/home.html:2:1: error: template-invalid: bad character U+007D '}'`},
	} {
		fsys, dir := overlayDir(t, fstest.MapFS{"html/home.html": {Data: []byte(c.src)}})
		_, err := buildFixture(t, func(o *Options) { o.Templates = fsys })
		if want := strings.ReplaceAll(c.want, "DIR/", dir+string(filepath.Separator)); err == nil || err.Error() != want {
			t.Errorf("Build = %v\nwant %s", err, want)
		}
	}
}
