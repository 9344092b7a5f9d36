package site

import (
	"net/url"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/html"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// rel returns the relative href from the page at site path from to the site
// path to, with each segment escaped for a URL: pages link to each other
// relatively, so the site works under any base path and straight from disk.
func rel(from, to string) string {
	fd := strings.Split(from, "/")
	fd = fd[:len(fd)-1]
	td := strings.Split(to, "/")
	i := 0
	for i < len(fd) && i < len(td)-1 && fd[i] == td[i] {
		i++
	}
	var parts []string
	for range fd[i:] {
		parts = append(parts, "..")
	}
	for _, seg := range td[i:] {
		parts = append(parts, url.PathEscape(seg))
	}
	return strings.Join(parts, "/")
}

// rootOf returns the relative path from a page to the site root: "" or
// "../../".
func rootOf(from string) string {
	return strings.Repeat("../", strings.Count(from, "/"))
}

// absURL returns the address of a site path under the base URL.
func absURL(base, path string) string {
	segs := strings.Split(path, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return base + strings.Join(segs, "/")
}

// linker implements html.Links for one page.
type linker struct {
	b    *Builder
	from string          // site path of the page
	doc  *model.Document // the version the page shows
}

var _ html.Links = linker{}

func (l linker) Definition(def *model.Definition) string {
	owner := l.b.defOwner[def]
	if owner == l.doc {
		return html.Fragment(def.Anchor)
	}
	if v := l.b.byModel[owner]; v != nil {
		return rel(l.from, v.Page) + html.Fragment(def.Anchor)
	}
	return ""
}

func (l linker) Reference(ref *model.Reference) string {
	switch ref.Kind {
	case model.RefStatute:
		if ref.URL != "" && html.SafeURL(ref.URL) {
			return ref.URL
		}
		return ""
	case model.RefDocument:
		if ref.Document == "" {
			return "#_main"
		}
		if v := l.b.related(ref.Document, l.doc); v != nil {
			return rel(l.from, v.Page)
		}
		return ""
	case model.RefClause, model.RefItem:
		if ref.Document == "" {
			return html.Fragment(ref.Target)
		}
		if v := l.b.related(ref.Document, l.doc); v != nil {
			return rel(l.from, v.Page) + html.Fragment(ref.Target)
		}
	}
	return ""
}

func (l linker) Use(def *model.Definition, u *model.Use) (string, string) {
	if u.Document == l.doc.Meta.ID {
		return html.Fragment(u.Clause), clauseLabel(l.doc, u.Clause)
	}
	user := l.b.inheritor[inheritKey{def, u.Document}]
	if u.Document == def.Document {
		user = l.b.defOwner[def] // a use in the main document, listed on its annex's page
	}
	v := l.b.byModel[user]
	if v == nil {
		return "", clauseLabel(user, u.Clause)
	}
	anchor := u.Clause
	if anchor == "" {
		anchor = html.PreambleID
	}
	return rel(l.from, v.Page) + html.Fragment(anchor), clauseLabel(user, u.Clause)
}

func (l linker) Title(id string) string {
	if d := l.b.docByID[id]; d != nil {
		return d.Latest().Meta.Title
	}
	return id
}

// clauseLabel is how a back-link names a clause: its number, or its title
// when it has none.
func clauseLabel(doc *model.Document, anchor string) string {
	if doc == nil {
		return anchor
	}
	c := doc.Clause(anchor)
	switch {
	case c == nil:
		return anchor
	case c.Number != "" && c.Prefix != "":
		return c.Prefix + " " + c.Number
	case c.Number != "":
		return c.Number
	}
	return c.Title
}

// related returns the published version of document id that doc's
// references point into: the one doc is read with on the build date, by
// the rule the resolver linked them with (history.ReadWith).
func (b *Builder) related(id string, doc *model.Document) *Version {
	key := relatedKey{id, doc}
	b.relMu.Lock()
	pick, ok := b.relCache[key]
	if !ok {
		pick = b.hist.ReadWith(doc, id, b.opts.Today)
		b.relCache[key] = pick
	}
	b.relMu.Unlock()
	if pick == nil {
		return nil
	}
	if v := b.byModel[pick]; v != nil {
		return v
	}
	// The version the reference was checked against is not on the site (a
	// draft): link to the document's current version instead.
	if d := b.docByID[id]; d != nil {
		return d.Current
	}
	return nil
}

type relatedKey struct {
	id  string
	doc *model.Document
}
