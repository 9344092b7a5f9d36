package model

// Block is a block of body text: a paragraph, a list, a table, ...
type Block interface {
	Node
	isBlock()
}

// Paragraph is a paragraph of running text.
type Paragraph struct {
	Pos     Pos
	Inlines []Inline
}

// Heading is an unnumbered group heading inside a clause. Numbered headings
// are clauses, not blocks.
type Heading struct {
	Pos     Pos
	Inlines []Inline

	// Aliases are the ids that lead to the heading: its GitHub slug (see
	// SettleAliases).
	Aliases []string
}

// List is a bulleted or numbered Markdown list; each entry is a sub-item.
type List struct {
	Pos     Pos
	Ordered bool
	Start   int
	Items   []*Item
}

// ItemBlock is a sub-item written as a paragraph that starts with a label,
// such as "a) de Klant ...".
type ItemBlock struct {
	Item *Item
}

// Table is a table; a definitions table has a Definition per row.
type Table struct {
	Pos     Pos
	Align   []string // "", "left", "center" or "right" per column
	Header  []Cell
	Rows    [][]Cell
	RowDefs []*Definition // per row; nil entries for rows that define nothing
}

// Cell is one table cell. ColSpan and RowSpan are the columns and rows it
// spans, from an HTML table; 0 for one.
type Cell struct {
	Inlines []Inline
	ColSpan int
	RowSpan int
}

// DefinitionList is a Markdown definition list.
type DefinitionList struct {
	Pos     Pos
	Entries []*DefEntry
}

// DefEntry is one term of a definition list with its description.
type DefEntry struct {
	Term   []Inline
	Blocks []Block
	Def    *Definition // nil outside a definitions section
}

// Quote is a block quote.
type Quote struct {
	Blocks []Block
}

// CodeBlock is preformatted text.
type CodeBlock struct {
	Pos  Pos
	Text string
}

// Rule is a thematic break.
type Rule struct{}

func (*Paragraph) isBlock()      {}
func (*Heading) isBlock()        {}
func (*List) isBlock()           {}
func (*ItemBlock) isBlock()      {}
func (*Table) isBlock()          {}
func (*DefinitionList) isBlock() {}
func (*Quote) isBlock()          {}
func (*CodeBlock) isBlock()      {}
func (*Rule) isBlock()           {}

// Inline is a piece of running text.
type Inline interface {
	Node
	isInline()
}

// Text is plain text as written in the source.
type Text struct {
	Pos   Pos
	Value string
}

// SoftBreak is a line break inside a paragraph in the source; readers see a space.
type SoftBreak struct{}

// LineBreak is a hard line break (also `<br>` in a table cell).
type LineBreak struct{}

// Emphasis is emphasised or otherwise marked text: Level 1 is italic, 2
// is bold. Mark, when set, is the inline HTML element of the source that
// marked it (the sanitiser keeps only these): "strong" (Level 2), "em"
// (Level 1), or "sup", "sub", "u", "ins", "s", "del", "mark", "small" or
// "code" (Level 0). Every reader of the text reads an emphasis's children
// as text.
type Emphasis struct {
	Level    int
	Mark     string
	Children []Inline
}

// CodeSpan is inline code.
type CodeSpan struct {
	Value string
}

// Link is a link to a web page, an e-mail address or a page of the site.
// URL is safe to publish: the parser keeps only links that package safelink
// accepts, and renders the others as their text.
type Link struct {
	URL      string
	Children []Inline

	// Pos is where the link starts; Target is set for a relative link to
	// another document's Markdown source (see LinkTarget).
	Pos    Pos
	Target *LinkTarget
}

// RawHTML is HTML shown as text. The parser no longer makes it: it
// sanitises HTML into the other nodes (see package parse). Renderers show
// its Value as text, never as HTML.
type RawHTML struct {
	Pos   Pos
	Value string
}

// TermUse is a use of a defined term in running text.
type TermUse struct {
	Pos  Pos
	Def  *Definition
	Text string // as written, e.g. "Partijen"
}

// TermDef is the place where a term is defined inline, e.g. the
// "Derdencomponenten" of ("Derdencomponenten").
type TermDef struct {
	Def      *Definition
	Children []Inline
}

// Ref is a reference in running text; Text is the part readers click.
type Ref struct {
	Pos  Pos
	Ref  *Reference
	Text string
}

func (*Text) isInline()      {}
func (*SoftBreak) isInline() {}
func (*LineBreak) isInline() {}
func (*Emphasis) isInline()  {}
func (*CodeSpan) isInline()  {}
func (*Link) isInline()      {}
func (*RawHTML) isInline()   {}
func (*TermUse) isInline()   {}
func (*TermDef) isInline()   {}
func (*Ref) isInline()       {}
