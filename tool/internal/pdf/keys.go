package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/safelink"
)

// Link targets inside a PDF are named by keys: "id#" for the start of a
// document, "id#c:1.2.4" for a clause, "id#i:3.2.1.a" for a sub-item and
// "id#d:def-klant" for a definition. Anything else is a URL.

func docKey(id string) string            { return id + "#" }
func clauseKey(id, anchor string) string { return id + "#c:" + anchor }
func itemKey(id, anchor string) string   { return id + "#i:" + anchor }
func defKey(id, anchor string) string    { return id + "#d:" + anchor }

// targets lists the keys of everything a PDF holds, so that links are made
// only to places the reader can reach.
type targets map[string]bool

func newTargets(docs []*model.Document) targets {
	t := targets{}
	for _, d := range docs {
		id := d.Meta.ID
		t[docKey(id)] = true
		d.Walk(func(c *model.Clause) {
			t[clauseKey(id, c.Anchor)] = true
			for _, it := range c.Items {
				t[itemKey(id, it.Anchor)] = true
			}
		})
		for _, def := range d.Definitions {
			t[defKey(def.Document, def.Anchor)] = true
		}
	}
	return t
}

// ref returns the target of a reference, or "" when it has none in this PDF.
func (t targets) ref(r *model.Reference, from string) string {
	if r == nil || !r.Resolved {
		return ""
	}
	doc := r.Document
	if doc == "" {
		doc = from
	}
	var key string
	switch r.Kind {
	case model.RefClause:
		key = clauseKey(doc, r.Target)
	case model.RefItem:
		key = itemKey(doc, r.Target)
	case model.RefDocument:
		key = docKey(r.Target)
	case model.RefStatute:
		return safeURL(r.URL)
	}
	if t[key] {
		return key
	}
	return ""
}

// term returns the target of a defined-term use, or "".
func (t targets) term(def *model.Definition) string {
	if def == nil {
		return ""
	}
	if k := defKey(def.Document, def.Anchor); t[k] {
		return k
	}
	return ""
}

// safeURL returns u when it is a web or mail address that is safe to
// publish (safelink.Check decides), else "". Relative addresses lead
// nowhere in a PDF.
func safeURL(u string) string {
	for _, p := range []string{"https://", "http://", "mailto:"} {
		if len(u) > len(p) && strings.EqualFold(u[:len(p)], p) && safelink.Safe(u) {
			return u
		}
	}
	return ""
}

// isURL tells a URL target from an anchor key.
func isURL(target string) bool { return safeURL(target) != "" }
