package model

// Aliases are ids other than its anchor that lead to a clause, a sub-item
// or the preamble: ids authors gave places in their text (id="4.2",
// <a name="x">, {: #x }). Links written against them keep working: the
// page has an empty element with each alias as its id at the start of the
// element, no JavaScript needed. The parser keeps an alias only when it
// is unique in the version and equal to no anchor.

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
