package parse_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// htmlInputs are documents of n units of inline and block HTML: as real
// documents have it (spans with author ids, an HTML table per clause),
// and as hostile input has it (tags never closed, elements nested deep).
var htmlInputs = map[string]func(n int) string{
	"spans-and-tables": func(n int) string {
		var b strings.Builder
		b.WriteString("# 1. A\n\n")
		for i := range n {
			fmt.Fprintf(&b, "1.%d. <span class=\"header_3\" id=\"x%d\">Titel.</span> De <span class=\"coverpage_link\">Klant</span> m<sup>2</sup> <a href=\"https://example.com/%d\">link</a>.\n\n", i+1, i, i)
			fmt.Fprintf(&b, "<table>\n  <tr><th>Doel</th><th>Basis</th></tr>\n  <tr><td><a id=\"b%d\"></a>Een &amp; twee</td><td><ul><li>Een</li><li>Twee</li></ul></td></tr>\n</table>\n\n", i)
		}
		return b.String()
	},
	"unclosed-inline": func(n int) string {
		return "# 1. A\n\n1.1. " + strings.Repeat("<u>x <b>y ", n) + "\n"
	},
	"nested-block": func(n int) string {
		return "# 1. A\n\n<div>\n" + strings.Repeat("<div><p><span>x", n) + strings.Repeat("</span></p></div>", n) + "\n</div>\n"
	},
}

// BenchmarkParseHTML parses documents full of HTML at two sizes: the cost
// per unit must stay the same.
func BenchmarkParseHTML(b *testing.B) {
	for _, name := range []string{"spans-and-tables", "unclosed-inline", "nested-block"} {
		for _, n := range []int{1000, 2000} {
			src := testutil.Source("nl", htmlInputs[name](n))
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					parse.Parse("h.md", src)
				}
			})
		}
	}
}

// TestHTMLGrowsLinearly: twice the HTML allocates about twice the memory,
// so a quadratic cost in the sanitiser cannot come back unnoticed.
func TestHTMLGrowsLinearly(t *testing.T) {
	for name, gen := range htmlInputs {
		small, large := testutil.Source("nl", gen(2000)), testutil.Source("nl", gen(4000))
		a := allocated(func() { parse.Parse("h.md", small) })
		b := allocated(func() { parse.Parse("h.md", large) })
		if ratio := float64(b) / float64(a); ratio > 2.6 {
			t.Errorf("%s: twice the input allocates %.1f times the memory", name, ratio)
		}
	}
}

func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
