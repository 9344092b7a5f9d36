package resolve

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// exactGroups is what a match of reStatArticle says: its span and the
// span of every named group.
func exactGroups(m []int, names []string, index func(string) int) string {
	if m == nil {
		return "no match"
	}
	out := fmt.Sprintf("%d-%d", m[0], m[1])
	for _, n := range names {
		if n == "" {
			continue
		}
		i := index(n)
		out += fmt.Sprintf(" %s=%d-%d", n, m[2*i], m[2*i+1])
	}
	return out
}

// sameAsExact fails t when matchArticle and listNums read w otherwise
// than the exact patterns do.
func sameAsExact(t *testing.T, w string) {
	t.Helper()
	names := reStatArticle.SubexpNames()
	want := exactGroups(reStatArticle.FindStringSubmatchIndex(w), names, reStatArticle.SubexpIndex)
	m, re := matchArticle(w)
	got := "no match"
	if m != nil {
		got = exactGroups(m, names, re.SubexpIndex)
	}
	if got != want {
		t.Errorf("%q:\n got %s\nwant %s", w, got, want)
		return
	}
	if m == nil {
		return
	}
	if i := re.SubexpIndex("list"); m[2*i] < m[2*i+1] {
		list := w[m[2*i]:m[2*i+1]]
		if got, want := listNums(list), reStatListNum.FindAllStringSubmatchIndex(list, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("list %q: got %v, want %v", list, got, want)
		}
	}
}

// TestMatchArticleAsExactPattern: the small patterns find every citation
// the exact ones find, with the same parts, also where a citation has more
// than eight members in a row, which only the exact patterns can count.
func TestMatchArticleAsExactPattern(t *testing.T) {
	nine := strings.Repeat(" lid 2", 9)
	seventeen := strings.Repeat(" lid 2", 17)
	for _, w := range []string{
		"artikel 28, derde lid, AVG.",
		"artikel 6, eerste lid, onder f, van de AVG",
		"artikel 61 lid 1 van Boek 7 van het Burgerlijk Wetboek",
		"artikelen 99, 100 en 107 tot en met 109 van het Wetboek van Burgerlijke Rechtsvordering",
		"artikelen 4.4, 4.5, 4.6, 4.7 en 4.8, eerste lid, van de Telecommunicatiewet",
		"Art. 6 Abs. 1 lit. a oder Art. 9 Abs. 2 lit. a DSGVO",
		"§ 312b Abs. 3 Nr. 1 bis 4 und 7 des Bürgerlichen Gesetzbuchs",
		"Article 22 (1) and (4) GDPR",
		"Art. 5 a BGB",
		"artikel 5 van deze voorwaarden",
		// Nine members: the exact pattern reads eight, then eight more.
		"artikel 5" + nine + " AVG",
		"artikel 5" + nine + " tot en met 7" + nine + " AVG",
		// Seventeen: the exact pattern finds no act after sixteen.
		"artikel 5" + seventeen + " AVG",
		"artikelen 5, 6" + nine + " en 7 AVG",
		"artikelen 5, 6" + seventeen + " en 7 AVG",
	} {
		sameAsExact(t, w)
	}
}

// TestMatchArticleGenerated compares the patterns on citations put
// together from parts, many with long runs of members.
func TestMatchArticleGenerated(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 200
	}
	r := rand.New(rand.NewPCG(3, 17))
	for range n {
		sameAsExact(t, generatedCitation(r))
	}
}

var (
	genCues    = []string{"artikel ", "art. ", "Art. ", "§ ", "§§ ", "Article ", "artikelen ", "Artikels ", "article "}
	genNums    = []string{"5", "6:236", "13bis", "11.7a", "L. 221-18", "126 b", "312b", "7.2.2."}
	genMembers = []string{", eerste lid", " lid 2", "(2)", " (1) and (4)", " Abs. 1", " lit. f", " Satz 2", ", onder a",
		", aanhef en onder b", " ff.", ".a", " § 3", " sub 1", " punt c", ", tweede en derde lid", " Nr. 1 bis 4", " al. 2", " f."}
	genRanges = []string{"", "", " tot en met 9", "-12", " bis 4", " to 7", " t/m 3"}
	genItems  = []string{", 7", " en 8", " und 34", " oder Art. 9", ", 10 tot en met 24", " of 67", " et 9", " sowie 3"}
	genJoins  = []string{" ", " van de ", " van het ", " of the ", " des ", " du ", ", ", " de la ", ". van ", " van "}
	genActs   = []string{"AVG", "GDPR", "BW", "DSGVO", "Burgerlijk Wetboek", "burgerlijk  wetboek", "Bürgerlichen Gesetzbuchs",
		"General Data Protection Regulation", "Boek 7 van het Burgerlijk Wetboek", "Verordening (EU) 2016/679", "Richtlijn 93/13/EEG",
		"Wet", "Telecommunicatiewet", "loi", "deze voorwaarden", "Code civil", "lid 3 AVG", "en 9 AVG", "Act", "Data Protection Act 2018"}
	genTails = []string{"", ".", " en verder", "/679", ", 2", "x"}
)

func generatedCitation(r *rand.Rand) string {
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	members := func() string {
		var b strings.Builder
		for range r.IntN(4) * r.IntN(7) { // 0 to 18, most often few
			b.WriteString(pick(genMembers))
		}
		return b.String()
	}
	var b strings.Builder
	b.WriteString(pick(genCues) + pick(genNums) + members() + pick(genRanges) + members())
	for range r.IntN(3) {
		b.WriteString(pick(genItems) + members())
	}
	b.WriteString(pick(genJoins) + pick(genActs) + pick(genTails))
	return b.String()
}

// FuzzMatchArticle compares the patterns on any text after a cue.
func FuzzMatchArticle(f *testing.F) {
	r := rand.New(rand.NewPCG(5, 8))
	for range 20 {
		f.Add(generatedCitation(r))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > statuteWindow {
			s = s[:statuteWindow]
		}
		sameAsExact(t, s)
	})
}

// BenchmarkStatutePatternCompile is what the first citation of a run costs
// to compile: the small pattern, which every run that reads a citation
// compiles, and the exact one, which only runs that meet more than eight
// members in a row compile.
func BenchmarkStatutePatternCompile(b *testing.B) {
	for _, p := range []struct {
		name string
		expr string
	}{{"small", fastArticle.String()}, {"exact", reStatArticle.String()}} {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				regexp.MustCompile(p.expr)
			}
		})
	}
}
