package resolve

import (
	"sort"
	"sync"

	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Link resolves every document against the others, each annex with the
// version of its main document it is read with when no date is in
// question (history.ReadWith on the unknown date: by the annex's own
// dates). It is LinkOn with the unknown date.
func Link(docs []*model.Document) { LinkOn(docs, model.Date{}) }

// LinkOn resolves every document against the others, pairing an annex
// with its main document (and a main document with its annexes) as they
// are read on date on: the site links for its build date, so that the
// annex in force is read with the main version in force. Documents are
// processed in path order so that uses and references come out the same
// on every run.
func LinkOn(docs []*model.Document, on model.Date) {
	sorted := append([]*model.Document(nil), docs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	c := &corpus{set: history.NewSet(sorted), on: on}
	links := newSourceIndex(sorted)
	for _, d := range sorted {
		links.linkDocuments(d)
		if main := c.mainOf(d); main != nil {
			d.Inherited = main.Definitions
			d.ReadWith = main
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
	set history.Set
	on  model.Date // the date the documents are read on; unknown for none
}

// version picks the version of document id that goes with doc on the
// corpus's date, by history.ReadWith.
func (c *corpus) version(id string, doc *model.Document) *model.Document {
	return c.set.ReadWith(doc, id, c.on)
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
