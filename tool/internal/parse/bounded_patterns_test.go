package parse

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// randomText returns a text of the given pieces, with runs long enough to
// reach the bounds the patterns count.
func randomText(r *rand.Rand, pieces []string) string {
	var b strings.Builder
	for range r.IntN(12) {
		p := pieces[r.IntN(len(pieces))]
		b.WriteString(strings.Repeat(p, 1+r.IntN(3)*r.IntN(60)))
	}
	return b.String()
}

// TestBoundsCountedAsWritten: bracketGroup and entryTerm, whose bounds are
// counted instead of written into the pattern, find what the patterns
// with the bound written out find.
func TestBoundsCountedAsWritten(t *testing.T) {
	brackets := startPattern{re: nil, next: nextByte('(')}
	written := regexp.MustCompile(`^(?:\(([^()]{1,240})\))`)
	entry := regexp.MustCompile(`^(\p{Lu}[^:()]{0,80}?)(?:\(([\p{Ll}]{1,4})\))?:\s`)
	pieces := []string{"(", ")", "a", "é", "É", "A", " ", ":", "\xff", "\n", "(en)", "Term", "x: "}
	r := rand.New(rand.NewPCG(7, 11))
	fixed := []string{
		"(" + strings.Repeat("a", 240) + ")", "(" + strings.Repeat("a", 241) + ")", "(" + strings.Repeat("é", 241) + ")",
		"A" + strings.Repeat("b", 80) + ": x", "A" + strings.Repeat("b", 81) + ": x", "A" + strings.Repeat("b", 80) + "(en): x",
		"Partij(en): x", "(\xff)",
	}
	for i := range 3000 {
		s := randomText(r, pieces)
		if i < len(fixed) {
			s = fixed[i]
		}
		var want [][]int
		for from := 0; from < len(s); {
			j := brackets.next(s, from)
			if j < 0 {
				break
			}
			m := written.FindStringSubmatchIndex(s[j:])
			if m == nil {
				from = j + 1
				continue
			}
			for k := range m {
				m[k] += j
			}
			want = append(want, m)
			from = m[1]
		}
		if got := bracketGroup.findAll(s); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("bracketGroup %q: got %v, want %v", s, got, want)
		}
		for _, e := range []string{s, "A" + s, "É" + s} {
			if got, want := entryTerm(e), entry.FindStringSubmatch(e); !slices.Equal(got, want) {
				t.Errorf("entryTerm %q: got %q, want %q", e, got, want)
			}
		}
	}
}
