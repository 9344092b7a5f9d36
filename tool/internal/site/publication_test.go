package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// writeVersion writes a small valid version of document id under dir.
func writeVersion(t *testing.T, dir, id, language, version, published, effective string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(id), version+".md")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	src := fmt.Sprintf("---\nid: %s\ntitle: Voorwaarden %s\npublisher: P\nlanguage: %s\nversion: \"%s\"\n"+
		"published: %s\neffective: %s\nstatus: published\n---\n\n# 1. A\n\n1.1. Tekst %s.\n",
		id, id, language, version, published, effective, version)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// futureDocs are two documents, each with a version published after the
// build date 2025-06-01: p/d 2 (Dutch, effective date unknown, so it would
// be in force at once if it counted as published) and e/t 2 (English).
func futureDocs(t *testing.T) []*model.Document {
	dir := t.TempDir()
	writeVersion(t, dir, "p/d", "nl", "1", "2024-01-01", "2024-01-01")
	writeVersion(t, dir, "p/d", "nl", "2", "2025-09-01", "unknown")
	writeVersion(t, dir, "e/t", "en", "1", "2025-01-01", "2025-01-01")
	writeVersion(t, dir, "e/t", "en", "2", "2025-07-01", "2025-08-01")
	return load(t, dir)
}

// TestNotYetPublished: a version whose publication date is after the build
// date is on no page, in no feed and not in the sitemap, and does not
// become the version in force; --drafts and the preview show it with a
// "not yet published" banner in the document's language.
func TestNotYetPublished(t *testing.T) {
	docs := futureDocs(t)
	s, err := Build(docs, options(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range s.Files() {
		if strings.HasSuffix(p, "/2.html") || strings.HasSuffix(p, "/2.json") {
			t.Errorf("%s is on the site before its publication date", p)
		}
		data, _ := s.File(p)
		for _, ref := range []string{"p/d/2.html", "e/t/2.html", `href="2.html"`, `href="../d/2.html"`} {
			if strings.Contains(string(data), ref) {
				t.Errorf("%s mentions %s, which is not published yet", p, ref)
			}
		}
	}
	if page := file(t, s, "p/d/index.html"); !strings.Contains(page, `href="1.html">1</a>`) || strings.Contains(page, "banner") {
		t.Error("p/d/index.html does not show version 1 in force")
	}

	for name, edit := range map[string]func(*Options){
		"--drafts": func(o *Options) { o.Drafts = true },
		"preview":  func(o *Options) { o.Preview = &Preview{Build: 1} },
	} {
		o := options(t)
		edit(&o)
		s, err := Build(docs, o)
		if err != nil {
			t.Fatal(err)
		}
		for p, want := range map[string]string{
			"p/d/2.html": `<p class="banner scheduled">Nog niet gepubliceerd: deze versie wordt gepubliceerd op 1 september 2025;`,
			"e/t/2.html": `<p class="banner scheduled">Not yet published: this version will be published on 1 July 2025;`,
		} {
			page := file(t, s, p)
			if !strings.Contains(page, want) {
				t.Errorf("%s: %s lacks the marker %s", name, p, want)
			}
			if !strings.Contains(page, `<span class="status scheduled">`) {
				t.Errorf("%s: %s lacks the status label", name, p)
			}
		}
		if !strings.Contains(file(t, s, "p/d/versions.html"), `<span class="status scheduled">nog niet gepubliceerd</span>`) {
			t.Errorf("%s: the archive does not mark version 2", name)
		}
		if strings.Contains(file(t, s, "p/d/index.html"), "banner") {
			t.Errorf("%s: version 2 is taken to be in force", name)
		}
		for _, p := range []string{"atom.xml", "p/d/atom.xml", "e/t/atom.xml"} {
			if strings.Contains(file(t, s, p), "/2.html") {
				t.Errorf("%s: %s has an entry for a version not yet published", name, p)
			}
		}
		if strings.Contains(file(t, s, "sitemap.xml"), "<lastmod>2025-09-01</lastmod>") {
			t.Errorf("%s: the sitemap dates a page after the build date", name)
		}
	}

	// On its publication date it is published, and in force.
	o := options(t)
	o.Today = model.Date{Year: 2025, Month: 9, Day: 1}
	s, err = Build(docs, o)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(file(t, s, "p/d/atom.xml"), "p/d/2.html") || !strings.Contains(file(t, s, "sitemap.xml"), "p/d/2.html") {
		t.Error("on its publication date, version 2 is not in the feed and the sitemap")
	}
	if !strings.Contains(file(t, s, "p/d/index.html"), `href="2.html">2</a>`) {
		t.Error("on its publication date, version 2 is not in force")
	}
}

// TestFeedDates: an entry is dated by the publication date; without one,
// by the effective date once it has come; a version with neither is left
// out (the build says so), and a document with no dated version has no
// feed, and no page links one.
func TestFeedDates(t *testing.T) {
	dir := t.TempDir()
	writeVersion(t, dir, "p/d", "nl", "1", "2024-01-01", "2024-02-01")
	writeVersion(t, dir, "p/d", "nl", "2", "unknown", "2024-06-01")
	writeVersion(t, dir, "p/d", "nl", "3", "unknown", "2026-01-01")
	writeVersion(t, dir, "p/u", "nl", "1", "unknown", "unknown")
	var progress strings.Builder
	o := options(t)
	o.Progress = &progress
	s, err := Build(load(t, dir), o)
	if err != nil {
		t.Fatal(err)
	}
	feed := file(t, s, "p/d/atom.xml")
	for _, want := range []string{
		"<id>https://legalkit.github.io/legalkit/p/d/1.html</id>\n    <updated>2024-01-01T00:00:00Z</updated>\n    <published>2024-01-01T00:00:00Z</published>",
		"<id>https://legalkit.github.io/legalkit/p/d/2.html</id>\n    <updated>2024-06-01T00:00:00Z</updated>\n    <link",
		"<updated>2024-06-01T00:00:00Z</updated>\n  <link rel=\"self\"",
	} {
		if !strings.Contains(feed, want) {
			t.Errorf("p/d/atom.xml lacks\n%s\nin\n%s", want, feed)
		}
	}
	if strings.Contains(feed, "p/d/3.html") {
		t.Error("an entry for a version whose only date is still to come")
	}
	if _, ok := s.File("p/u/atom.xml"); ok {
		t.Error("a feed for a document without a date")
	}
	for _, p := range []string{"p/u/index.html", "p/u/versions.html", "index.html"} {
		if strings.Contains(file(t, s, p), "p/u/atom.xml") || strings.Contains(file(t, s, p), `href="atom.xml" title="Voorwaarden p/u`) {
			t.Errorf("%s links a feed that is not there", p)
		}
	}
	for _, want := range []string{
		"p/d@3: not in the Atom feeds: its publication date is unknown and its effective date unknown or still to come",
		"p/u@1: not in the Atom feeds",
		"p/u: no Atom feed: no version has a known publication or effective date",
	} {
		if !strings.Contains(progress.String(), want) {
			t.Errorf("the build does not say %q:\n%s", want, progress.String())
		}
	}
	for _, p := range []string{"atom.xml", "p/d/atom.xml"} {
		data, _ := s.File(p)
		for _, e := range validateAtom(data) {
			t.Errorf("%s: %s", p, e)
		}
	}
}
