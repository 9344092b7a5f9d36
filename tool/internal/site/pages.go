package site

import (
	"html/template"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Page is what every page template gets; Data holds the page's own data.
type Page struct {
	Lang        string // language of the page: the document's, or the site's
	Title       string // <title>
	Description string
	Path        string // site path of the page
	Root        string // relative path to the site root: "" or "../../"
	CSP         string // the Content-Security-Policy
	Canonical   string // absolute address of the page or its permalink; "" without a base URL
	Site        Settings
	Icon        string // href of the favicon; "" when site/static has none
	Crumbs      []Link
	Alternates  []Alternate
	Preview     *PreviewView // set by `legalkit serve`
	Data        any
}

// Link is a link with its text.
type Link struct {
	Href, Text string
}

// Alternate is a <link rel="alternate">: a feed.
type Alternate struct {
	Type, Href, Title string
}

// DateView is a date as readers see it, with its ISO form ("" when unknown).
type DateView struct {
	ISO, Text string
}

// VersionView is a version as a page shows it; hrefs are relative to that page.
type VersionView struct {
	Lang       string
	Label      string
	Status     Status
	StatusText string
	Published  DateView
	Effective  DateView
	Notice     string // notice period as written; "" when none
	Href       string
	JSONHref   string
	PDFHref    string
	Nav        []Link // links extensions add about this version
}

// DocView is a document as a page shows it.
type DocView struct {
	ID, Title, Publisher, Lang string
	Href                       string // the version in force
	ArchiveHref                string
	FeedHref                   string // "" when the document has no feed
	InForce                    *VersionView
	Upcoming                   []*VersionView
	Versions                   []*VersionView // newest first
	AnnexOf                    *Link
	Annexes                    []Link
	Nav                        []Link
}

// DocPage is the data of a page about one document: a version or its archive.
type DocPage struct {
	Lang string
	Doc  *DocView
	V    *VersionView // nil on the archive
}

// VersionData is the data of a version page.
type VersionData struct {
	DocPage
	Banner       *Banner
	ReadWith     *ReadWithView // for an annex: the main-document version it is read with
	Current      bool          // this is the page of the version in force at the document's own address
	PermalinkURL string        // absolute address of this version, for the printed copy
	TOC          template.HTML
	Body         template.HTML
	Index        template.HTML
}

// Banner is the notice on a version that is not in force.
type Banner struct {
	Kind string // superseded, upcoming, draft or scheduled
	Text template.HTML
}

// HomeData is the data of the home page.
type HomeData struct {
	Publishers []PublisherView
	FeedHref   string
}

// PublisherView is a publisher with its documents.
type PublisherView struct {
	ID, Name string // ID is the heading's id
	Docs     []*DocView
}

// PreviewView is what `legalkit serve` shows above every page.
type PreviewView struct {
	Lang        string
	Diagnostics diag.List // the findings in this page's document, or all on the home page
	Summary     string    // "0 errors, 3 warnings"
	Other       int       // findings in other documents
	Build       int       // the build's number, for the reload script
}

func dateView(d model.Date, language string) DateView {
	v := DateView{Text: lang.FormatDate(d.Year, int(d.Month), d.Day, language)}
	if d.Known() {
		v.ISO = d.String()
	}
	return v
}

// versionView describes v for the page at site path from.
func (b *Builder) versionView(v *Version, from string) (*VersionView, error) {
	m := v.Model.Meta
	st, err := b.tmpl.word(m.Language, "status."+string(v.Status))
	if err != nil {
		return nil, err
	}
	vv := &VersionView{Lang: m.Language, Label: m.Version, Status: v.Status, StatusText: st,
		Published: dateView(m.Published, m.Language), Effective: dateView(m.Effective, m.Language),
		Notice: m.NoticePeriod.Text, Href: rel(from, v.Page), JSONHref: rel(from, v.JSON)}
	if v.PDF != "" {
		vv.PDFHref = rel(from, v.PDF)
	}
	for _, n := range v.Nav {
		vv.Nav = append(vv.Nav, Link{Href: rel(from, n.Path), Text: n.Text})
	}
	return vv, nil
}

// docView describes d for the page at site path from.
func (b *Builder) docView(d *Doc, from string) (*DocView, error) {
	m := d.Current.Model.Meta
	dv := &DocView{ID: d.ID, Title: m.Title, Publisher: m.Publisher, Lang: m.Language,
		Href: rel(from, d.Dir+"/index.html"), ArchiveHref: rel(from, d.Dir+"/"+archiveFile)}
	if d.Feed != "" {
		dv.FeedHref = rel(from, d.Feed)
	}
	for i := len(d.Versions) - 1; i >= 0; i-- {
		vv, err := b.versionView(d.Versions[i], from)
		if err != nil {
			return nil, err
		}
		dv.Versions = append(dv.Versions, vv)
		switch {
		case d.Versions[i] == d.InForce:
			dv.InForce = vv
		case d.Versions[i].Status == Upcoming:
			dv.Upcoming = append([]*VersionView{vv}, dv.Upcoming...)
		}
	}
	if id := m.AnnexOf; id != "" {
		if main := b.docByID[id]; main != nil {
			dv.AnnexOf = &Link{Href: rel(from, main.Dir+"/index.html"), Text: main.Current.Model.Meta.Title}
		}
	}
	for _, id := range m.Annexes {
		if a := b.docByID[id]; a != nil {
			dv.Annexes = append(dv.Annexes, Link{Href: rel(from, a.Dir+"/index.html"), Text: a.Current.Model.Meta.Title})
		}
	}
	for _, n := range d.Nav {
		dv.Nav = append(dv.Nav, Link{Href: rel(from, n.Path), Text: n.Text})
	}
	return dv, nil
}

// banner returns the notice for a version that is not in force.
func (b *Builder) banner(v *Version, from string) (*Banner, error) {
	l := v.Model.Meta.Language
	var text, more template.HTML
	var err error
	cur := v.Doc.InForce
	switch v.Status {
	case InForce:
		return nil, nil
	case Superseded:
		next := v.Next
		if next == nil {
			next = cur
		}
		by := link(rel(from, next.Page), next.Model.Meta.Version)
		if eff := next.Model.Meta.Effective; eff.Known() {
			text, err = b.tmpl.fill(l, "banner.superseded", "version", by, "date", b.dateText(eff, l))
		} else {
			text, err = b.tmpl.fill(l, "banner.superseded.nodate", "version", by)
		}
		if err == nil && cur != nil && cur != next {
			more, err = b.tmpl.fill(l, "banner.superseded.current", "current", link(rel(from, cur.Page), cur.Model.Meta.Version))
		}
	case Upcoming:
		text, err = b.tmpl.fill(l, "banner.upcoming", "date", b.dateText(v.Model.Meta.Effective, l))
		if err == nil && cur != nil {
			more, err = b.tmpl.fill(l, "banner.upcoming.current", "current", link(rel(from, cur.Page), cur.Model.Meta.Version))
		}
	case Draft:
		text, err = b.tmpl.fill(l, "banner.draft")
	case Scheduled:
		text, err = b.tmpl.fill(l, "banner.scheduled", "date", b.dateText(v.Model.Meta.Published, l))
	}
	if err != nil {
		return nil, err
	}
	if more != "" {
		text += " " + more
	}
	return &Banner{Kind: string(v.Status), Text: text}, nil
}

// dateText is a date as text: "18 april 2018", or "onbekend".
func (b *Builder) dateText(d model.Date, language string) string {
	return lang.FormatDate(d.Year, int(d.Month), d.Day, language)
}
