package parse

import (
	"strconv"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Anchors are the ids of a version's page and the permalinks of its
// clauses, items and terms, so no two may be equal. A clause's number is
// its anchor and a definition's is "def-" and a slug of its term; the
// anchors of unnumbered sections, slugs of their titles, give way: a slug
// that is taken, empty, or in the definitions' "def-" namespace gets a
// prefix or a suffix. Numbered clauses and items that share an anchor share
// a number, which check reports (clause-duplicate).

// sectionAnchors makes the anchor of every unnumbered section, and of its
// items, unique among the anchors of the version's clauses and items. It
// runs before definitions are read, which record their section's anchor.
func sectionAnchors(doc *model.Document) {
	taken := map[string]bool{}
	doc.Walk(func(c *model.Clause) {
		if c.Number != "" {
			taken[c.Anchor] = true
			for _, it := range c.Items {
				taken[it.Anchor] = true
			}
		}
	})
	doc.Walk(func(c *model.Clause) {
		if c.Number == "" {
			settleSection(c, taken)
		}
	})
}

// settleSection gives section c the first free anchor of its slug and its
// items the anchors that follow from it, and marks them taken.
func settleSection(c *model.Clause, taken map[string]bool) {
	base := c.Anchor
	switch {
	case base == "":
		base = "section" // a title without letters or digits a slug keeps
	case base == "def" || strings.HasPrefix(base, "def-"):
		base = "section-" + base
	}
	anchor := base
	for n := 2; !free(anchor, c, taken); n++ {
		anchor = base + "-" + strconv.Itoa(n)
	}
	old := c.Anchor
	c.Anchor = anchor
	taken[anchor] = true
	for _, it := range c.Items {
		it.Anchor = anchor + strings.TrimPrefix(it.Anchor, old)
		taken[it.Anchor] = true
	}
}

// free reports whether section c could take anchor without any of its
// anchors or its items' being taken already.
func free(anchor string, c *model.Clause, taken map[string]bool) bool {
	if taken[anchor] {
		return false
	}
	for _, it := range c.Items {
		if taken[anchor+strings.TrimPrefix(it.Anchor, c.Anchor)] {
			return false
		}
	}
	return true
}

// definitionAnchor returns "def-" and the slug of term, with a suffix when
// another term of the document has the same slug ("Geïntegreerde" and
// "Geintegreerde"), or "def-term" for a term a slug keeps nothing of.
func definitionAnchor(term string, taken map[string]bool) string {
	base := "def-" + model.Slug(term)
	if base == "def-" {
		base = "def-term"
	}
	anchor := base
	for n := 2; taken[anchor]; n++ {
		anchor = base + "-" + strconv.Itoa(n)
	}
	taken[anchor] = true
	return anchor
}
