package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Atom feeds: one per document and one for the site, with an entry per
// public version. RFC 4287 requires an <updated> date in every entry and
// feed, and legalkit never invents a date: an entry is dated by the
// version's publication date or, when that is unknown, by its effective
// date once that has come (a date the source states, on which the version
// certainly was out). A version with neither is left out of the feeds (the
// build says so), and a document none of whose versions has such a date
// gets no feed, since an empty feed needs a date too.

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
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
	Updated   string      `xml:"updated"`
	Published string      `xml:"published,omitempty"`
	Links     []atomLink  `xml:"link"`
	Author    *atomPerson `xml:"author"`
	Summary   string      `xml:"summary"`
	sortKey   string
}

// planFeeds decides which documents get a feed, before any page links one.
func (b *Builder) planFeeds() {
	if b.base == "" {
		return
	}
	for _, d := range b.docs {
		for _, v := range d.Versions {
			if _, ok := b.feedDate(v); ok {
				d.Feed = d.Dir + "/" + feedFile
				break
			}
		}
	}
}

// siteFeed returns the site path of the site's feed: "" when no document
// has a feed.
func (b *Builder) siteFeed() string {
	for _, d := range b.docs {
		if d.Feed != "" {
			return feedFile
		}
	}
	return ""
}

// feedDate is the date of v's feed entry: its publication date, else its
// effective date once that has come. Drafts and versions not yet published
// have none.
func (b *Builder) feedDate(v *Version) (model.Date, bool) {
	m := v.Model.Meta
	switch {
	case !v.Public():
		return model.Date{}, false
	case m.Published.Known():
		return m.Published, true
	case m.Effective.Known() && !b.opts.Today.Before(m.Effective):
		return m.Effective, true
	}
	return model.Date{}, false
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
		entries, err := b.docEntries(d)
		if err != nil {
			return err
		}
		if d.Feed == "" {
			b.progress("  %s: no Atom feed: no version has a known publication or effective date", d.ID)
			continue
		}
		all = append(all, entries...)
		m := d.Current.Model.Meta
		title, err := b.tmpl.fillText(m.Language, "feed.title", "title", m.Title, "publisher", m.Publisher)
		if err != nil {
			return err
		}
		f := atomFeed{Lang: m.Language, Title: title, ID: absURL(b.base, d.Dir+"/"),
			Links: []atomLink{
				{Rel: "self", Type: "application/atom+xml", Href: absURL(b.base, d.Feed)},
				{Rel: "alternate", Type: "text/html", Href: absURL(b.base, d.Dir+"/")},
			},
			Author: &atomPerson{Name: m.Publisher}}
		if err := b.writeFeed(d.Feed, f, entries); err != nil {
			return err
		}
	}
	if b.siteFeed() == "" {
		return nil
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

// docEntries returns the feed entries of d's public versions that have a
// date, and says which public versions are left out.
func (b *Builder) docEntries(d *Doc) ([]atomEntry, error) {
	var entries []atomEntry
	for _, v := range d.Versions {
		date, ok := b.feedDate(v)
		if !ok {
			if v.Public() {
				b.progress("  %s: not in the Atom feeds: its publication date is unknown and its effective date unknown or still to come", v.Model.Key())
			}
			continue
		}
		e, err := b.entry(v, date)
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	return entries, nil
}

func (b *Builder) entry(v *Version, date model.Date) (atomEntry, error) {
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
		Links: []atomLink{{Rel: "alternate", Type: "text/html", Href: absURL(b.base, v.Page)}}, Summary: summary,
		Updated: atomDate(date)}
	if m.Published.Known() {
		e.Published = atomDate(m.Published)
	}
	// Newest first, then by id and version.
	e.sortKey = e.Updated + "\x00" + v.Page
	return e, nil
}

// atomDate is a date as an RFC 3339 date-time, the form Atom requires.
func atomDate(d model.Date) string { return d.String() + "T00:00:00Z" }

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
