package diff

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// nestedQuotes is a document whose clause 1.1 ends in a paragraph inside
// depth nested block quotes, written ">>>…> text"; version tells the two
// versions apart.
func nestedQuotes(depth int, version string) string {
	return string(testutil.Source("nl", "# 1. Eerste\n\n1.1. Een.\n\n"+strings.Repeat(">", depth)+" tekst versie "+version+"\n"))
}

// BenchmarkCompareNestedQuotes compares two versions that differ inside
// deeply nested block quotes: the cost must not grow faster than the depth.
func BenchmarkCompareNestedQuotes(b *testing.B) {
	for _, depth := range []int{2000, 4000, 8000, 16000} {
		b.Run(fmt.Sprintf("depth/%d", depth), func(b *testing.B) {
			old, new := nestedQuotes(depth, "1"), nestedQuotes(depth, "2")
			o, n := parsePair(b, old, new)
			b.ReportAllocs()
			b.SetBytes(int64(len(old) + len(new)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Compare(o, n)
			}
		})
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestNestedQuotesGrowLinearly guards against a return of the cost that
// multiplied with the depth of block quotes: twice the depth may take about
// twice the memory, not four times.
func TestNestedQuotesGrowLinearly(t *testing.T) {
	var bytes [2]uint64
	for i, depth := range []int{2000, 4000} {
		o, n := versionsFromSource(t, nestedQuotes(depth, "1"), nestedQuotes(depth, "2"))
		var r *Result
		bytes[i] = allocated(func() { r = Compare(o, n) })
		if r.Summary.Amended != 1 {
			t.Fatalf("depth %d: %d clauses amended, want 1", depth, r.Summary.Amended)
		}
	}
	if ratio := float64(bytes[1]) / float64(bytes[0]); ratio > 3 {
		t.Errorf("comparing quotes 4000 deep allocates %.1f times as much as 2000 deep (%d and %d bytes), want about 2",
			ratio, bytes[1], bytes[0])
	}
}

func TestClauseTextOfNestedBlocks(t *testing.T) {
	src := string(testutil.Source("nl", "# 1. Een\n\n1.1. Tekst.\n\n> Citaat.\n>\n> > Dieper.\n> >\n> > a) punt\n>\n> Terug.\n\nTerm\n: Uitleg.\n\n> Term\n> : In een citaat.\n"))
	doc, _ := versionsFromSource(t, src, src)
	got := ClauseText(doc.Clause("1.1"))
	want := "Tekst.\n> Citaat.\n> > Dieper.\n> > a) punt\n> Terug.\nTerm\n: Uitleg.\n> Term\n> : In een citaat."
	if got != want {
		t.Errorf("ClauseText:\n got: %q\nwant: %q", got, want)
	}
}
