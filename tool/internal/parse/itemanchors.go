package parse

import (
	"strconv"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// An item's anchor is its path: the clause anchor and the labels down to
// it ("6.b.ii", "10.2.a"). Two items can have the same path: a list that
// starts its count again, a label written twice, or a numbered item of
// clause 1 ("1.1") beside a clause 1.1. The clause keeps its anchor and the
// first item keeps the path; a later one gets "_2", "_3" after its own
// label, and the items under it follow, so every anchor of a version is
// unique. The cause is reported where the labels are read (placer.go), or
// here when an item stands where a clause's anchor is.

// uniqueItemAnchors makes every item anchor of doc unique among its clause
// and item anchors. It runs after the sections' anchors are settled.
func uniqueItemAnchors(doc *model.Document, path string, ds *diag.List) {
	taken := map[string]bool{}
	clauses := map[string]*model.Clause{}
	doc.Walk(func(c *model.Clause) {
		taken[c.Anchor] = true
		if _, ok := clauses[c.Anchor]; !ok {
			clauses[c.Anchor] = c
		}
	})
	old := map[*model.Item]string{} // anchors before renaming, of renamed items
	doc.Walk(func(c *model.Clause) {
		for _, it := range c.Items {
			if from, ok := old[it.Parent]; ok && it.Parent != nil && strings.HasPrefix(it.Anchor, from) {
				old[it] = it.Anchor
				it.Anchor = it.Parent.Anchor + it.Anchor[len(from):]
			}
			if !taken[it.Anchor] {
				taken[it.Anchor] = true
				continue
			}
			if cl, ok := clauses[it.Anchor]; ok && c.Number != "" {
				ds.Add(path, it.Pos.Line, it.Pos.Col, diag.Warning, "item-anchor",
					"item %s of clause %s has the number of clause %s (line %d); it is anchored %s instead",
					it.Marker, c.Number, cl.Number, cl.Pos.Line, freeItemAnchor(it.Anchor, taken))
			}
			if _, ok := old[it]; !ok {
				old[it] = it.Anchor
			}
			it.Anchor = freeItemAnchor(it.Anchor, taken)
			taken[it.Anchor] = true
		}
	})
}

// freeItemAnchor returns anchor with the first suffix "_2", "_3", … that is not taken.
func freeItemAnchor(anchor string, taken map[string]bool) string {
	for n := 2; ; n++ {
		if a := anchor + "_" + strconv.Itoa(n); !taken[a] {
			return a
		}
	}
}
