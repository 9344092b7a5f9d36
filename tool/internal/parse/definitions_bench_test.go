package parse_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// BenchmarkDefinitionsManyTerms parses one paragraph that defines n terms
// in brackets and quotes n more before "means": the cost of finding
// definitions must grow linearly with the paragraph.
func BenchmarkDefinitionsManyTerms(b *testing.B) {
	for _, n := range []int{2000, 8000} {
		var s strings.Builder
		s.WriteString("Text.\n\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&s, "the thing (the \"Term%d\") and **\"Word%d\"** or (Name%d) ", i, i, i)
		}
		s.WriteString("means nothing.\n")
		src := testutil.Source("en", s.String())
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				parse.Parse("t.md", src)
			}
		})
	}
}
