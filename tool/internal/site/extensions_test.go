package site

import (
	"errors"
	"strings"
	"testing"
)

// TestExtensionVersionLinks: an extension starts with the builder, adds
// links about single versions (on the version's page and in its row of the
// archive) and its stylesheet goes before the site's own rules.
func TestExtensionVersionLinks(t *testing.T) {
	var docs int
	var since string
	ext := Extension{
		Start: func(b *Builder) error {
			docs = len(b.Docs())
			var err error
			since, err = b.TextWith("nl", "feed.entry", "title", "Voorwaarden", "version", "1")
			return err
		},
		VersionNav: func(v *Version) []NavLink {
			if v.Model.Meta.Version != "2" {
				return nil
			}
			return []NavLink{{Text: "Sinds versie 1", Path: v.Doc.Dir + "/changes/1..2.html"}}
		},
		Pages: func(b *Builder, d *Doc) error {
			if d.ID != "acme/voorwaarden" {
				return nil
			}
			return b.DocumentPage(d, d.Dir+"/changes/1..2.html", "archive", "1..2", nil)
		},
		CSS: ".ext { color: red; }",
	}
	s := mustBuildFixture(t, func(o *Options) { o.Extensions = []Extension{ext} })
	if docs != 3 || since != "Voorwaarden, versie 1" {
		t.Errorf("Start saw %d documents and the text %q", docs, since)
	}
	if !strings.Contains(file(t, s, "acme/voorwaarden/2.html"), `<li><a href="changes/1..2.html">Sinds versie 1</a></li>`) {
		t.Error("the version page lacks the link about it")
	}
	if strings.Contains(file(t, s, "acme/voorwaarden/1.html"), "Sinds versie 1") {
		t.Error("another version's page has the link")
	}
	archive := file(t, s, "acme/voorwaarden/versions.html")
	if !strings.Contains(archive, `<th scope="col">Wijzigingen</th>`) || !strings.Contains(archive, `<td><a href="changes/1..2.html">Sinds versie 1</a></td>`) {
		t.Error("the archive lacks the column of version links")
	}
	if strings.Contains(file(t, s, "acme/verwerkersovereenkomst/versions.html"), `Wijzigingen</th>`) {
		t.Error("an archive without version links has the column")
	}
	css := file(t, s, "assets/site.css")
	if !strings.HasPrefix(css, ".ext { color: red; }\n") || !strings.Contains(css, "--fg:") {
		t.Errorf("assets/site.css does not start with the extension's rules, followed by the site's: %.60q", css)
	}
	stop := Extension{Start: func(*Builder) error { return errors.New("no diffs") }}
	if _, err := buildFixture(t, func(o *Options) { o.Extensions = []Extension{stop} }); err == nil || err.Error() != "no diffs" {
		t.Errorf("a failing Start: %v", err)
	}
}
