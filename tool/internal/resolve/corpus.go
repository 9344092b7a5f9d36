package resolve

import (
	"sort"
	"sync"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Link resolves every document against the others. Documents are processed
// in path order so that uses and references come out the same on every run.
func Link(docs []*model.Document) {
	sorted := append([]*model.Document(nil), docs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	c := &corpus{byID: map[string][]*model.Document{}}
	for _, d := range sorted {
		c.byID[d.Meta.ID] = append(c.byID[d.Meta.ID], d)
	}
	for _, d := range sorted {
		if main := c.mainOf(d); main != nil {
			d.Inherited = main.Definitions
		}
	}
	// Only an annex shares definitions, with the version of its main
	// document it inherits from. Families (a main version with its annexes,
	// and their annexes) are linked in parallel, each in path order; uses
	// are sorted afterwards, so the result is the same as linking one
	// document after the other.
	families := map[*model.Document][]*model.Document{}
	var keys []*model.Document
	for _, d := range sorted {
		k := c.root(d)
		if families[k] == nil {
			keys = append(keys, k)
		}
		families[k] = append(families[k], d)
	}
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(docs []*model.Document) {
			defer wg.Done()
			for _, d := range docs {
				(&resolver{corpus: c, doc: d, terms: newMatcher(d)}).document()
			}
		}(families[k])
	}
	wg.Wait()
	for _, d := range sorted {
		for _, def := range d.Definitions {
			sortUses(def)
		}
	}
}

// sortUses orders uses: those in the defining document first, then those in
// other documents by document id, each in reading order.
func sortUses(def *model.Definition) {
	rank := func(u *model.Use) string {
		if u.Document == def.Document {
			return ""
		}
		return u.Document
	}
	sort.SliceStable(def.Uses, func(i, j int) bool {
		a, b := def.Uses[i], def.Uses[j]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		return a.Pos.Before(b.Pos)
	})
}

type corpus struct {
	byID map[string][]*model.Document
}

// version picks the version of document id that goes with doc: the one with
// the same version label, else the newest published no later than doc, else
// the newest.
func (c *corpus) version(id string, doc *model.Document) *model.Document {
	vs := c.byID[id]
	if len(vs) == 0 {
		return nil
	}
	for _, v := range vs {
		if v.Meta.Version == doc.Meta.Version {
			return v
		}
	}
	var best *model.Document
	for _, v := range vs {
		if doc.Meta.Published.Known() && doc.Meta.Published.Before(v.Meta.Published) {
			continue
		}
		if best == nil || best.Meta.Published.Before(v.Meta.Published) || best.Meta.Version < v.Meta.Version {
			best = v
		}
	}
	if best == nil {
		best = vs[len(vs)-1]
	}
	return best
}

// related lists the documents doc may refer to by name, nearest first: itself,
// its annexes, its main document and that document's other annexes.
func (c *corpus) related(doc *model.Document) []*model.Document {
	out := []*model.Document{doc}
	seen := map[string]bool{doc.Meta.ID: true}
	add := func(id string) {
		if seen[id] {
			return
		}
		seen[id] = true
		if v := c.version(id, doc); v != nil {
			out = append(out, v)
		}
	}
	for _, id := range doc.Meta.Annexes {
		add(id)
	}
	if doc.Meta.AnnexOf != "" {
		add(doc.Meta.AnnexOf)
		if main := c.version(doc.Meta.AnnexOf, doc); main != nil {
			for _, id := range main.Meta.Annexes {
				add(id)
			}
		}
	}
	return out
}

// byName finds a related document by one of its aliases or its title.
func (c *corpus) byName(doc *model.Document, name string) *model.Document {
	for _, d := range c.related(doc) {
		if d.Meta.Title == name {
			return d
		}
		for _, a := range d.Meta.Aliases {
			if a == name {
				return d
			}
		}
	}
	return nil
}
