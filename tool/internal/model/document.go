package model

import "fmt"

// Document is one version of one legal document.
type Document struct {
	Path     string         // the source file, as given on the command line
	Meta     Meta           // front matter
	MetaPos  map[string]Pos // position of each front matter key
	Columns  *Columns       // maps positions to the columns of the file as saved; nil when it was NFC
	Preamble []Block        // text before the first clause or section
	Clauses  []*Clause      // top-level sections, in order

	Definitions []*Definition // terms defined in this document, in order
	Inherited   []*Definition // terms of the main document, for an annex
	References  []*Reference  // references in this document, in order
	// PreambleAliases are the ids authors gave places in the preamble
	// (see Clause.Aliases).
	PreambleAliases []string
	// ReadWith is, for an annex, the version of its main document it is
	// read with: the one it inherits the terms of and its references into
	// the main document name. The resolver sets it by the rule of package
	// history; nil for a document that is no annex.
	ReadWith *Document

	clauseIndex map[string]*Clause
	itemIndex   map[string]*Item
}

// Clause is a numbered section, article or clause, or an unnumbered
// top-level section such as "Definities".
type Clause struct {
	Number   string   // as written without the trailing full stop: "1.2.4", "A.1"; "" when unnumbered
	Prefix   string   // a word before the number: "Appendix" in "Appendix A"
	Anchor   string   // stable id: the number, or a slug of the title when unnumbered
	Heading  []Inline // the title; empty for a clause written as a paragraph
	Title    string   // the title as plain text
	Pos      Pos
	Blocks   []Block // the clause's own text, without its sub-clauses
	Items    []*Item // all sub-items, nested ones included, in order
	Children []*Clause
	Parent   *Clause

	// Aliases are other ids that lead to the clause: its heading's GitHub
	// slug and ids its author wrote (see SettleAliases).
	Aliases []string
}

// Depth is 1 for a top-level section, 2 for its clauses, and so on.
func (c *Clause) Depth() int {
	d := 1
	for p := c.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// Item is a sub-item of a clause: a labelled paragraph or a list entry.
type Item struct {
	Label  string // "a", "iv", "A", "1"; "" for a bullet
	Marker string // as written: "a)", "(iv)", "A.", "1.", "-"
	Anchor string // "3.2.1.a", or "3.3.1-2" for the second bullet
	Pos    Pos
	Blocks []Block
	Parent *Item // for nested items
	Clause *Clause

	// Aliases are other ids that lead to the item, such as ids its author
	// wrote (see SettleAliases).
	Aliases []string
}

// DefKind says how a term was defined.
type DefKind string

// The ways a term can be defined.
const (
	DefTable   DefKind = "table"
	DefDefList DefKind = "definition-list"
	DefList    DefKind = "list"
	DefInline  DefKind = "inline"
)

// Definition is a defined term.
type Definition struct {
	Term      string   // as defined, e.g. "Partij"
	Aliases   []string // other names given in the definition: "Partijen", "Verwerking"
	Forms     []string // every form that counts as a use: term, aliases and their plurals
	Anchor    string   // stable id, "def-" + a slug of the term
	Pos       Pos
	Kind      DefKind
	Statutory bool   // marked with an asterisk: meaning taken from privacy law
	Document  string // id of the defining document
	Clause    string // anchor of the clause where it is defined; "" in an unnumbered section
	Text      string // the definition text as plain text
	Uses      []*Use
	Columns   *Columns // the defining document's Columns: an annex lists its main document's definitions
}

// Use is one use of a defined term.
type Use struct {
	Pos      Pos
	Form     string // as written
	Clause   string // anchor of the clause it appears in
	Document string // id of the document it appears in
}

// RefKind is the kind of thing a reference points at.
type RefKind string

// The kinds of reference.
const (
	RefClause   RefKind = "clause"
	RefItem     RefKind = "item"
	RefDocument RefKind = "document"
	RefStatute  RefKind = "statute"
)

// Reference is a reference in the text to a clause, a sub-item, a document
// or a statute.
type Reference struct {
	Text     string // as written, with its cue word: "zie 4.6.1"
	Pos      Pos
	Kind     RefKind
	Cue      string // the cue word, lower case: "zie", "artikel"; "" for a bare number
	Target   string // clause or item anchor; document id; statute id ("AVG 45", "BW 7:404")
	Document string // id of the target document when it is not this one
	Resolved bool
	Clause   string // anchor of the clause the reference appears in
	URL      string // official text, for statutes

	// Doubt says why the reference may not be one, or may point into
	// another text (a weak cue, paragraphs legalkit did not find): an
	// English format (translated where messages are written) with the
	// strings DoubtArgs for its verbs; "" when its cue and shape leave no
	// doubt. check reports an unresolved reference with a doubt as a
	// warning, not an error.
	Doubt     string
	DoubtArgs []string
}

// DoubtText returns the doubt of r in English, "" when it has none.
func (r *Reference) DoubtText() string {
	if r.Doubt == "" {
		return ""
	}
	args := make([]any, len(r.DoubtArgs))
	for i, a := range r.DoubtArgs {
		args[i] = a
	}
	return fmt.Sprintf(r.Doubt, args...)
}
