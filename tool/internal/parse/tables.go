package parse

import (
	"bytes"

	"github.com/yuin/goldmark/ast"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// delimiterCell is one cell of a table's delimiter row: "---", ":--:".
var delimiterCell = lazyre.New(`^\s*:?-+:?\s*$`)

// malformedTable reports a paragraph that is a table to the eye, a header
// row followed by a delimiter row, but whose delimiter row has another
// number of columns than the header: GFM then reads no table, so its rows
// are shown as a paragraph and a definitions table defines nothing. It
// follows goldmark's table extension: the first delimiter row of a
// paragraph decides.
func (c *converter) malformedTable(n ast.Node) {
	lines := n.Lines()
	for i := 1; i < lines.Len(); i++ {
		seg, prev := lines.At(i), lines.At(i-1)
		row := seg.Value(c.src)
		cols := delimiterColumns(row)
		if cols == 0 {
			continue
		}
		header := prev.Value(c.src)
		if cells := rowCells(header); cells != cols && bytes.IndexByte(header, '|') >= 0 {
			c.tableError(seg.Start+indent(row), cols, cells)
		}
		return
	}
}

// setextTable reports a table header row underlined with "---" instead of
// a delimiter row per column: Markdown reads a heading, not a table.
func (c *converter) setextTable(n *ast.Heading) {
	lines := n.Lines()
	if lines.Len() != 1 || n.Level != 2 {
		return
	}
	seg := lines.At(0)
	row := bytes.TrimSpace(seg.Value(c.src))
	if len(row) < 2 || row[0] != '|' || bytes.Count(row, []byte("|")) < 2 || isATX(c.src, seg.Start) {
		return
	}
	next := bytes.IndexByte(c.src[seg.Stop:], '\n')
	if next < 0 {
		return
	}
	start := seg.Stop + next + 1
	line := c.src[start:]
	if e := bytes.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	p := c.pos(start + indent(line))
	c.ds.Add(c.path, p.Line, p.Col, diag.Error, "table-malformed",
		"this line makes the table header above it a heading: Markdown reads no table here, so its rows are shown as text and define no terms; write the delimiter row with one | --- | per column (%s)",
		columns(rowCells(row)))
}

func (c *converter) tableError(off, cols, cells int) {
	p := c.pos(off)
	c.ds.Add(c.path, p.Line, p.Col, diag.Error, "table-malformed",
		"this delimiter row has %s but the header row above has %s: Markdown reads no table here, so its rows are shown as text and define no terms; write one | --- | per column",
		columns(cols), columns(cells))
}

func columns(n int) diag.Phrase {
	if n == 1 {
		return diag.Phrasef("%d column", n)
	}
	return diag.Phrasef("%d columns", n)
}

// isATX reports whether the heading whose text starts at off is written
// with "#" (and so is a heading on purpose, not an underlined table row).
func isATX(src []byte, off int) bool {
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return bytes.HasPrefix(bytes.TrimLeft(src[start:off], " \t>"), []byte("#"))
}

// delimiterColumns returns the number of columns of a GFM table delimiter
// row ("| --- | :--: |"), or 0 when line is none.
func delimiterColumns(line []byte) int {
	line = bytes.TrimRight(line, "\n")
	if indent(line) > 3 || len(bytes.Trim(line, "-")) == 0 {
		return 0
	}
	for _, b := range line {
		if b != ' ' && b != '\t' && b != '-' && b != '|' && b != ':' {
			return 0
		}
	}
	cols := bytes.Split(line, []byte("|"))
	if len(bytes.TrimSpace(cols[0])) == 0 {
		cols = cols[1:]
	}
	if len(cols) > 0 && len(bytes.TrimSpace(cols[len(cols)-1])) == 0 {
		cols = cols[:len(cols)-1]
	}
	for _, col := range cols {
		if !delimiterCell.Match(col) {
			return 0
		}
	}
	return len(cols)
}

// rowCells counts the cells of a table row as GFM splits it: on "|" not
// escaped with a backslash, without the outer pipes.
func rowCells(line []byte) int {
	line = bytes.TrimSpace(line)
	pos, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		pos++
	}
	if limit > 0 && line[limit-1] == '|' {
		limit--
	}
	n := 0
	for pos < limit {
		n++
		end := pos
		for end < limit && !(line[end] == '|' && (end == 0 || line[end-1] != '\\')) {
			end++
		}
		pos = end + 1
	}
	return n
}

func indent(line []byte) int {
	return len(line) - len(bytes.TrimLeft(line, " \t"))
}
