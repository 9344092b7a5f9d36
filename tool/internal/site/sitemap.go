package site

import (
	"fmt"
	"strings"
)

type urlSet struct {
	XMLName struct{}     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemap writes sitemap.xml with every page of the site. It needs a base
// URL, like the feeds.
func (b *Builder) sitemap() error {
	if b.base == "" {
		return nil
	}
	lastmod := map[string]string{}
	for _, d := range b.docs {
		for _, v := range d.Versions {
			// A draft or a version not yet published (shown by --drafts)
			// has no date of change to report.
			if p := v.Model.Meta.Published; p.Known() && v.Public() {
				lastmod[v.Page] = p.String()
				if v == d.Current {
					lastmod[d.Dir+"/index.html"] = p.String()
				}
			}
		}
	}
	var set urlSet
	for _, p := range (&Site{files: b.files}).Files() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		set.URLs = append(set.URLs, sitemapURL{Loc: absURL(b.base, strings.TrimSuffix(p, "index.html")), LastMod: lastmod[p]})
	}
	data, err := marshalXML(set)
	if err != nil {
		return fmt.Errorf("%s: %w", sitemapFile, err)
	}
	return b.File(sitemapFile, data)
}
