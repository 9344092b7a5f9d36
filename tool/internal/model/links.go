package model

import (
	"net/url"
	"strings"
)

// LinkTarget is what a relative link to a Markdown file names, such as
// [DPA](../dpa.md#3): a document of the sources, whose page on the site the
// link leads to, or nothing legalkit has (check reports link-document).
type LinkTarget struct {
	Path     string // the file as written, decoded, without its fragment: "../dpa.md"
	Fragment string // the anchor it names in that document, decoded; "" for none
	Document string // the id of the document it names; "" when it is not among the sources
	Version  string // the version, when the link names one version's source file; "" for the document
}

// LinkKind says what a link address leads to.
type LinkKind int

// The kinds of link address.
const (
	LinkOther        LinkKind = iota // a web, e-mail or telephone address, or a relative path on the site
	LinkFragment                     // a place on the same page: "#4.6.1"
	LinkDocument                     // another document's Markdown source: "../dpa.md", "dpa.md#3"
	LinkSiteAbsolute                 // a path on the site the documents belong to: "/policies/privacy"
)

// KindOfLink tells what the address u leads to, as written.
func KindOfLink(u string) LinkKind {
	switch {
	case strings.HasPrefix(u, "#"):
		return LinkFragment
	case strings.HasPrefix(u, "//"), strings.HasPrefix(u, `/\`):
		return LinkOther
	case strings.HasPrefix(u, "/"):
		return LinkSiteAbsolute
	}
	if i := strings.IndexAny(u, ":/?#"); i >= 0 && u[i] == ':' {
		return LinkOther // a scheme
	}
	if strings.HasSuffix(strings.ToLower(linkPath(u)), ".md") {
		return LinkDocument
	}
	return LinkOther
}

// NewLinkTarget splits a link to a Markdown file into the file and the
// fragment, percent-decoded.
func NewLinkTarget(u string) *LinkTarget {
	path, frag, _ := strings.Cut(u, "#")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	return &LinkTarget{Path: Unescape(path), Fragment: Unescape(frag)}
}

// Unescape decodes the percent-encoding of a link address or fragment
// ("%C3%A9" is "é"); an address that is not valid percent-encoding is
// returned as written.
func Unescape(s string) string {
	if d, err := url.PathUnescape(s); err == nil {
		return d
	}
	return s
}

// linkPath is the address without its query and fragment.
func linkPath(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		return u[:i]
	}
	return u
}

// EachLink calls f for every link the author wrote in the document, in
// reading order.
func EachLink(d *Document, f func(*Link)) {
	eachLinkIn(d.Preamble, f)
	d.Walk(func(c *Clause) {
		inlineLinks(c.Heading, f)
		eachLinkIn(c.Blocks, f)
	})
}

func eachLinkIn(blocks []Block, f func(*Link)) {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *Paragraph:
			inlineLinks(n.Inlines, f)
		case *Heading:
			inlineLinks(n.Inlines, f)
		case *List:
			for _, it := range n.Items {
				eachLinkIn(it.Blocks, f)
			}
		case *ItemBlock:
			eachLinkIn(n.Item.Blocks, f)
		case *Table:
			for _, row := range append([][]Cell{n.Header}, n.Rows...) {
				for _, cell := range row {
					inlineLinks(cell.Inlines, f)
				}
			}
		case *DefinitionList:
			for _, e := range n.Entries {
				inlineLinks(e.Term, f)
				eachLinkIn(e.Blocks, f)
			}
		case *Quote:
			eachLinkIn(n.Blocks, f)
		}
	}
}

func inlineLinks(ins []Inline, f func(*Link)) {
	for _, in := range ins {
		switch n := in.(type) {
		case *Link:
			f(n)
			inlineLinks(n.Children, f)
		case *Emphasis:
			inlineLinks(n.Children, f)
		case *TermDef:
			inlineLinks(n.Children, f)
		}
	}
}
