package model

import (
	"strconv"
	"strings"
	"unicode"
)

// Aliases are ids that lead to a clause, an item or a group heading besides
// its anchor: the slug GitHub (and the many tools that copy it) gives a
// heading, so that links written against the Markdown as GitHub shows it
// (#c-payment, #2-billing-cycle) land on the right clause, and ids an author
// wrote in the source. The HTML renderer writes each as an empty element
// with that id at the start of the element, so they work without
// JavaScript. The anchor always wins: SettleAliases drops an alias that
// equals an anchor of the version or an earlier alias.

// GitHubSlug returns the id GitHub gives a heading with the text s (the
// heading as readers see it, markup removed), before a suffix for
// duplicates: lower case, every character removed that is not a letter, a
// mark, a number, a connector such as "_", a "-" or a space (what is not
// Ruby's \p{Word}, a "-" or a space), then every space a "-".
// "1.2 Fees & Taxes" gives "12-fees--taxes".
func GitHubSlug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-', unicode.IsLetter(r), unicode.IsMark(r),
			unicode.IsNumber(r), unicode.Is(unicode.Pc, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Slugger gives the headings of one document their GitHub slugs in reading
// order: the first heading with a slug keeps it, the next ones get "-1",
// "-2", ..., skipping suffixed slugs another heading already has.
type Slugger struct{ seen map[string]int }

// Slug returns the slug of the next heading, whose text is s.
func (g *Slugger) Slug(s string) string {
	if g.seen == nil {
		g.seen = map[string]int{}
	}
	base := GitHubSlug(s)
	slug := base
	for {
		if _, taken := g.seen[slug]; !taken {
			break
		}
		g.seen[base]++
		slug = base + "-" + strconv.Itoa(g.seen[base])
	}
	g.seen[slug] = 0
	return slug
}

// SettleAliases keeps of every alias in the document only those that lead
// somewhere no other id does: an alias that is empty, is an id of the page
// itself (ReservedID), equals an anchor of a clause, item or definition, or
// equals an earlier alias is dropped.
func SettleAliases(d *Document) {
	taken := map[string]bool{}
	d.Walk(func(c *Clause) {
		taken[c.Anchor] = true
		for _, it := range c.Items {
			taken[it.Anchor] = true
		}
	})
	for _, def := range d.Definitions {
		taken[def.Anchor] = true
	}
	for _, a := range d.PreambleAliases {
		taken[a] = true // the author's ids in the preamble, already unique
	}
	settle := func(aliases []string) []string {
		var kept []string
		for _, a := range aliases {
			if a == "" || ReservedID(a) || taken[a] {
				continue
			}
			taken[a] = true
			kept = append(kept, a)
		}
		return kept
	}
	EachTarget(d, func(t Target) {
		switch {
		case t.Item != nil:
			t.Item.Aliases = settle(t.Item.Aliases)
		case t.Heading != nil:
			t.Heading.Aliases = settle(t.Heading.Aliases)
		default:
			t.Clause.Aliases = settle(t.Clause.Aliases)
		}
	})
}

// ReservedID reports whether id is one the page of a version gives its own
// parts (the main text, the preamble, the headings of the contents and the
// index, the texts of the definitions in the index), so no alias may take it.
func ReservedID(id string) bool {
	switch id {
	case "_main", "_preamble", "_toc-h", "_terms-h", "_preview-h":
		return true
	}
	return strings.HasPrefix(id, "_desc-")
}

// Target is an element of a page that ids lead to: a clause, an item of
// Clause, or a group heading inside Clause (nil Clause for one in the
// preamble).
type Target struct {
	Clause  *Clause
	Item    *Item
	Heading *Heading
}

// Aliases returns the target's aliases.
func (t Target) Aliases() []string {
	switch {
	case t.Item != nil:
		return t.Item.Aliases
	case t.Heading != nil:
		return t.Heading.Aliases
	}
	return t.Clause.Aliases
}

// EachTarget calls f for every clause, group heading and item of the
// document in reading order: the preamble's headings first, then each
// clause, the headings in its text, its items, and its sub-clauses.
func EachTarget(d *Document, f func(Target)) {
	eachHeading(d.Preamble, func(h *Heading) { f(Target{Heading: h}) })
	d.Walk(func(c *Clause) {
		f(Target{Clause: c})
		eachHeading(c.Blocks, func(h *Heading) { f(Target{Clause: c, Heading: h}) })
		for _, it := range c.Items {
			f(Target{Clause: c, Item: it})
			eachHeading(it.Blocks, func(h *Heading) { f(Target{Clause: c, Heading: h}) })
		}
	})
}

// eachHeading calls f for every group heading in blocks, also inside
// quotes and definition lists; the headings inside sub-items are the
// items' own.
func eachHeading(blocks []Block, f func(*Heading)) {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *Heading:
			f(n)
		case *Quote:
			eachHeading(n.Blocks, f)
		case *DefinitionList:
			for _, e := range n.Entries {
				eachHeading(e.Blocks, f)
			}
		}
	}
}

// AllAliases returns every alias of the version in reading order: the
// preamble's, then each clause's followed by its items'.
func (d *Document) AllAliases() []string {
	out := append([]string(nil), d.PreambleAliases...)
	d.Walk(func(c *Clause) {
		out = append(out, c.Aliases...)
		for _, it := range c.Items {
			out = append(out, it.Aliases...)
		}
	})
	return out
}
