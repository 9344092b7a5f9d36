package site

import (
	"encoding/xml"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// validateAtom checks an Atom feed document against the rules of RFC 4287
// that a feed can break, and returns what is wrong ("" when it is valid):
//
//   - the root is atom:feed (4.1.1);
//   - a feed has exactly one atom:id, atom:title and atom:updated, at most
//     one atom:generator, atom:icon, atom:logo, atom:rights and
//     atom:subtitle, an atom:author unless every entry has one, and a link
//     rel="self" (a SHOULD, required here) (4.1.1);
//   - an entry has exactly one atom:id, atom:title and atom:updated, at
//     most one atom:content, atom:published, atom:rights, atom:source and
//     atom:summary, an atom:link rel="alternate" when it has no content, an
//     atom:summary when its content is out of line (src) or not text, and
//     an atom:author unless the feed has one (4.1.2);
//   - feed and entries have at most one rel="alternate" link per type and
//     hreflang; every link has an href that is an IRI reference and a rel
//     that is a registered name or an IRI (4.2.7);
//   - a person has exactly one atom:name, at most one atom:uri and atom:email
//     (3.2); text constructs have type text, html or xhtml (3.1);
//   - atom:id is an absolute IRI (4.2.6); no two entries share one (4.1.1
//     allows it only for revisions of one entry, which legalkit never
//     writes);
//   - dates are RFC 3339 date-times with an upper-case T and Z (3.3);
//   - xml:lang is a language tag (2).
func validateAtom(data []byte) []string {
	var root xnode
	if err := xml.Unmarshal(data, &root); err != nil {
		return []string{"not well-formed XML: " + err.Error()}
	}
	v := &atomValidator{}
	if root.XMLName.Space != atomNS || root.XMLName.Local != "feed" {
		v.fail("root element is {%s}%s, want atom:feed", root.XMLName.Space, root.XMLName.Local)
		return v.errs
	}
	v.lang("feed", root)
	v.common("feed", root, []string{"generator", "icon", "logo", "rights", "subtitle"})
	v.self(root)
	feedAuthor := len(root.children("author")) > 0
	ids := map[string]bool{}
	for i, e := range root.children("entry") {
		where := fmt.Sprintf("entry %d", i+1)
		if id := e.children("id"); len(id) == 1 {
			where = "entry " + strings.TrimSpace(id[0].Text)
			if ids[where] {
				v.fail("%s: two entries have this atom:id", where)
			}
			ids[where] = true
		}
		v.lang(where, e)
		v.common(where, e, []string{"content", "published", "rights", "source", "summary"})
		v.entryContent(where, e)
		if !feedAuthor && len(e.children("author")) == 0 {
			v.fail("%s: no atom:author, and the feed has none", where)
		}
	}
	return v.errs
}

const atomNS = "http://www.w3.org/2005/Atom"

// xnode is any XML element, for reading a feed without assuming its shape.
type xnode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []xnode    `xml:",any"`
	Text     string     `xml:",chardata"`
}

// children returns the Atom child elements called local.
func (n xnode) children(local string) []xnode {
	var out []xnode
	for _, c := range n.Children {
		if c.XMLName.Space == atomNS && c.XMLName.Local == local {
			out = append(out, c)
		}
	}
	return out
}

func (n xnode) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name && (a.Name.Space == "" || name == "lang") {
			return a.Value, true
		}
	}
	return "", false
}

type atomValidator struct{ errs []string }

func (v *atomValidator) fail(format string, args ...any) {
	v.errs = append(v.errs, fmt.Sprintf(format, args...))
}

