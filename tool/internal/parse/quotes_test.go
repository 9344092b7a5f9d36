package parse

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

func TestQuoteDepth(t *testing.T) {
	deep := strings.Repeat(">", MaxQuoteDepth)
	lines := strings.Count(string(testutil.Source("nl", "")), "\n")
	tests := []struct {
		name, body string
		want       string // code:line:col, the line counted in the body; "" when the document is read
	}{
		{"at the limit", deep + " tekst\n", ""},
		{"one level too deep", deep + "> tekst\n", "quote-depth:3:101"},
		{"markers with spaces", strings.Repeat("> ", MaxQuoteDepth+1) + "tekst\n", "quote-depth:3:201"},
		{"inside list items", strings.Repeat("> - ", MaxQuoteDepth+1) + "tekst\n", "quote-depth:3:401"},
		{"not at the start of a line", "tekst " + deep + ">\n", ""},
		{"inside a fenced code block", "```\n" + deep + ">\n```\n", ""},
		{"after a fenced code block", "~~~~\ncode\n~~~~\n" + deep + ">\n", "quote-depth:6:101"},
		{"a shorter fence does not close", "````\n```\n" + deep + ">\n````\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := Parse("q.md", testutil.Source("nl", "# 1. Een\n\n"+tt.body))
			got := ""
			for _, d := range ds {
				if d.Code == "quote-depth" {
					got = d.Code + ":" + itoa(d.Line-lines) + ":" + itoa(d.Col)
					if !strings.Contains(d.Message, "100") {
						t.Errorf("message %q does not say the limit", d.Message)
					}
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if (doc == nil) != (tt.want != "") {
				t.Errorf("document read: %v, want %v", doc != nil, tt.want == "")
			}
		})
	}
}

// BenchmarkParseNestedQuotes parses a paragraph inside quotes at the
// deepest level legalkit reads, and a 50 KB line of ">" it refuses.
func BenchmarkParseNestedQuotes(b *testing.B) {
	for _, depth := range []int{MaxQuoteDepth, 50000} {
		src := testutil.Source("nl", "# 1. Een\n\n"+strings.Repeat(">", depth)+" tekst\n")
		b.Run(itoa(depth), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Parse("q.md", src)
			}
		})
	}
}
