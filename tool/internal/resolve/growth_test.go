package resolve_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// manyRefs is a document whose clause 2.1 is one paragraph with n clause
// references of mixed kinds: cued, continued lists, items, dangling
// numbers, statutes, amounts and periods, and a defined term. With lines
// set, every reference stands on a line of its own (one soft break each).
func manyRefs(n int, lines bool) []byte {
	var b strings.Builder
	b.WriteString("# 1. Definities\n\n1.1. Begrippen:\n\na. Klant: de afnemer.\n\nb) eerste.\n\n1.2. Twee.\n\n# 2. Tweede\n\n2.1. ")
	sep := ", "
	if lines {
		sep = ",\n"
	}
	forms := []string{"zie 1.1", "artikel 1.2 en 1.1", "volgens 1.1 b)", "zie 9.%d", "de Klant in 1.2",
		"artikel 32 AVG", "EUR 1.250.000", "binnen 30 dagen", "één (1) jaar", "versie 7.%d"}
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		f := forms[i%len(forms)]
		if strings.Contains(f, "%d") {
			f = fmt.Sprintf(f, i%97)
		}
		b.WriteString(f)
	}
	b.WriteString(".\n")
	return testutil.Source("nl", b.String())
}

func parseOrFail(tb testing.TB, src []byte) *model.Document {
	tb.Helper()
	doc, ds := parse.Parse("many.md", src)
	if doc == nil || ds.HasErrors() {
		tb.Fatalf("parse: %v", ds)
	}
	return doc
}

// BenchmarkManyReferences links one paragraph holding n references: the
// cost must grow linearly with n.
func BenchmarkManyReferences(b *testing.B) {
	for _, lines := range []bool{false, true} {
		for _, n := range []int{20000, 80000} {
			name := fmt.Sprintf("paragraph/%d", n)
			if lines {
				name = fmt.Sprintf("lines/%d", n)
			}
			b.Run(name, func(b *testing.B) {
				src := manyRefs(n, lines)
				b.ReportAllocs()
				b.SetBytes(int64(len(src)))
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					doc := parseOrFail(b, src)
					b.StartTimer()
					resolve.Link([]*model.Document{doc})
				}
			})
		}
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

// TestManyReferencesGrowLinearly guards against a return of the quadratic
// cost: twice the references in one paragraph may take about twice the
// memory, not four times.
func TestManyReferencesGrowLinearly(t *testing.T) {
	for _, lines := range []bool{false, true} {
		var bytes [2]uint64
		for i, n := range []int{2000, 4000} {
			doc := parseOrFail(t, manyRefs(n, lines))
			bytes[i] = allocated(func() { resolve.Link([]*model.Document{doc}) })
			if got := len(doc.References); got < n/2 {
				t.Fatalf("%d references found in a paragraph of %d", got, n)
			}
		}
		if ratio := float64(bytes[1]) / float64(bytes[0]); ratio > 3 {
			t.Errorf("lines=%v: linking 4000 references allocates %.1f times as much as 2000 (%d and %d bytes), want about 2",
				lines, ratio, bytes[1], bytes[0])
		}
	}
}
