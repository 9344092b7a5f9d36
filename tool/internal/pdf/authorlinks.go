package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// SetLinksBase sets the site that site-absolute links (/policies/x) written
// in the documents belong to (links_base in site.json): in the PDF they
// lead to base and the path. Without one they are plain text, as relative
// addresses are: a PDF has no site to resolve them against.
func (r *Renderer) SetLinksBase(base string) { r.linksBase = strings.TrimSuffix(base, "/") }

// authorLink returns the target of a link the author wrote: a place in this
// PDF for a fragment of the page (#4.2, a heading's GitHub slug) or a link
// to a document the PDF holds, the full address of a site-absolute path
// when the site is known, a web or mail address as written; "" leaves the
// text unlinked.
func (l *layout) authorLink(n *model.Link) string {
	if t := n.Target; t != nil {
		if t.Document == "" || (t.Version != "" && !l.holds(t.Document, t.Version)) {
			return ""
		}
		if t.Fragment == "" {
			return l.keyIf(docKey(t.Document))
		}
		return l.fragmentKey(t.Document, t.Fragment)
	}
	switch model.KindOfLink(n.URL) {
	case model.LinkFragment:
		return l.fragmentKey(l.doc.Meta.ID, model.Unescape(n.URL[1:]))
	case model.LinkSiteAbsolute:
		if l.linksBase != "" {
			return safeURL(l.linksBase + n.URL)
		}
		return ""
	}
	return safeURL(n.URL)
}

// holds reports whether the PDF holds version v of document id.
func (l *layout) holds(id, v string) bool {
	for _, d := range l.docs {
		if d.Meta.ID == id && d.Meta.Version == v {
			return true
		}
	}
	return false
}

func (l *layout) keyIf(key string) string {
	if l.targets[key] {
		return key
	}
	return ""
}

// fragmentKey returns the key of what fragment names in document id: an
// anchor or an alias of a clause, item or definition, or of a group
// heading (which leads to its clause); "" when the PDF has no such place.
func (l *layout) fragmentKey(id, fragment string) string {
	if l.frags == nil {
		l.frags = map[string]map[string]string{}
	}
	keys, ok := l.frags[id]
	if !ok {
		keys = map[string]string{}
		for _, d := range l.docs {
			if d.Meta.ID == id {
				fragmentKeys(d, keys)
			}
		}
		l.frags[id] = keys
	}
	return l.keyIf(keys[fragment])
}

// fragmentKeys adds the key of every anchor and alias of d to keys.
func fragmentKeys(d *model.Document, keys map[string]string) {
	put := func(id, key string) {
		if _, ok := keys[id]; !ok && id != "" {
			keys[id] = key
		}
	}
	model.EachTarget(d, func(t model.Target) {
		key := ""
		switch {
		case t.Item != nil:
			key = itemKey(d.Meta.ID, t.Item.Anchor)
			put(t.Item.Anchor, key)
		case t.Clause == nil:
			key = docKey(d.Meta.ID) // a heading of the preamble
		default:
			key = clauseKey(d.Meta.ID, t.Clause.Anchor)
			if t.Heading == nil {
				put(t.Clause.Anchor, key)
			}
		}
		for _, a := range t.Aliases() {
			put(a, key)
		}
	})
	for _, def := range d.Definitions {
		put(def.Anchor, defKey(def.Document, def.Anchor))
	}
}
