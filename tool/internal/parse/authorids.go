package parse

import (
	"sort"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Authors give places in their text ids of their own: id="4.2" on a
// span, <a name="x">, <a id="bookmark-...">, {: #id } after a heading.
// Links written against them must keep working, so each becomes an alias
// of the clause, sub-item or preamble it stands in: the page has an empty
// element with that id at the start of it. An id equal to the anchor of
// the element it stands in adds nothing; one equal to another anchor or
// to an earlier id would send a link to two places, so it is dropped with
// a warning.

// givenID is an id an author wrote, where it stands.
type givenID struct {
	pos model.Pos
	id  string
}

// recordIDs keeps the ids the policy kept on an element.
func (c *converter) recordIDs(d *tagDecision, p model.Pos) {
	for _, key := range []string{"id", "name"} {
		if v := d.attrs[key]; v != "" && (key == "id" || d.attrs["id"] != v) {
			c.ids = append(c.ids, givenID{pos: p, id: v})
		}
	}
}

// target is an element an author id can be an alias of.
type target struct {
	pos     model.Pos
	anchor  string
	aliases *[]string
}

// assignIDs makes each id an author gave an alias of the element it stands
// in. It runs once every anchor of the version is known.
func (c *converter) assignIDs(doc *model.Document) {
	if len(c.ids) == 0 {
		return
	}
	taken := map[string]string{} // anchor -> what it is the anchor of
	var targets []target
	doc.Walk(func(cl *model.Clause) {
		taken[cl.Anchor] = "clause " + clauseName(cl)
		targets = append(targets, target{cl.Pos, cl.Anchor, &cl.Aliases})
		for _, it := range cl.Items {
			taken[it.Anchor] = "item " + it.Anchor
			targets = append(targets, target{it.Pos, it.Anchor, &it.Aliases})
		}
	})
	for _, d := range doc.Definitions {
		taken[d.Anchor] = "definition of " + d.Term
	}
	sort.SliceStable(targets, func(i, j int) bool { return before(targets[i].pos, targets[j].pos) })
	// Lists are converted after the paragraphs that follow them.
	sort.SliceStable(c.ids, func(i, j int) bool { return before(c.ids[i].pos, c.ids[j].pos) })
	given := map[string]model.Pos{}
	for _, g := range c.ids {
		t := target{anchor: "", aliases: &doc.PreambleAliases}
		if k := sort.Search(len(targets), func(k int) bool { return before(g.pos, targets[k].pos) }); k > 0 {
			t = targets[k-1]
		}
		c.assignID(g, t, taken, given)
	}
}

func (c *converter) assignID(g givenID, t target, taken map[string]string, given map[string]model.Pos) {
	if g.id == t.anchor {
		return
	}
	if what, ok := taken[g.id]; ok {
		c.ds.Add(c.path, g.pos.Line, g.pos.Col, diag.Warning, "author-id-duplicate",
			"id %q is the anchor of %s; links to #%s go there, and this id is not published", g.id, what, g.id)
		return
	}
	if p, ok := given[g.id]; ok {
		c.ds.Add(c.path, g.pos.Line, g.pos.Col, diag.Warning, "author-id-duplicate",
			"id %q is given twice (first at %d:%d); links to #%s go to the first, and this one is not published", g.id, p.Line, p.Col, g.id)
		return
	}
	given[g.id] = g.pos
	*t.aliases = append(*t.aliases, g.id)
}

func clauseName(c *model.Clause) string {
	if c.Number != "" {
		return c.Number
	}
	return "\"" + c.Title + "\""
}

func before(a, b model.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}