var (
	rfc3339  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$`)
	langTag  = regexp.MustCompile(`^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$`)
	linkRels = map[string]bool{"alternate": true, "related": true, "self": true, "enclosure": true, "via": true}
)

// common checks what feed and entry share: id, title and updated exactly
// once, the elements allowed at most once, dates, persons, text
// constructs and links.
func (v *atomValidator) common(where string, n xnode, atMostOnce []string) {
	for _, name := range []string{"id", "title", "updated"} {
		if k := len(n.children(name)); k != 1 {
			v.fail("%s: %d atom:%s elements, want exactly 1", where, k, name)
		}
	}
	for _, name := range atMostOnce {
		if k := len(n.children(name)); k > 1 {
			v.fail("%s: %d atom:%s elements, want at most 1", where, k, name)
		}
	}
	for _, id := range n.children("id") {
		v.absIRI(where+": atom:id", strings.TrimSpace(id.Text))
	}
	for _, name := range []string{"updated", "published"} {
		for _, d := range n.children(name) {
			v.date(where+": atom:"+name, d.Text)
		}
	}
	for _, name := range []string{"author", "contributor"} {
		for _, p := range n.children(name) {
			v.person(where+": atom:"+name, p)
		}
	}
	for _, name := range []string{"title", "subtitle", "summary", "rights"} {
		for _, t := range n.children(name) {
			if ty, ok := t.attr("type"); ok && ty != "text" && ty != "html" && ty != "xhtml" {
				v.fail("%s: atom:%s has type %q, want text, html or xhtml", where, name, ty)
			}
		}
	}
	v.links(where, n)
}

func (v *atomValidator) date(where, s string) {
	s = strings.TrimSpace(s)
	_, err := time.Parse(time.RFC3339Nano, s)
	if !rfc3339.MatchString(s) || err != nil {
		v.fail("%s: %q is not an RFC 3339 date-time (YYYY-MM-DDThh:mm:ssZ)", where, s)
	}
}

func (v *atomValidator) absIRI(where, s string) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || strings.ContainsAny(s, " \t\n<>\"{}|\\^`") || (u.Opaque == "" && u.Host == "" && u.Scheme != "urn" && u.Scheme != "tag") {
		v.fail("%s: %q is not an absolute IRI", where, s)
	}
}

func (v *atomValidator) person(where string, p xnode) {
	if k := len(p.children("name")); k != 1 || strings.TrimSpace(p.children("name")[0].Text) == "" {
		v.fail("%s: a person needs exactly one non-empty atom:name", where)
	}
	for _, name := range []string{"uri", "email"} {
		if len(p.children(name)) > 1 {
			v.fail("%s: more than one atom:%s", where, name)
		}
	}
}

func (v *atomValidator) links(where string, n xnode) {
	alternates := map[string]bool{}
	for _, l := range n.children("link") {
		href, ok := l.attr("href")
		if _, err := url.Parse(href); !ok || err != nil || strings.ContainsAny(href, " \t\n") {
			v.fail("%s: atom:link with href %q, want an IRI reference", where, href)
		}
		rel, ok := l.attr("rel")
		if !ok {
			rel = "alternate"
		}
		if u, err := url.Parse(rel); !linkRels[rel] && (err != nil || u.Scheme == "") {
			v.fail("%s: atom:link rel %q is neither a registered relation nor an IRI", where, rel)
		}
		if rel == "alternate" {
			ty, _ := l.attr("type")
			lang, _ := l.attr("hreflang")
			if alternates[ty+" "+lang] {
				v.fail("%s: two rel=alternate links with type %q and hreflang %q", where, ty, lang)
			}
			alternates[ty+" "+lang] = true
		}
	}
}

// self requires the feed's link to itself.
func (v *atomValidator) self(feed xnode) {
	for _, l := range feed.children("link") {
		if rel, _ := l.attr("rel"); rel == "self" {
			v.absIRI("feed: link rel=self", mustAttr(l, "href"))
			return
		}
	}
	v.fail("feed: no atom:link rel=\"self\"")
}

func mustAttr(n xnode, name string) string { s, _ := n.attr(name); return s }

// entryContent checks the link or content an entry needs and when it needs
// a summary.
func (v *atomValidator) entryContent(where string, e xnode) {
	content := e.children("content")
	if len(content) == 0 {
		for _, l := range e.children("link") {
			if rel, ok := l.attr("rel"); !ok || rel == "alternate" {
				return
			}
		}
		v.fail("%s: no atom:content and no atom:link rel=\"alternate\"", where)
		return
	}
	_, src := content[0].attr("src")
	ty, _ := content[0].attr("type")
	inline := ty == "" || ty == "text" || ty == "html" || ty == "xhtml" || strings.HasSuffix(ty, "+xml") ||
		strings.HasSuffix(ty, "/xml") || strings.HasPrefix(ty, "text/")
	if (src || !inline) && len(e.children("summary")) == 0 {
		v.fail("%s: its content is not inline text, so it needs an atom:summary", where)
	}
}

func (v *atomValidator) lang(where string, n xnode) {
	if l, ok := n.attr("lang"); ok && l != "" && !langTag.MatchString(l) {
		v.fail("%s: xml:lang %q is not a language tag", where, l)
	}
}
