package diff

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

// nestedQuotes returns two versions of a document whose clause 1.1 ends in
// a paragraph inside depth nested block quotes, changed from one version
// to the next. The parser refuses more than 100 levels, so the nesting
// is made in the model: the diff must stay linear whatever it is given.
func nestedQuotes(tb testing.TB, depth int) (*model.Document, *model.Document) {
	var docs [2]*model.Document
	for i, version := range []string{"1", "2"} {
		src := testutil.Source("nl", "# 1. Eerste\n\n1.1. Een.\n\n> tekst versie "+version+"\n")
		doc, ds := parse.Parse("v"+version+".md", src)
		if doc == nil {
			tb.Fatal(ds)
		}
		resolve.Link([]*model.Document{doc})
		c := doc.Clause("1.1")
		last := &c.Blocks[len(c.Blocks)-1]
		for range depth - 1 {
			*last = &model.Quote{Blocks: []model.Block{*last}}
		}
		docs[i] = doc
	}
	return docs[0], docs[1]
}

// BenchmarkCompareNestedQuotes compares two versions that differ inside
// deeply nested block quotes: the cost must not grow faster than the depth.
func BenchmarkCompareNestedQuotes(b *testing.B) {
	for _, depth := range []int{2000, 4000, 8000, 16000} {
		b.Run(fmt.Sprintf("depth/%d", depth), func(b *testing.B) {
			o, n := nestedQuotes(b, depth)
			b.ReportAllocs()
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
		o, n := nestedQuotes(t, depth)
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

// manyRefs is a document whose clause 2.1 is one paragraph with n
// references; every second one reads "1.2" in version 1 and "1.1" in
// version 2 when changed is set.
func manyRefs(n int, version string, changed bool) string {
	var b strings.Builder
	b.WriteString("# 1. Eerste\n\n1.1. Een.\n\n1.2. Twee.\n\n# 2. Tweede\n\n2.1. ")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		target := 1 + i%2
		if changed && version == "2" {
			target = 1
		}
		fmt.Fprintf(&b, "zie 1.%d", target)
	}
	b.WriteString(".\n")
	return string(testutil.Source("nl", b.String()))
}

// BenchmarkCompareManyReferences compares two versions of a paragraph with
// n references, equal or with every second reference changed.
func BenchmarkCompareManyReferences(b *testing.B) {
	for _, changed := range []bool{false, true} {
		for _, n := range []int{20000, 80000} {
			b.Run(fmt.Sprintf("changed=%v/%d", changed, n), func(b *testing.B) {
				old, new := manyRefs(n, "1", changed), manyRefs(n, "2", changed)
				o, nw := parsePair(b, old, new)
				b.ReportAllocs()
				b.SetBytes(int64(len(old) + len(new)))
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					Compare(o, nw)
				}
			})
		}
	}
}
