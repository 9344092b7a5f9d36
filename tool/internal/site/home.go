package site

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// home writes index.html: the publishers with their documents, the version
// of each in force, its effective date and status, and upcoming versions.
func (b *Builder) home() error {
	const p = "index.html"
	byPub := map[string]*PublisherView{}
	var pubs []*PublisherView
	for _, d := range b.homeOrder() {
		name := d.Current.Model.Meta.Publisher
		pv := byPub[name]
		if pv == nil {
			pv = &PublisherView{ID: "_pub-" + model.Slug(name), Name: name}
			byPub[name] = pv
			pubs = append(pubs, pv)
		}
		dv, err := b.docView(d, p)
		if err != nil {
			return err
		}
		pv.Docs = append(pv.Docs, dv)
	}
	sort.SliceStable(pubs, func(i, j int) bool { return strings.ToLower(pubs[i].Name) < strings.ToLower(pubs[j].Name) })
	data := HomeData{}
	for _, pv := range pubs {
		data.Publishers = append(data.Publishers, *pv)
	}
	s := b.opts.Settings
	pg := b.page(p, s.Language, s.Title)
	pg.Description = s.Description
	pg.Preview = b.preview(s.Language, nil)
	if b.siteFeed() != "" {
		data.FeedHref = feedFile
		site, _ := b.tmpl.word(s.Language, "site.feed")
		pg.Alternates = []Alternate{{Type: "application/atom+xml", Href: feedFile, Title: s.Title + ": " + site}}
	}
	pg.Data = data
	out, err := b.tmpl.execute("home", pg)
	if err != nil {
		return err
	}
	return b.File(p, out)
}

// homeOrder lists documents by id, each annex right after its main document.
func (b *Builder) homeOrder() []*Doc {
	key := func(d *Doc) string {
		if main := d.Current.Model.Meta.AnnexOf; main != "" && b.docByID[main] != nil {
			return main + "\x00" + d.ID
		}
		return d.ID
	}
	out := append([]*Doc(nil), b.docs...)
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

// assets copies the stylesheets of templates/css to assets/, the files of
// the site's static folder to the root, and writes the marker file.
func (b *Builder) assets() error {
	entries, err := fs.ReadDir(b.opts.Templates, "css")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".css") {
			continue
		}
		data, err := fs.ReadFile(b.opts.Templates, "css/"+e.Name())
		if err != nil {
			return err
		}
		if e.Name() == "site.css" {
			data = b.extensionCSS(data)
		}
		if err := b.File("assets/"+e.Name(), data); err != nil {
			return err
		}
	}
	if b.opts.Static != nil {
		if err := b.copyStatic(b.opts.Static); err != nil {
			return err
		}
	}
	b.files[MarkerFile] = []byte("This folder was written by `legalkit build`, which replaces it on every build.\n")
	return nil
}

// extensionCSS puts the stylesheets of the extensions before the site's
// own rules, which therefore win where both style the same thing.
func (b *Builder) extensionCSS(site []byte) []byte {
	var out []byte
	for _, ext := range b.opts.Extensions {
		if ext.CSS != "" {
			out = append(out, ext.CSS...)
			if !strings.HasSuffix(ext.CSS, "\n") {
				out = append(out, '\n')
			}
		}
	}
	if out == nil {
		return site
	}
	return append(out, site...)
}
