package model

// Node is anything Walk visits: the document, a clause, a block, a sub-item,
// an entry of a definition list, a span of inlines or an inline.
type Node interface{ isNode() }

// WalkStatus tells Walk how to go on after calling the walker.
type WalkStatus int

// The statuses a walker returns.
const (
	WalkContinue     WalkStatus = iota // visit the node's children
	WalkSkipChildren                   // do not visit the node's children
	WalkStop                           // stop the walk
)

// Walker is called with entering true before a node's children and with
// entering false after them; the second call happens after
// WalkSkipChildren too, but not after WalkStop.
type Walker func(n Node, entering bool) WalkStatus

// Part says which part of a document a span of inlines is.
type Part int

// The parts of a document that hold text.
const (
	PartTitle      Part = iota + 1 // the title of a numbered heading or section
	PartHeading                    // an unnumbered group heading inside a clause
	PartParagraph                  // a paragraph, also inside a sub-item, quote or definition
	PartHeaderCell                 // a cell of a table's header row
	PartCell                       // a cell of a table's body
	PartTerm                       // a term being defined: a definition list's term, the first cell of a definitions table's row
)

// Span is one list of inlines together with where it stands. Inlines points
// at the list in the model, so a walker may replace it; its children are
// visited as they are after the walker returns.
type Span struct {
	Part    Part
	Inlines *[]Inline
	Clause  *Clause     // the innermost clause it stands in; nil in the preamble
	Entry   *Definition // the definition whose own entry it is part of, or nil
}

// Walk visits n and everything below it in reading order. It is the one
// traversal of a document: it decides, for every reader of
// the model (the resolver, the checks, the diff, the renderers), which parts
// of a document hold text and in which order they come, in the spirit of
// goldmark's ast.Walk: the walker is called on entering a node and again on
// leaving it.
//
// Order: the preamble's blocks, then each clause in reading order: the
// group headings that introduce it, its title, the rest of its own blocks,
// its sub-clauses. Inside a block: a list's items, a
// labelled sub-item's item, each item's blocks; a table's header row, then
// its body rows (*Row), each its cells; a definition list's entries, each its term and then
// its description blocks; a block quote's blocks. Every list of inlines is
// visited as a *Span that says which part of the document it is, with the
// inline nodes as its children: emphasis, link text and an inline
// definition are entered; text, breaks, code, raw HTML, term uses and
// references are leaves. Code blocks and code spans are never text.
func Walk(n Node, f Walker) {
	w := &walker{f: f}
	if c, ok := n.(*Clause); ok {
		w.clause = c.Parent
	}
	w.node(n)
}

// WalkBlocks visits blocks of body text, such as a clause's own text or a
// document's preamble, as Walk does.
func WalkBlocks(bs []Block, f Walker) {
	w := &walker{f: f}
	w.blocks(bs)
}

// WalkInlines visits inlines, such as a span's, as Walk does.
func WalkInlines(ins []Inline, f Walker) {
	w := &walker{f: f}
	w.inlines(ins)
}

// Spans calls f for every span of inlines below n, in reading order.
func Spans(n Node, f func(*Span)) {
	Walk(n, func(n Node, entering bool) WalkStatus {
		if s, ok := n.(*Span); ok && entering {
			f(s)
			return WalkSkipChildren
		}
		return WalkContinue
	})
}

// Row is a table row as Walk visits it: the header row (Index -1) or a
// body row. Cells is the row in the model.
type Row struct {
	Table *Table
	Index int
	Cells []Cell
	Def   *Definition // the definition the row makes, or nil
}

type walker struct {
	f      Walker
	clause *Clause
	entry  *Definition
}

// node visits n and its children; it returns false when the walk stops.
func (w *walker) node(n Node) bool {
	st := w.f(n, true)
	if st == WalkStop {
		return false
	}
	if st == WalkContinue && !w.children(n) {
		return false
	}
	return w.f(n, false) != WalkStop
}

func (w *walker) children(n Node) bool {
	switch n := n.(type) {
	case *Document:
		return w.blocks(n.Preamble) && w.clauses(n.Clauses)
	case *Clause:
		return w.clauseBody(n)
	case *Paragraph:
		return w.span(PartParagraph, &n.Inlines)
	case *Heading:
		return w.span(PartHeading, &n.Inlines)
	case *List:
		for _, it := range n.Items {
			if !w.node(it) {
				return false
			}
		}
	case *ItemBlock:
		return w.node(n.Item)
	case *Item:
		return w.item(n)
	case *Table:
		return w.table(n)
	case *Row:
		return w.row(n)
	case *DefinitionList:
		for _, e := range n.Entries {
			if !w.node(e) {
				return false
			}
		}
	case *DefEntry:
		return w.defEntry(n)
	case *Quote:
		return w.blocks(n.Blocks)
	case *Span:
		return w.inlines(*n.Inlines)
	case *Emphasis:
		return w.inlines(n.Children)
	case *Link:
		return w.inlines(n.Children)
	case *TermDef:
		return w.inlines(n.Children)
	}
	return true
}

