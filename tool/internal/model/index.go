package model

import (
	"strconv"
	"strings"
)

// Walk calls f for every clause of the document in reading order.
func (d *Document) Walk(f func(*Clause)) {
	var walk func([]*Clause)
	walk = func(cs []*Clause) {
		for _, c := range cs {
			f(c)
			walk(c.Children)
		}
	}
	walk(d.Clauses)
}

// AllClauses returns every clause in reading order.
func (d *Document) AllClauses() []*Clause {
	var out []*Clause
	d.Walk(func(c *Clause) { out = append(out, c) })
	return out
}

// Reindex rebuilds the anchor lookups after the clause tree changed.
func (d *Document) Reindex() {
	d.clauseIndex = map[string]*Clause{}
	d.itemIndex = map[string]*Item{}
	d.Walk(func(c *Clause) {
		if _, dup := d.clauseIndex[c.Anchor]; !dup {
			d.clauseIndex[c.Anchor] = c
		}
		for _, it := range c.Items {
			if _, dup := d.itemIndex[it.Anchor]; !dup {
				d.itemIndex[it.Anchor] = it
			}
		}
	})
}

// Clause returns the clause with the given anchor, or nil.
func (d *Document) Clause(anchor string) *Clause {
	if d.clauseIndex == nil {
		d.Reindex()
	}
	return d.clauseIndex[anchor]
}

// Item returns the sub-item with the given anchor, or nil.
func (d *Document) Item(anchor string) *Item {
	if d.itemIndex == nil {
		d.Reindex()
	}
	return d.itemIndex[anchor]
}

// AllDefinitions returns the document's own definitions followed by those it
// inherits from its main document.
func (d *Document) AllDefinitions() []*Definition {
	out := make([]*Definition, 0, len(d.Definitions)+len(d.Inherited))
	out = append(out, d.Definitions...)
	return append(out, d.Inherited...)
}

// Key returns "id@version", the name by which commands refer to a version.
func (d *Document) Key() string { return d.Meta.ID + "@" + d.Meta.Version }

// ClauseAnchor turns a clause number as written into its anchor: "1.2.4." is
// "1.2.4".
func ClauseAnchor(number string) string { return strings.TrimSuffix(number, ".") }

// ItemAnchor returns the anchor of a sub-item of the clause or item with
// anchor parent: "3.2.1.a" for a label, "3.3.1-2" for the second bullet.
func ItemAnchor(parent, label string, position int) string {
	if label == "" {
		return parent + "-" + strconv.Itoa(position)
	}
	return parent + "." + label
}
