package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// linkSources are two documents that link to each other as documents kept
// as Markdown in git do: by file, by heading slug, and by site path.
var linkSources = map[string]string{
	"acme/tos/1.md": "# 1. Billing\n\n## 1.2 Fees & Taxes\n\n1.2.1. See [the fees](#12-fees--taxes), [processing](../dpa.md#11-processing), " +
		"[the DPA](dpa.md), [version 1](../dpa/1.md#1) and [privacy](/policies/privacy#cookies).\n\n## Notes\n\nText.\n",
	"acme/dpa/1.md": "# 1. Scope\n\n## 1.1 Processing\n\nText; see [the terms](tos.md#1-billing).\n",
}

func writeLinkSources(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for p, body := range linkSources {
		parts := strings.Split(strings.TrimSuffix(p, ".md"), "/")
		src := "---\nid: " + parts[0] + "/" + parts[1] + "\ntitle: " + parts[1] + "\npublisher: Acme\nlanguage: en\nversion: \"" + parts[2] +
			"\"\npublished: 2024-01-01\neffective: unknown\nstatus: published\n---\n\n" + body
		f := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// buildLinks builds the site of linkSources with the given links_base.
func buildLinks(t *testing.T, linksBase string) (*Site, []*model.Document) {
	t.Helper()
	docs := load(t, writeLinkSources(t))
	o := options(t)
	o.Settings.LinksBase = linksBase
	s, err := Build(docs, o)
	if err != nil {
		t.Fatal(err)
	}
	return s, docs
}

// TestAuthorLinksResolve: on the built site every link the authors wrote
// leads to a page and an id that exist, links to another document's
// Markdown file lead to its page, and site-absolute paths lead under
// links_base, or stay as written without it.
func TestAuthorLinksResolve(t *testing.T) {
	for _, tt := range []struct{ base, privacy string }{
		{"", `href="/policies/privacy#cookies"`},
		{"https://www.example.com", `href="https://www.example.com/policies/privacy#cookies"`},
	} {
		s, docs := buildLinks(t, tt.base)
		checkLinks(t, s)
		checkAliases(t, s, docs)
		page, _ := s.File("acme/tos/1.html")
		for _, want := range []string{
			`<a href="#12-fees--taxes">the fees</a>`,
			`<a href="../dpa/index.html#11-processing">processing</a>`,
			`<a href="../dpa/index.html">the DPA</a>`,
			`<a href="../dpa/1.html#1">version 1</a>`,
			tt.privacy,
			`<span class="alias" id="12-fees--taxes"></span>`,
		} {
			if !strings.Contains(string(page), want) {
				t.Errorf("links_base %q: the page has no %s", tt.base, want)
			}
		}
	}
}

// TestAliasesOnPages: every alias of every version of terms/ has an element
// with that id on the version's page, so an old permalink lands there.
func TestAliasesOnPages(t *testing.T) {
	s := buildTerms(t)
	if n := checkAliases(t, s, load(t, "terms")); n < 50 {
		t.Errorf("only %d aliases on the pages of terms/", n)
	}
}

// checkAliases checks that each alias of each version on the site is an id
// of its page, and returns how many there are.
func checkAliases(t *testing.T, s *Site, docs []*model.Document) int {
	t.Helper()
	n := 0
	for _, d := range docs {
		page := d.Meta.ID + "/" + d.Meta.Version + ".html"
		data, ok := s.File(page)
		if !ok {
			continue
		}
		ids := map[string]bool{}
		for _, e := range parseHTML(t, page, data) {
			ids[e.attrs["id"]] = true
		}
		model.EachTarget(d, func(tg model.Target) {
			for _, a := range tg.Aliases() {
				n++
				if !ids[a] {
					t.Errorf("%s: alias %q has no element", page, a)
				}
			}
		})
	}
	return n
}
