package model

import "testing"

func TestColumnsSource(t *testing.T) {
	var none *Columns
	if got := none.Source(Pos{Line: 3, Col: 7}); got != (Pos{Line: 3, Col: 7}) {
		t.Errorf("nil Columns moved 3:7 to %v", got)
	}
	c := &Columns{}
	c.Shift(2, 4, 1) // line 2: "abé" written with a combining accent, then more
	c.Shift(2, 6, 3)
	for in, want := range map[Pos]int{{2, 1}: 1, {2, 3}: 3, {2, 4}: 5, {2, 5}: 6, {2, 6}: 9, {2, 40}: 43, {1, 5}: 5, {3, 5}: 5} {
		if got := c.Source(in); got != (Pos{Line: in.Line, Col: want}) {
			t.Errorf("Source(%v) = %v, want column %d", in, got, want)
		}
	}
}
