package check_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

func findings(t *testing.T, language, body string) []string {
	t.Helper()
	doc, ds := parse.Parse("terms/acme/terms/1.md", testutil.Source(language, body))
	if doc == nil {
		t.Fatalf("not parsed: %v", ds)
	}
	resolve.Link([]*model.Document{doc})
	ds = append(ds, check.Run([]*model.Document{doc})...)
	var out []string
	for _, d := range ds.Sort() {
		out = append(out, fmt.Sprintf("%d:%d %s %s", d.Line-10, d.Col, d.Severity, d.Code))
	}
	return out
}

// Each case is one small document; lines are counted from the first line
// after the front matter.
func TestCodes(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"clean", "en", "# 1. Definitions\n\n1.1. Terms:\n\na. Customer: who orders.\n\n# 2. Use\n\n2.1. The Customer may use it; see 1.1.\n", nil},
		{"duplicate clause", "en", "# 1. A\n\n1.1. One.\n\n1.1. Again.\n", []string{"5:1 error clause-duplicate"}},
		{"order", "en", "# 1. A\n\n1.2. Two.\n\n1.1. One.\n", []string{"5:1 error clause-order"}},
		{"gap", "en", "# 1. A\n\n1.1. One.\n\n1.3. Three.\n", []string{"5:1 warning clause-gap"}},
		{"gap in sections", "en", "# 1. A\n\n# 3. C\n", []string{"3:3 warning clause-gap"}},
		{"item gap and duplicate", "en", "# 1. A\n\n1.1. List:\n\na) one\n\nc) three\n\nc) again\n", []string{"7:1 warning clause-gap", "9:1 error clause-duplicate"}},
		{"roman items in order", "en", "# 1. A\n\n1.1. List:\n\n(i) one\n\n(ii) two\n\n(iii) three\n\n(iv) four\n", nil},
		{"orphan clause", "en", "# 1. A\n\n1.4.7. Seven.\n", []string{"3:1 warning clause-gap"}},
		{"dangling reference", "nl", "# 1. A\n\n1.1. Zie 1.9.\n", []string{"3:6 error reference-dangling"}},
		{"wrong kind of target", "nl", "# 1. A\n\n1.1. Zie hoofdstuk 1.2 en lid 1.\n\n1.2. Twee.\n", []string{"3:10 error reference-kind"}},
		{"a paragraph of the article is no whole article", "nl", "# Artikel 1\n\n1. Zie lid 2.\n2. Twee.\n\n# Artikel 2\n\nZoals lid 1 van artikel 1 zegt.\n", nil},
		{"a missing paragraph of an article with paragraphs", "nl", "# Artikel 1\n\n1. Zie lid 3.\n2. Twee.\n", []string{"3:8 error reference-dangling"}},
		{"a paragraph of an article without paragraphs", "nl", "# Artikel 1\n\nHet bepaalde in lid 3 geldt.\n", []string{"3:17 warning reference-dangling"}},
		{"a weak cue that points nowhere", "nl", "# 1. A\n\n1.1. Het staat in 4.2 beschreven.\n", []string{"3:16 warning reference-dangling"}},
		{"a strong cue that points nowhere", "en", "# 1. A\n\n1.1. See Section D.4 below.\n", []string{"3:10 error reference-dangling"}},
		// Certainty learnt from documents written by others: what legalkit
		// may have misread is a warning, never an error.
		{"a paragraph after an article named before it", "de", "# § 1 A\n\n(1) Eins.\n\n(2) Zwei.\n\n# § 2 B\n\nGemäß § 7 Absatz 1 oder Absatz 3 gilt das.\n", []string{"9:7 error reference-dangling", "9:25 warning reference-dangling"}},
		{"a bracketed item of a clause without lettered items", "en", "# 1. A\n\n1.1. You may use or copy it.\n\n1.2. See Section 1.1(c).\n", []string{"5:10 warning reference-dangling"}},
		{"a missing annex may be another document", "nl", "# 1. A\n\n1.1. Zie Bijlage 3.\n", []string{"3:10 warning reference-dangling"}},
		{"unused definition", "en", "# 1. Definitions\n\n1.1. Terms:\n\na. Customer: who orders.\n", []string{"5:4 warning definition-unused"}},
		{"undefined term", "en", "# 1. A\n\n1.1. The Services are good.\n\n1.2. We provide the Service.\n", []string{"3:10 warning term-undefined"}},
		{"one capitalised use is not a term", "en", "# 1. A\n\n1.1. The Services are good.\n", nil},
		{"names are not terms", "en", "# 1. A\n\n1.1. Call the Trust Centre or the Trust Centre.\n", []string{"3:15 warning term-undefined"}},
		{"term written with other capitals", "nl", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Geïntegreerde applicatie | Een applicatie. |\n\n# 1. A\n\n1.1. Elke Geïntegreerde Applicatie.\n",
			[]string{"5:3 warning definition-unused", "9:11 warning term-case"}},
		{"double full stop and repeated word", "nl", "# 1. A\n\n1.1. Betaald en en gerestitueerd..\n\n1.2. Een ellips... mag.\n", []string{"3:17 warning text-repeated-word", "3:33 warning text-double-stop"}},
		{"run-on clause", "nl", "# 1. A\n\n1.1. Een.\n1.2. Twee.\n", []string{"4:1 warning clause-paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findings(t, tt.lang, tt.body); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestNamesSilenceProperNames(t *testing.T) {
	src := []byte("---\nid: acme/terms\ntitle: T\npublisher: P\nlanguage: en\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\nnames: [Trust Centre]\n---\n# 1. A\n\n1.1. Call the Trust Centre or the Trust Centre.\n")
	doc, _ := parse.Parse("terms/acme/terms/1.md", src)
	resolve.Link([]*model.Document{doc})
	if ds := check.Run([]*model.Document{doc}); len(ds) != 0 {
		t.Errorf("a name listed under names: is still reported: %v", ds)
	}
}

func TestFrontMatterPath(t *testing.T) {
	doc, _ := parse.Parse("terms/acme/other/2.md", testutil.Source("en", "# 1. A\n"))
	resolve.Link([]*model.Document{doc})
	var codes []string
	for _, d := range check.Run([]*model.Document{doc}) {
		codes = append(codes, fmt.Sprintf("%d %s", d.Line, d.Code))
	}
	if want := []string{"2 front-matter-path", "6 front-matter-path"}; !slices.Equal(codes, want) {
		t.Errorf("got %q, want %q (id and version do not match the path)", codes, want)
	}
}

// BenchmarkCheckTerms parses, links and checks every document in terms/.
func BenchmarkCheckTerms(b *testing.B) {
	b.Chdir(testutil.Root(b))
	for b.Loop() {
		c, err := corpus.Load([]string{"terms"})
		if err != nil {
			b.Fatal(err)
		}
		check.Run(c.Docs)
	}
}
