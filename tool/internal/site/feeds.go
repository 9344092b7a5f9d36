package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
)

// Atom feeds: one per document and one for the site, with an entry per
// published version. Entries carry the version's publication date; legalkit
// never invents a date, so a version whose date is unknown has no
// <updated> (readers then use the time they first see it).

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated,omitempty"`
	Links     []atomLink  `xml:"link"`
	Author    *atomPerson `xml:"author,omitempty"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Lang      string      `xml:"xml:lang,attr"`
	Title     string      `xml:"title"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated,omitempty"`
	Published string      `xml:"published,omitempty"`
	Links     []atomLink  `xml:"link"`
	Author    *atomPerson `xml:"author"`
	Summary   string      `xml:"summary"`
	sortKey   string
}

// feeds writes DOC/atom.xml for every document and atom.xml for the site.
// Without a base URL there are no feeds: their addresses must be absolute.
func (b *Builder) feeds() error {
	if b.base == "" {
		b.progress("no base URL (--base-url or base_url in site/site.json): no Atom feeds and no sitemap")
		return nil
	}
	var all []atomEntry
	for _, d := range b.docs {
		var entries []atomEntry
		for _, v := range d.Versions {
			if v.Status == Draft {
				continue
			}
			e, err := b.entry(d, v)
			if err != nil {
				return err
			}
			entries = append(entries, e)
		}
		all = append(all, entries...)
		m := d.Current.Model.Meta
		title, err := b.tmpl.fillText(m.Language, "feed.title", "title", m.Title, "publisher", m.Publisher)
		if err != nil {
			return err
		}
		f := atomFeed{Lang: m.Language, Title: title, ID: absURL(b.base, d.Dir+"/"),
			Links: []atomLink{
				{Rel: "self", Type: "application/atom+xml", Href: absURL(b.base, d.Dir+"/"+feedFile)},
				{Rel: "alternate", Type: "text/html", Href: absURL(b.base, d.Dir+"/")},
			},
			Author: &atomPerson{Name: m.Publisher}}
		if err := b.writeFeed(d.Dir+"/"+feedFile, f, entries); err != nil {
			return err
		}
	}
	s := b.opts.Settings
	f := atomFeed{Lang: s.Language, Title: s.Title, Subtitle: s.Description, ID: b.base,
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: b.base + feedFile},
			{Rel: "alternate", Type: "text/html", Href: b.base},
		},
		Author: &atomPerson{Name: s.Title}}
	return b.writeFeed(feedFile, f, all)
}

func (b *Builder) entry(d *Doc, v *Version) (atomEntry, error) {
	m := v.Model.Meta
	l := m.Language
	title, err := b.tmpl.fillText(l, "feed.entry", "title", m.Title, "version", m.Version)
	if err != nil {
		return atomEntry{}, err
	}
	summary, err := b.tmpl.fillText(l, "feed.summary", "version", m.Version, "title", m.Title,
		"publisher", m.Publisher, "published", b.dateText(m.Published, l), "effective", b.dateText(m.Effective, l))
	if err != nil {
		return atomEntry{}, err
	}
	if extra := b.summaries[v]; extra != "" {
		summary += " " + extra
	}
	e := atomEntry{Lang: l, Title: title, ID: absURL(b.base, v.Page), Author: &atomPerson{Name: m.Publisher},
		Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: absURL(b.base, v.Page)}}, Summary: summary}
	if m.Published.Known() {
		e.Updated = m.Published.String() + "T00:00:00Z"
		e.Published = e.Updated
	}
	// Newest first: known dates before unknown ones, then by id and version.
	e.sortKey = e.Updated + "\x00" + v.Page
	return e, nil
}

func (b *Builder) writeFeed(p string, f atomFeed, entries []atomEntry) error {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].sortKey > entries[j].sortKey })
	f.Entries = entries
	f.Generator = "legalkit"
	for _, e := range entries {
		if e.Updated > f.Updated {
			f.Updated = e.Updated
		}
	}
	data, err := marshalXML(f)
	if err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return b.File(p, data)
}

func marshalXML(v any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
