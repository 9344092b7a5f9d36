package pdf

// A document is laid out as a flow of blocks: headings, paragraphs, items,
// tables and rules. Each block is broken into lines before it is placed, so
// that the pager can keep a heading with the lines that follow it and avoid
// single lines at the foot or head of a page.

// block is a unit of the flow.
type block struct {
	lines     []*line
	before    float64  // space above the block
	keepNext  bool     // a heading: never the last thing on a page
	dests     []string // anchors that point at the block's top
	outline   *mark    // an outline entry at the block's top
	table     *table   // set for tables; lines is then empty
	rule      bool     // a horizontal rule across the text column
	x, w      float64  // extent of a rule
	newPage   bool     // start a document: a fresh page without running header
	breakPage bool     // start on a fresh page
	doc       int      // index of the document in the PDF
	title     bool     // the title block: placed as one piece
}

// mark is an outline (bookmark) entry.
type mark struct {
	title string
	level int
	open  bool
}

// height returns the height of the block's content.
func (b *block) height() float64 {
	if b.table != nil {
		return b.table.height()
	}
	if b.rule {
		return 0.6
	}
	var h float64
	for _, l := range b.lines {
		h += l.height
	}
	return h
}

// head returns the height of the part of the block that must not be
// separated from a heading above it: the first lines, or the table's header
// and first row.
func (b *block) head() float64 {
	if b.table != nil {
		return b.table.head()
	}
	if b.title {
		return b.height()
	}
	var h float64
	for i, l := range b.lines {
		if i == 2 {
			break
		}
		h += l.height
	}
	return h
}
