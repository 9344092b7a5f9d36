package model

import "sort"

// Columns maps the columns of positions in a normalised source back to the
// file as saved. legalkit reads every source in Unicode NFC (see package
// parse), in which a letter written as a base letter and a combining accent
// ("e" and U+0308) is one character ("ë"); the model's positions count the
// characters of that text, and Source turns them into the character
// columns of the file, which is what diagnostics and inspect show. Only
// lines that normalisation changed are held; a nil *Columns maps every
// position to itself.
type Columns struct {
	lines map[int][]colShift
}

// colShift says that from normalised column From on, the source column is
// Delta more.
type colShift struct{ from, delta int }

// Shift records that on line, from normalised column from on, the source
// column is delta more. Calls for one line come in increasing column order.
func (c *Columns) Shift(line, from, delta int) {
	if c.lines == nil {
		c.lines = map[int][]colShift{}
	}
	c.lines[line] = append(c.lines[line], colShift{from, delta})
}

// Source returns the position in the file as saved of a position in the
// normalised source.
func (c *Columns) Source(p Pos) Pos {
	if c == nil {
		return p
	}
	shifts := c.lines[p.Line]
	i := sort.Search(len(shifts), func(i int) bool { return shifts[i].from > p.Col })
	if i > 0 {
		p.Col += shifts[i-1].delta
	}
	return p
}

// SourceCol is Source for a line and column.
func (c *Columns) SourceCol(line, col int) int {
	return c.Source(Pos{Line: line, Col: col}).Col
}
