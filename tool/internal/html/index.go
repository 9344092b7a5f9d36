package html

import (
	"sort"
	"strconv"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// indexedDefinitions returns the definitions the index lists: all of the
// document's own, and those inherited from its main document that it uses.
func (r *renderer) indexedDefinitions() map[*model.Definition]bool {
	m := map[*model.Definition]bool{}
	for _, d := range r.doc.Definitions {
		m[d] = true
	}
	for _, d := range r.doc.Inherited {
		for _, u := range d.Uses {
			if u.Document == r.doc.Meta.ID {
				m[d] = true
				break
			}
		}
	}
	return m
}

// descID is the id of a definition's text in the index, which term uses
// name as their description.
func (r *renderer) descID(def *model.Definition) string {
	if def.Document != r.doc.Meta.ID {
		return "_desc-inherited-" + def.Anchor
	}
	return "_desc-" + def.Anchor
}

// index writes the defined terms in alphabetical order, each with its
// definition and back-links to the clauses that use it.
func (r *renderer) index() {
	var defs []*model.Definition
	for _, d := range r.doc.AllDefinitions() {
		if r.indexed[d] {
			defs = append(defs, d)
		}
	}
	if len(defs) == 0 {
		return
	}
	sort.SliceStable(defs, func(i, j int) bool {
		a, b := model.Slug(defs[i].Term), model.Slug(defs[j].Term)
		if a != b {
			return a < b
		}
		return defs[i].Term < defs[j].Term
	})
	r.w(`<dl class="term-index">` + "\n")
	for _, def := range defs {
		r.indexEntry(def)
	}
	r.w("</dl>\n")
}

func (r *renderer) indexEntry(def *model.Definition) {
	r.w(`<div class="entry"><dt><a href="`)
	r.esc(r.links.Definition(def))
	r.w(`">`)
	r.esc(def.Term)
	r.w("</a>")
	for i, a := range def.Aliases {
		if i == 0 {
			r.w(` <span class="aliases">(`)
		} else {
			r.w(", ")
		}
		r.esc(a)
		if i == len(def.Aliases)-1 {
			r.w(")</span>")
		}
	}
	if def.Statutory {
		r.w(` <span class="statutory">`)
		r.esc(r.words.Statutory)
		r.w("</span>")
	}
	r.w("</dt>\n<dd")
	r.id(r.descID(def))
	r.w(` class="text">`)
	r.esc(def.Text)
	r.w("</dd>\n")
	if def.Document != r.doc.Meta.ID {
		r.w(`<dd class="origin">`)
		r.esc(r.words.DefinedIn)
		r.w(` <a href="`)
		r.esc(r.links.Definition(def))
		r.w(`">`)
		r.esc(r.links.Title(def.Document))
		r.w("</a></dd>\n")
	}
	r.uses(def)
	r.w("</div>\n")
}

// PreambleID is the HTML id of a document's preamble (the text before its
// first clause): a use of a term there links to it.
const PreambleID = "_preamble"

// useGroup is the uses of a term in one clause.
type useGroup struct {
	doc, href, label string
	n                int
}

// uses writes the back-links of a definition: the clauses of this document
// that use it, then those of other documents (an annex using a term of its
// main document).
func (r *renderer) uses(def *model.Definition) {
	var groups []*useGroup
	byKey := map[string]*useGroup{}
	for _, u := range def.Uses {
		key := u.Document + "#" + u.Clause
		if g := byKey[key]; g != nil {
			g.n++
			continue
		}
		href, label := r.links.Use(def, u)
		if u.Clause == "" { // the text before the first clause
			label = r.words.Preamble
			if u.Document == r.doc.Meta.ID {
				href = Fragment(PreambleID)
			}
		}
		g := &useGroup{doc: u.Document, href: href, label: label, n: 1}
		byKey[key] = g
		groups = append(groups, g)
	}
	own := r.doc.Meta.ID
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i].doc, groups[j].doc
		return a == own && b != own || a != own && b != own && a < b
	})
	if len(groups) == 0 || groups[0].doc != own {
		r.w(`<dd class="uses none">`)
		r.esc(r.words.NotUsed)
		r.w("</dd>\n")
	}
	for i := 0; i < len(groups); {
		doc := groups[i].doc
		r.w(`<dd class="uses">`)
		if doc == own {
			r.esc(r.words.UsedIn)
		} else {
			r.esc(r.words.UsedInDoc)
			r.w(" <cite>")
			r.esc(r.links.Title(doc))
			r.w("</cite>")
		}
		r.w(": ")
		for first := true; i < len(groups) && groups[i].doc == doc; i++ {
			if !first {
				r.w(", ")
			}
			first = false
			g := groups[i]
			if g.href == "" {
				r.esc(g.label)
			} else {
				r.w(`<a href="`)
				r.esc(g.href)
				r.w(`">`)
				r.esc(g.label)
				r.w("</a>")
			}
			if g.n > 1 {
				r.w(` <span class="count">(` + strconv.Itoa(g.n) + "×)</span>")
			}
		}
		r.w("</dd>\n")
	}
}
