package diff

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// The benchmark pair: the first and the last fixture version of the
// Servicevoorwaarden, which differ by every kind of change.
var benchPair = [2]string{"2018-04-18.md", "2019-07-01.md"}

func benchSources(b *testing.B) (string, string) {
	dir := filepath.Join(testutil.Root(b), "testdata", "diff", "visma", "servicevoorwaarden")
	var srcs [2]string
	for i, f := range benchPair {
		src, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = string(src)
	}
	return srcs[0], srcs[1]
}

func parsePair(b *testing.B, old, new string) (*model.Document, *model.Document) {
	o, _ := parse.Parse("old.md", []byte(old))
	n, _ := parse.Parse("new.md", []byte(new))
	if o == nil || n == nil {
		b.Fatal("benchmark documents do not parse")
	}
	resolve.Link([]*model.Document{o})
	resolve.Link([]*model.Document{n})
	return o, n
}

var (
	headingNumber = regexp.MustCompile(`(?m)^(#+ )(\d+)`)
	clauseNumber  = regexp.MustCompile(`(?m)^(\d+)((?:\.\d+)+\.? )`)
)

// Tenfold makes a document ten times longer: the numbered sections are
// repeated with their top-level numbers shifted, the definitions kept once.
func Tenfold(src string) string {
	start := strings.Index(src, "\n# 1. ")
	if start < 0 {
		return src
	}
	head, body := src[:start+1], src[start+1:]
	var b strings.Builder
	b.WriteString(head)
	for k := 0; k < 10; k++ {
		shift := func(re *regexp.Regexp, s string) string {
			return re.ReplaceAllStringFunc(s, func(m string) string {
				sub := re.FindStringSubmatch(m)
				if re == headingNumber {
					n, _ := strconv.Atoi(sub[2])
					return sub[1] + strconv.Itoa(n+5*k)
				}
				n, _ := strconv.Atoi(sub[1])
				return strconv.Itoa(n+5*k) + sub[2]
			})
		}
		b.WriteString(shift(clauseNumber, shift(headingNumber, body)))
		b.WriteString("\n")
	}
	return b.String()
}

func BenchmarkCompareServicevoorwaarden(b *testing.B) {
	old, new := benchSources(b)
	o, n := parsePair(b, old, new)
	b.SetBytes(int64(len(old) + len(new)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Compare(o, n)
	}
}

func BenchmarkCompareTenfold(b *testing.B) {
	old, new := benchSources(b)
	old, new = Tenfold(old), Tenfold(new)
	o, n := parsePair(b, old, new)
	b.SetBytes(int64(len(old) + len(new)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Compare(o, n)
	}
}

// The whole pipeline a user waits for: parse, link and compare.
func BenchmarkPipelineServicevoorwaarden(b *testing.B) {
	old, new := benchSources(b)
	b.SetBytes(int64(len(old) + len(new)))
	for i := 0; i < b.N; i++ {
		o, n := parsePair(b, old, new)
		Compare(o, n)
	}
}

func BenchmarkPipelineTenfold(b *testing.B) {
	old, new := benchSources(b)
	old, new = Tenfold(old), Tenfold(new)
	b.SetBytes(int64(len(old) + len(new)))
	for i := 0; i < b.N; i++ {
		o, n := parsePair(b, old, new)
		Compare(o, n)
	}
}

// The tenfold document has ten times the clauses and the diff finds ten
// times the changes.
func TestTenfold(t *testing.T) {
	dir := filepath.Join(testutil.Root(t), "testdata", "diff", "visma", "servicevoorwaarden")
	oldSrc, err := os.ReadFile(filepath.Join(dir, benchPair[0]))
	if err != nil {
		t.Fatal(err)
	}
	newSrc, err := os.ReadFile(filepath.Join(dir, benchPair[1]))
	if err != nil {
		t.Fatal(err)
	}
	o1, n1 := versionsFromSource(t, string(oldSrc), string(newSrc))
	o10, n10 := versionsFromSource(t, Tenfold(string(oldSrc)), Tenfold(string(newSrc)))
	if got, want := len(o10.AllClauses()), 10*(len(o1.AllClauses())-1)+1; got != want {
		t.Errorf("tenfold has %d clauses, want %d", got, want)
	}
	r1, r10 := Compare(o1, n1), Compare(o10, n10)
	s1, s10 := r1.Summary, r10.Summary
	if s10.Added != 10*s1.Added || s10.Removed != 10*s1.Removed || s10.Moved != 10*s1.Moved || s10.Editorial != 10*s1.Editorial {
		t.Errorf("tenfold summary %+v is not ten times %+v", s10, s1)
	}
}

func versionsFromSource(t *testing.T, old, new string) (*model.Document, *model.Document) {
	// The tenfold documents define their inline terms ten times; that is
	// reported, and does not stop a comparison.
	o, ds := parse.Parse("old.md", []byte(old))
	n, ds2 := parse.Parse("new.md", []byte(new))
	if o == nil || n == nil {
		t.Fatal(fmt.Sprint(ds, ds2))
	}
	resolve.Link([]*model.Document{o})
	resolve.Link([]*model.Document{n})
	return o, n
}
