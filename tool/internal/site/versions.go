package site

import (
	"net/url"

	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Status is where a version stands on the build date (history.StatusOn).
type Status string

// The statuses of a version on the site.
const (
	InForce    = Status(history.InForce)    // the version that applies now
	Superseded = Status(history.Superseded) // replaced by a later version
	Upcoming   = Status(history.Upcoming)   // published, takes effect after the build date
	Draft      = Status(history.Draft)      // not published; only in a preview or with --drafts
	// Scheduled is a version whose publication date is after the build
	// date: it is not public yet, so only a preview or --drafts shows it.
	Scheduled = Status(history.Scheduled)
)

// Doc is one document on the site with its versions.
type Doc struct {
	ID       string
	Dir      string     // site folder: "visma/servicevoorwaarden"
	Versions []*Version // oldest first, as package history orders them
	InForce  *Version   // nil when no version applies yet
	Current  *Version   // the version shown at Dir/index.html: in force, else the newest
	Nav      []NavLink  // extra links on the document's pages, added by extensions
	// Feed is the site path of the document's Atom feed; "" when it has
	// none (no base URL, or no version with a date an entry can carry).
	Feed string
}

// Latest returns the newest version, for the document's title and publisher.
func (d *Doc) Latest() *model.Document { return d.Versions[len(d.Versions)-1].Model }

// Version is one version of a document on the site.
type Version struct {
	Model  *model.Document
	Doc    *Doc
	Status Status
	Next   *Version  // for a superseded version: the published version that followed it
	Page   string    // site path of its page: "visma/servicevoorwaarden/2018-04-18.html"
	JSON   string    // site path of its JSON
	PDF    string    // site path of its PDF; "" when no PDFs are built
	Nav    []NavLink // extra links about this version, added by extensions
}

// NavLink is a link an extension adds to a document's pages.
type NavLink struct {
	Text string // in the document language
	Path string // site path of the target
}

// group collects the versions of each document and decides their status on
// the date today, by the rules of package history (history.StatusOn).
// Drafts, and versions whose publication date is after today, are left out
// unless drafts is set.
//
// The version in force is the newest published version (by publication
// date, then version label) that is not upcoming; a version is upcoming when
// its effective date is known and after today. A version with an unknown
// effective date is taken to apply once published: the site says its date is
// unknown rather than inventing one.
func group(set history.Set, today model.Date, drafts, pdf bool) []*Doc {
	var out []*Doc
	for _, id := range set.IDs() {
		all := set[id]
		doc := &Doc{ID: id, Dir: sitePathOf(id)}
		for _, m := range all {
			st := Status(history.StatusOn(all, m, today))
			if !drafts && (st == Draft || st == Scheduled) {
				continue
			}
			v := &Version{Model: m, Doc: doc, Status: st}
			base := doc.Dir + "/" + fileName(m.Meta.Version)
			v.Page, v.JSON = base+".html", base+".json"
			if pdf {
				v.PDF = base + ".pdf"
			}
			if st == InForce {
				doc.InForce = v
			}
			doc.Versions = append(doc.Versions, v)
		}
		if len(doc.Versions) == 0 {
			continue
		}
		doc.link()
		out = append(out, doc)
	}
	return out
}

// link sets each superseded version's successor (the next version that
// came into force) and the version shown at the document's address: the
// one in force, else the first upcoming one, else the newest.
func (d *Doc) link() {
	var next *Version
	for i := len(d.Versions) - 1; i >= 0; i-- {
		v := d.Versions[i]
		if v.Status == Superseded {
			v.Next = next
		}
		if v.Status == InForce || v.Status == Superseded {
			next = v
		}
	}
	d.Current = d.InForce
	if d.Current == nil {
		d.Current = d.Versions[len(d.Versions)-1]
		for _, v := range d.Versions {
			if v.Status == Upcoming {
				d.Current = v
				break
			}
		}
	}
}

// Public reports whether v is public on the build date: neither a draft nor
// a version whose publication date is still to come. Only public versions
// are in feeds and the sitemap.
func (v *Version) Public() bool { return v.Status != Draft && v.Status != Scheduled }

// sitePathOf turns a document id into its folder on the site. Ids are
// lower-case letters, digits and dashes with one slash; anything else is
// escaped so that no id can leave its folder.
func sitePathOf(id string) string {
	pub, doc, ok := cutSlash(id)
	if !ok {
		return "doc/" + fileName(id)
	}
	return fileName(pub) + "/" + fileName(doc)
}

func cutSlash(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// fileName makes a version label or id part safe as one path segment.
func fileName(s string) string {
	if s == "" || s == "." || s == ".." {
		return "_" + s
	}
	return url.PathEscape(s)
}
