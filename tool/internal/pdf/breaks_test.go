package pdf

import (
	"runtime"
	"testing"
)

// paragraph returns a paragraph of n words of 10 mm with spaces of 2 mm.
func paragraph(n int) []token {
	st := runStyle{font: font{regular, 10}}
	var ts []token
	for i := range n {
		if i > 0 {
			ts = append(ts, token{kind: glue, text: " ", style: st, width: 2})
		}
		ts = append(ts, token{kind: box, text: "word", style: st, width: 10})
	}
	return ts
}

func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestBreaksLinearInLines: breaking a paragraph twice as long allocates
// about twice as much. Prepending each break copied the list of breaks once
// per line, so a 2 MB title (25,000 lines) took 10 GB and 17 s.
func TestBreaksLinearInLines(t *testing.T) {
	small, large := paragraph(20000), paragraph(40000)
	a := allocatedBy(func() { bestBreaks(small, 60) })
	b := allocatedBy(func() { bestBreaks(large, 60) })
	if ratio := float64(b) / float64(a); ratio > 2.6 {
		t.Errorf("bestBreaks allocates %d bytes for 20,000 words and %d for 40,000 (×%.1f): not linear", a, b, ratio)
	}
	breaks := bestBreaks(small, 60)
	for i := 1; i < len(breaks); i++ {
		if breaks[i] <= breaks[i-1] {
			t.Fatalf("breaks not in order at %d: %v", i, breaks[i-1:i+1])
		}
	}
	if last := breaks[len(breaks)-1]; last != len(small) {
		t.Errorf("the last break is %d, want the end %d", last, len(small))
	}
}
