package model

import "fmt"

// Pos is a position in a source file: 1-based line and column. Columns count
// characters (Unicode code points), not bytes.
type Pos struct {
	Line int
	Col  int
}

// String returns line:col.
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p comes before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}
