package parse

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// allocated returns the bytes Parse allocates for src.
func allocated(src []byte) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Parse("a/b/1.md", src)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestParseLinearInTextPieces: a line that goldmark splits into many
// pieces (unmatched "*" and "_") costs memory linear in its length. Joining
// the pieces one by one copied the whole line for each piece: 50,000
// markers took 10 s and gigabytes. Doubling the line must not much more
// than double what parsing allocates.
func TestParseLinearInTextPieces(t *testing.T) {
	line := func(n int) []byte {
		return testutil.Source("en", "# 1. A\n\n1.1. "+strings.Repeat("*a _b ", n)+"end.\n")
	}
	small, large := allocated(line(4000)), allocated(line(8000))
	if ratio := float64(large) / float64(small); ratio > 2.6 {
		t.Errorf("parsing allocates %d bytes for 4,000 markers and %d for 8,000 (×%.1f): not linear", small, large, ratio)
	}
}

// TestMergedTextKeepsPositions: contiguous pieces become one text at the
// position of the first; text after another inline or on the next line
// stays apart.
func TestMergedTextKeepsPositions(t *testing.T) {
	doc, _ := Parse("a/b/1.md", testutil.Source("en", "# 1. A\n\n1.1. The *a _b fees [x](https://e.example) and\nmore.\n"))
	if doc == nil || doc.Clause("1.1") == nil || len(doc.Clause("1.1").Blocks) == 0 {
		t.Fatal("no clause 1.1")
	}
	p, ok := doc.Clause("1.1").Blocks[0].(*model.Paragraph)
	if !ok {
		t.Fatalf("clause 1.1 starts with %T", doc.Clause("1.1").Blocks[0])
	}
	var got []string
	for _, in := range p.Inlines {
		switch in := in.(type) {
		case *model.Text:
			got = append(got, fmt.Sprintf("%d:%d %q", in.Pos.Line, in.Pos.Col, in.Value))
		default:
			got = append(got, fmt.Sprintf("%T", in))
		}
	}
	want := []string{`13:6 "The *a _b fees "`, "*model.Link", `13:43 " and"`, "*model.SoftBreak", `14:1 "more."`}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("inlines:\n got %q\nwant %q", got, want)
	}
}