func (w *walker) clauses(cs []*Clause) bool {
	for _, c := range cs {
		if !w.node(c) {
			return false
		}
	}
	return true
}

// clauseBody visits a clause in the order readers meet it: the group
// headings that introduce it, its title, the rest of its own text, its
// sub-clauses.
func (w *walker) clauseBody(c *Clause) bool {
	outer := w.clause
	w.clause = c
	defer func() { w.clause = outer }()
	lead := LeadingHeadings(c)
	if !w.blocks(c.Blocks[:lead]) {
		return false
	}
	if len(c.Heading) > 0 && !w.span(PartTitle, &c.Heading) {
		return false
	}
	return w.blocks(c.Blocks[lead:]) && w.clauses(c.Children)
}

// LeadingHeadings is the number of group headings that open a clause's
// blocks: they stand before the clause's number and title, and introduce it.
func LeadingHeadings(c *Clause) int {
	n := 0
	for n < len(c.Blocks) {
		if _, ok := c.Blocks[n].(*Heading); !ok {
			break
		}
		n++
	}
	return n
}

func (w *walker) blocks(bs []Block) bool {
	for _, b := range bs {
		if !w.node(b) {
			return false
		}
	}
	return true
}

// item visits a sub-item's blocks. An item that opens with an inline
// definition ("a. Klant: ...") is that definition's entry.
func (w *walker) item(it *Item) bool {
	outer := w.entry
	defer func() { w.entry = outer }()
	if len(it.Blocks) > 0 {
		if p, ok := it.Blocks[0].(*Paragraph); ok && len(p.Inlines) > 0 {
			if td, ok := p.Inlines[0].(*TermDef); ok {
				w.entry = td.Def
			}
		}
	}
	return w.blocks(it.Blocks)
}

// table visits the header row, then the body rows.
func (w *walker) table(t *Table) bool {
	if len(t.Header) > 0 && !w.node(&Row{Table: t, Index: -1, Cells: t.Header}) {
		return false
	}
	for i, cells := range t.Rows {
		var def *Definition
		if i < len(t.RowDefs) {
			def = t.RowDefs[i]
		}
		if !w.node(&Row{Table: t, Index: i, Cells: cells, Def: def}) {
			return false
		}
	}
	return true
}

// row visits a row's cells. A row that defines a term is the term's entry,
// and its first cell is the term.
func (w *walker) row(r *Row) bool {
	outer := w.entry
	defer func() { w.entry = outer }()
	if r.Def != nil {
		w.entry = r.Def
	}
	for j := range r.Cells {
		part := PartCell
		switch {
		case r.Index < 0:
			part = PartHeaderCell
		case j == 0 && r.Def != nil:
			part = PartTerm
		}
		if !w.span(part, &r.Cells[j].Inlines) {
			return false
		}
	}
	return true
}

func (w *walker) defEntry(e *DefEntry) bool {
	outer := w.entry
	defer func() { w.entry = outer }()
	if e.Def != nil {
		w.entry = e.Def
	}
	return w.span(PartTerm, &e.Term) && w.blocks(e.Blocks)
}

func (w *walker) span(p Part, ins *[]Inline) bool {
	return w.node(&Span{Part: p, Inlines: ins, Clause: w.clause, Entry: w.entry})
}

func (w *walker) inlines(ins []Inline) bool {
	for _, in := range ins {
		if !w.node(in) {
			return false
		}
	}
	return true
}

func (*Document) isNode() {}
func (*Clause) isNode()   {}
func (*Item) isNode()     {}
func (*DefEntry) isNode() {}
func (*Span) isNode()     {}
func (*Row) isNode()      {}

func (*Paragraph) isNode()      {}
func (*Heading) isNode()        {}
func (*List) isNode()           {}
func (*ItemBlock) isNode()      {}
func (*Table) isNode()          {}
func (*DefinitionList) isNode() {}
func (*Quote) isNode()          {}
func (*CodeBlock) isNode()      {}
func (*Rule) isNode()           {}

func (*Text) isNode()      {}
func (*SoftBreak) isNode() {}
func (*LineBreak) isNode() {}
func (*Emphasis) isNode()  {}
func (*CodeSpan) isNode()  {}
func (*Link) isNode()      {}
func (*RawHTML) isNode()   {}
func (*TermUse) isNode()   {}
func (*TermDef) isNode()   {}
func (*Ref) isNode()       {}
