package site

import (
	"fmt"
	"strings"
)

// Extension adds pages to every document and text to feed entries. The
// version archive is one; issue 4's changelog and redline pages plug in the
// same way. Build calls an extension's functions one at a time: Start,
// then Nav and VersionNav for every document, then, once the version pages
// are rendered, Pages and Summary.
type Extension struct {
	// Start runs once per build, before anything else, with the builder:
	// the place to prepare what the other functions share (Builder.Docs
	// lists the documents). An extension with state needs a fresh value per
	// build.
	Start func(b *Builder) error
	// Nav returns links to show on every page of the document. It runs
	// before any page is rendered.
	Nav func(d *Doc) []NavLink
	// VersionNav returns links about one version (such as what changed
	// since the version before it), shown on the version's page and beside
	// it in the version archive. It runs before any page is rendered.
	VersionNav func(v *Version) []NavLink
	// Pages writes the extension's files for one document, with
	// Builder.DocumentPage and Builder.File.
	Pages func(b *Builder, d *Doc) error
	// Summary returns extra text for the feed entry of a version ("" for
	// none), e.g. what changed since the previous version.
	Summary func(d *Doc, v *Version) (string, error)
	// CSS is the stylesheet the extension's pages need. It goes at the top
	// of assets/site.css, so that the rules of templates/css/site.css (and
	// of a site.css given with --templates) come after it and win.
	CSS string
}

// BaseURL returns the absolute address of the site, ending in "/", or "".
func (b *Builder) BaseURL() string { return b.base }

// Rel returns the relative href from the page at site path from to to.
func (b *Builder) Rel(from, to string) string { return rel(from, to) }

// Text returns the interface text for key in language lang, from
// templates/html/text.json.
func (b *Builder) Text(lang, key string) (string, error) { return b.tmpl.word(lang, key) }

// TextWith returns the interface text for key with its {placeholders}
// filled: args are name, value pairs. The result is plain text.
func (b *Builder) TextWith(lang, key string, args ...string) (string, error) {
	return b.tmpl.fillText(lang, key, args...)
}

// Docs returns the documents of the build, in the order of their ids.
func (b *Builder) Docs() []*Doc { return b.docs }

// ExtraPage is the data of a page an extension adds to a document; Extra is
// the extension's own.
type ExtraPage struct {
	DocPage
	Extra any
}

// DocumentPage renders templates/html/NAME.html as a page of document d at
// site path p, with the document's header links and breadcrumbs. The
// template gets an ExtraPage as .Data.
func (b *Builder) DocumentPage(d *Doc, p, name, title string, extra any) error {
	dv, err := b.docView(d, p)
	if err != nil {
		return err
	}
	l := d.Current.Model.Meta.Language
	page := b.page(p, l, title)
	page.Crumbs = b.docCrumbs(d, p, title)
	page.Alternates = b.docAlternates(d, p)
	page.Preview = b.preview(l, d)
	page.Data = ExtraPage{DocPage: DocPage{Lang: l, Doc: dv}, Extra: extra}
	out, err := b.tmpl.execute(name, page)
	if err != nil {
		return err
	}
	return b.File(p, out)
}

func (b *Builder) extend(ext Extension) error {
	for _, d := range b.docs {
		if ext.Pages != nil {
			if err := ext.Pages(b, d); err != nil {
				return fmt.Errorf("%s: %w", d.ID, err)
			}
		}
		if ext.Summary != nil {
			for _, v := range d.Versions {
				s, err := ext.Summary(d, v)
				if err != nil {
					return fmt.Errorf("%s: %w", v.Model.Key(), err)
				}
				if s != "" {
					b.summaries[v] = strings.TrimSpace(b.summaries[v] + " " + s)
				}
			}
		}
	}
	return nil
}

// archive is the built-in extension that writes each document's version
// archive.
var archive = Extension{
	Pages: func(b *Builder, d *Doc) error {
		l := d.Current.Model.Meta.Language
		title, err := b.tmpl.fillText(l, "versions.title", "title", d.Current.Model.Meta.Title)
		if err != nil {
			return err
		}
		return b.DocumentPage(d, d.Dir+"/"+archiveFile, "archive", title, nil)
	},
}
