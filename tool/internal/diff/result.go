package diff

import (
	"sort"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Kind is the main kind of a clause change.
type Kind string

// The kinds of change, from most to least important. A change has one
// kind; its flags (Moved, Renumbered, TextChanged) tell the rest: a clause
// moved and amended has kind Moved and a substantive text change.
const (
	Added      Kind = "added"      // only in the new version
	Removed    Kind = "removed"    // only in the old version
	Moved      Kind = "moved"      // to another section, or out of the order of its neighbours
	Amended    Kind = "amended"    // its text changed in substance
	Editorial  Kind = "editorial"  // its text changed, but only editorially
	Renumbered Kind = "renumbered" // same text, same place, another number
	Unchanged  Kind = "unchanged"
)

// Change is one clause of the comparison: a pair of aligned clauses, or a
// clause that only one version has.
type Change struct {
	Kind        Kind
	Old, New    *model.Clause // nil when absent
	Preamble    bool          // the text before the first clause; Old and New are then nil
	Moved       bool
	Renumbered  bool // the number changed (also true for most moves)
	TextChanged bool
	Substantive bool
	Reasons     []string  // for editorial changes: why
	Text        *TextDiff // the word diff of the clause texts (see ClauseText)
	AffectedBy  []string  // terms whose amended definition this clause uses
	// DefinitionsOnly is set when every changed line of the clause is the
	// entry of a changed definition (a row of a definitions table, a
	// "Term: ..." item): the change is told in full by Result.Definitions.
	DefinitionsOnly bool
}

// OldNumber and NewNumber are the clause numbers, "" when absent.
func (c *Change) OldNumber() string { return number(c.Old) }

// NewNumber is the number in the new version, "" when absent.
func (c *Change) NewNumber() string { return number(c.New) }

func number(c *model.Clause) string {
	if c == nil {
		return ""
	}
	return c.Number
}

// Clause returns the clause as it stands in the new version, or in the old
// one when it was removed.
func (c *Change) Clause() *model.Clause {
	if c.New != nil {
		return c.New
	}
	return c.Old
}

// Title is the clause title, new if there is one.
func (c *Change) Title() string {
	if cl := c.Clause(); cl != nil {
		return cl.Title
	}
	return ""
}

// DefChange is a change to a defined term.
type DefChange struct {
	Kind        Kind // Added, Removed, Amended or Editorial
	Term        string
	Old, New    *model.Definition
	Substantive bool
	Reasons     []string
	Text        *TextDiff
	Affects     []*model.Clause // clauses of the new version that use the term
}

// RefIssue is a reference that needs a reader's attention after the change.
type RefIssue struct {
	Issue  string        // target-removed, target-renumbered or target-amended
	Clause *model.Clause // the clause of the new version that holds the reference
	Text   string        // the reference as written: "zie 2.3.15"
	Target string        // the number it names: "2.3.15"
	Was    *model.Clause // the clause of the old version it named
	Now    *model.Clause // the old target in the new version (nil when removed)
	Names  *model.Clause // what the number names in the new version (nil when nothing)
}

// Summary counts the changes. A clause counts once per property: a clause
// moved and amended counts in Moved and in Amended; a renumbered clause
// whose text changed editorially counts in Renumbered and in Editorial.
type Summary struct {
	Added, Removed, Amended, Moved, Renumbered, Editorial, Unchanged int
	Substantive                                                      int // changes that are substantive
	DefAdded, DefRemoved, DefAmended                                 int
	Affected                                                         int // distinct clauses using an amended definition
	References                                                       int
}

// Result is the comparison of two versions.
type Result struct {
	Old, New    *model.Document
	Entries     []*Change // every clause of both versions, in reading order of the new one; removed clauses where they stood
	Definitions []*DefChange
	References  []*RefIssue
	Summary     Summary
}

// Changes returns the entries that changed; without editorial ones when
// ignoreEditorial is set.
func (r *Result) Changes(ignoreEditorial bool) []*Change {
	var out []*Change
	for _, c := range r.Entries {
		if c.Kind == Unchanged || ignoreEditorial && !c.Substantive {
			continue
		}
		out = append(out, c)
	}
	return out
}

// DefChanges returns the definition changes; without editorial ones when
// ignoreEditorial is set.
func (r *Result) DefChanges(ignoreEditorial bool) []*DefChange {
	var out []*DefChange
	for _, d := range r.Definitions {
		if ignoreEditorial && !d.Substantive {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Compare compares two versions of a document (or two documents).
func Compare(oldDoc, newDoc *model.Document) *Result {
	r := &Result{Old: oldDoc, New: newDoc}
	a := newAligner(oldDoc, newDoc)
	a.align()
	moved := a.moved()

	renumber := map[string]string{}
	for _, v := range a.new {
		if v.match >= 0 {
			o := a.old[v.match].clause
			if o.Number != "" && v.clause.Number != "" && o.Number != v.clause.Number {
				renumber[o.Number] = v.clause.Number
			}
		}
	}
	cls := newClassifier(oldDoc, newDoc, renumber)

	if pre := preamble(oldDoc, newDoc, cls); pre != nil {
		r.Entries = append(r.Entries, pre)
	}
	r.Entries = append(r.Entries, entries(a, moved, cls)...)
	r.Definitions = definitions(oldDoc, newDoc, cls)
	r.markDefinitionLines()
	r.impact(a)
	r.References = references(a, r)
	r.count()
	return r
}

// entries builds the changes in reading order of the new version; a removed
// clause comes right after the clause that preceded it in the old version.
func entries(a *aligner, moved []bool, cls *classifier) []*Change {
	type placed struct {
		c        *Change
		pos, sub int
	}
	var ps []placed
	for j, v := range a.new {
		c := &Change{New: v.clause}
		if v.match < 0 {
			c.Kind, c.Substantive, c.TextChanged = Added, true, true
			c.Text = WordDiff("", v.text)
		} else {
			o := a.old[v.match]
			c.Old = o.clause
			c.Moved = moved[j]
			c.Renumbered = o.clause.Number != v.clause.Number || o.clause.Prefix != v.clause.Prefix
			c.Text = WordDiff(o.text, v.text)
			c.TextChanged = c.Text.Changed()
			cls.classify(c.Text)
			classifyPair(c)
		}
		ps = append(ps, placed{c, 2 * j, 0})
	}
	for i, u := range a.old {
		if u.match >= 0 {
			continue
		}
		pos := -1
		for p := i - 1; p >= 0; p-- {
			if m := a.old[p].match; m >= 0 {
				pos = 2 * m
				break
			}
		}
		c := &Change{Old: u.clause, Kind: Removed, Substantive: true, TextChanged: true, Text: WordDiff(u.text, "")}
		ps = append(ps, placed{c, pos + 1, i})
	}
	sort.SliceStable(ps, func(x, y int) bool {
		if ps[x].pos != ps[y].pos {
			return ps[x].pos < ps[y].pos
		}
		return ps[x].sub < ps[y].sub
	})
	out := make([]*Change, len(ps))
	for k, p := range ps {
		out[k] = p.c
	}
	return out
}

// classifyPair sets the kind of an aligned pair from its flags.
func classifyPair(c *Change) {
	substantiveText := c.Text.Substantive()
	switch {
	case c.Moved:
		c.Kind = Moved
	case substantiveText:
		c.Kind = Amended
	case c.TextChanged:
		c.Kind = Editorial
	case c.Renumbered:
		c.Kind = Renumbered
	default:
		c.Kind = Unchanged
	}
	c.Substantive = c.Moved || substantiveText
	if c.TextChanged && !substantiveText {
		c.Reasons = c.Text.Reasons()
	}
}

// preamble compares the text before the first clause, when there is any.
func preamble(oldDoc, newDoc *model.Document, cls *classifier) *Change {
	o, n := BlocksText(oldDoc.Preamble), BlocksText(newDoc.Preamble)
	if o == "" && n == "" {
		return nil
	}
	c := &Change{Preamble: true, Text: WordDiff(o, n)}
	c.TextChanged = c.Text.Changed()
	switch {
	case o == "":
		c.Kind, c.Substantive = Added, true
	case n == "":
		c.Kind, c.Substantive = Removed, true
	default:
		cls.classify(c.Text)
		classifyPair(c)
	}
	return c
}

func (r *Result) count() {
	s := &r.Summary
	for _, c := range r.Entries {
		switch c.Kind {
		case Added:
			s.Added++
		case Removed:
			s.Removed++
		case Unchanged:
			s.Unchanged++
		}
		if c.Kind == Added || c.Kind == Removed {
			s.Substantive++
			continue
		}
		if c.Moved {
			s.Moved++
		} else if c.Renumbered {
			s.Renumbered++
		}
		if c.TextChanged {
			if c.Text.Substantive() {
				s.Amended++
			} else {
				s.Editorial++
			}
		}
		if c.Substantive {
			s.Substantive++
		}
	}
	affected := map[*model.Clause]bool{}
	for _, d := range r.Definitions {
		switch d.Kind {
		case Added:
			s.DefAdded++
		case Removed:
			s.DefRemoved++
		default:
			s.DefAmended++
		}
		for _, c := range d.Affects {
			affected[c] = true
		}
	}
	s.Affected = len(affected)
	s.References = len(r.References)
}

// Changed reports whether the versions differ at all (editorial changes
// count unless ignoreEditorial is set).
func (r *Result) Changed(ignoreEditorial bool) bool {
	return len(r.Changes(ignoreEditorial)) > 0 || len(r.DefChanges(ignoreEditorial)) > 0
}
