package site

import (
	"io/fs"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/html"
)

// page returns the common part of a page at site path p.
func (b *Builder) page(p, language, title string) *Page {
	pg := &Page{Lang: language, Title: title, Path: p, Root: rootOf(p), CSP: cspBuild, Site: b.opts.Settings}
	if b.opts.Preview != nil {
		pg.CSP = cspPreview
	}
	if b.base != "" {
		pg.Canonical = absURL(b.base, strings.TrimSuffix(p, "index.html"))
	}
	if b.opts.Static != nil {
		if _, err := fs.Stat(b.opts.Static, "favicon.svg"); err == nil {
			pg.Icon = rel(p, "favicon.svg")
		}
	}
	return pg
}

func (b *Builder) docCrumbs(d *Doc, p, last string) []Link {
	l := d.Current.Model.Meta.Language
	home, _ := b.tmpl.word(l, "home")
	crumbs := []Link{{Href: rel(p, "index.html"), Text: home}}
	if p != d.Dir+"/index.html" {
		crumbs = append(crumbs, Link{Href: rel(p, d.Dir+"/index.html"), Text: d.Current.Model.Meta.Title})
	}
	return append(crumbs, Link{Text: last})
}

func (b *Builder) docAlternates(d *Doc, p string) []Alternate {
	var out []Alternate
	if d.Feed != "" {
		feed, _ := b.tmpl.word(d.Current.Model.Meta.Language, "feed")
		out = append(out, Alternate{Type: "application/atom+xml", Href: rel(p, d.Feed), Title: d.Current.Model.Meta.Title + ": " + feed})
	}
	if sf := b.siteFeed(); sf != "" {
		site, _ := b.tmpl.word(b.opts.Settings.Language, "site.feed")
		out = append(out, Alternate{Type: "application/atom+xml", Href: rel(p, sf), Title: b.opts.Settings.Title + ": " + site})
	}
	return out
}

// preview returns what the live preview shows on a page of document d (all
// findings when d is nil).
func (b *Builder) preview(language string, d *Doc) *PreviewView {
	pv := b.opts.Preview
	if pv == nil {
		return nil
	}
	findings := language
	if pv.Lang != "" {
		findings = pv.Lang
	}
	out := &PreviewView{Lang: language, Summary: pv.Diagnostics.SummaryIn(findings), Build: pv.Build}
	files := map[string]bool{}
	if d != nil {
		for _, v := range d.Versions {
			files[v.Model.Path] = true
		}
	}
	for _, dg := range pv.Diagnostics {
		if d == nil || files[dg.File] {
			out.Diagnostics = append(out.Diagnostics, dg.In(findings))
		} else {
			out.Other++
		}
	}
	return out
}

// words returns the renderer's interface words in a language.
func (b *Builder) words(l string) html.Words {
	w := func(k string) string { s, _ := b.tmpl.word(l, k); return s }
	return html.Words{Permalink: w("permalink"), UsedIn: w("used-in"), UsedInDoc: w("used-in-doc"),
		NotUsed: w("not-used"), DefinedIn: w("defined-in"), Statutory: w("statutory"),
		Preamble: w("preamble"), Unlinked: w("unlinked")}
}
