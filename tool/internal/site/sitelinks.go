package site

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/html"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// NormalizeLinksBase checks that u is an absolute http or https address of
// a site, without a query or fragment, and returns it without a trailing
// slash, ready to put before a site-absolute path.
func NormalizeLinksBase(u string) (string, error) {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.User != nil {
		return "", fmt.Errorf("%q is not an absolute http(s) address such as https://www.example.com", u)
	}
	if p.RawQuery != "" || p.Fragment != "" {
		return "", fmt.Errorf("%q: the address of a site has no query or fragment", u)
	}
	return strings.TrimSuffix(p.String(), "/"), nil
}

// SiteAbsolute returns the address a site-absolute link (/policies/x)
// leads to under base (links_base): base and the path, or the path as
// written when there is no base.
func SiteAbsolute(base, u string) string { return base + u }

// Link returns where a link the author wrote leads from this page.
func (l linker) Link(link *model.Link) string {
	if t := link.Target; t != nil {
		return l.documentLink(t)
	}
	if model.KindOfLink(link.URL) == model.LinkSiteAbsolute {
		return SiteAbsolute(l.b.opts.Settings.LinksBase, link.URL)
	}
	return link.URL
}

// documentLink returns the href of a link to another document's source:
// the page of the version it names when that version is on the site, else
// the document's address (its version in force), with the fragment; a
// fragment into this very document stays on this page. "" when the
// document is not on the site.
func (l linker) documentLink(t *model.LinkTarget) string {
	frag := ""
	if t.Fragment != "" {
		frag = html.Fragment(t.Fragment)
	}
	if t.Document == l.doc.Meta.ID && t.Version == "" && frag != "" {
		return frag
	}
	d := l.b.docByID[t.Document]
	if d == nil {
		return ""
	}
	for _, v := range d.Versions {
		if t.Version != "" && v.Model.Meta.Version == t.Version {
			return rel(l.from, v.Page) + frag
		}
	}
	return rel(l.from, d.Dir+"/index.html") + frag
}
