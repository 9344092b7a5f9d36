package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// itemCodes keeps the findings of the numbering and item codes.
func itemCodes(msgs []string) []string {
	var out []string
	for _, m := range msgs {
		for _, code := range []string{"clause-duplicate", "clause-order", "clause-gap", "item-restart", "item-anchor"} {
			if strings.HasSuffix(m, " "+code) {
				out = append(out, m)
			}
		}
	}
	return out
}

// Each form of sub-item real documents write, with the anchors it must get
// and the findings it must (not) give. Lines count from 11, the first line
// after the front matter.
func TestItemForms(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		findings   []string
	}{
		{"nested (a) (i) (A) nest their anchors",
			"# 6. Use\n\n(a) one;\n\n(b) two:\n\n(i) first;\n\n(ii) second:\n\n(A) big;\n\n(B) bigger;\n\n(iii) third;\n\n(c) three.\n",
			[]string{"6() Use", "  6.a", "  6.b", "  6.b.i", "  6.b.ii", "  6.b.ii.A", "  6.b.ii.B", "  6.b.iii", "  6.c"}, nil},
		{"(i) after (h) is a letter",
			"# 6. Use\n\n(a) a\n\n(b) b\n\n(c) c\n\n(d) d\n\n(e) e\n\n(f) f\n\n(g) g\n\n(h) h\n\n(i) i\n\n(j) j\n",
			[]string{"6() Use", "  6.a", "  6.b", "  6.c", "  6.d", "  6.e", "  6.f", "  6.g", "  6.h", "  6.i", "  6.j"}, nil},
		{"(i) after (a) starts a roman level",
			"# 6. Use\n\n(a) one:\n\n(i) first;\n\n(ii) second;\n\n(b) two.\n",
			[]string{"6() Use", "  6.a", "  6.a.i", "  6.a.ii", "  6.b"}, nil},
		{"(v) after (iv) is roman, after (u) a letter",
			"# 6. Use\n\n(a) one:\n\n(i) 1\n\n(ii) 2\n\n(iii) 3\n\n(iv) 4\n\n(v) 5\n\n(b) two\n",
			[]string{"6() Use", "  6.a", "  6.a.i", "  6.a.ii", "  6.a.iii", "  6.a.iv", "  6.a.v", "  6.b"}, nil},
		{"statute: lettered items per lid",
			"# 10. Toepassing\n\n1. Deze wet geldt voor:\n\na. kopers;\n\nb. verkopers.\n\n2. Zij geldt niet voor:\n\na. banken.\n",
			[]string{"10() Toepassing", "  10.1", "  10.1.a", "  10.1.b", "  10.2", "  10.2.a"}, nil},
		{"statute: leden written as lines of a paragraph",
			"# 43. Pandrecht\n\n1. Een.\n2. Het pandrecht eindigt:\n\na. indien een;\n\nb. zodra twee.  \n3. De kredietgever.\n4. Artikel 229.\n",
			[]string{"43() Pandrecht", "  43.1", "  43.2", "  43.2.a", "  43.2.b", "  43.3", "  43.4"}, nil},
		{"onderdelen 1°. under lettered items",
			"# 1. Begrippen\n\nIn deze wet wordt verstaan onder:\n\na. krediet: een overeenkomst dat:\n\n1°. een geldsom;\n\n2°. een zaak;\n\nb. kredietgever: wie krediet geeft.\n",
			[]string{"1() Begrippen", "  1.a", "  1.a.1", "  1.a.2", "  1.b"}, nil},
		{"Absätze (1) with numbered lists under them",
			"# 1. Anwendungsbereich\n\n(1) Dieses Gesetz gilt.\n\n(2) Es gilt nicht für Dienste, die\n\n1. im Ausland,\n2. im Inland\n\nangeboten werden.\n\n(3) Weiter.\n",
			[]string{"1() Anwendungsbereich", "  1.1", "  1.2", "  1.2.1", "  1.2.2", "  1.3"}, nil},
		{"a number with a letter is inserted between two numbers",
			"# 2. Begriffe\n\n1. eins,\n2. zwei,\n\n2a. zwei a,\n\n3. drei.\n",
			[]string{"2() Begriffe", "  2.1", "  2.2", "  2.2a", "  2.3"}, nil},
		{"labels after z",
			"# 1. A\n\ny. y\n\nz. z\n\naa. aa\n\nbb. bb\n",
			[]string{"1() A", "  1.y", "  1.z", "  1.aa", "  1.bb"}, nil},
		{"a new list restarts its count: a warning and anchors of its own",
			"# Privacy\n\n1. one\n2. two\n\nMore text.\n\n1. again\n2. and again\n",
			[]string{"privacy() Privacy", "  privacy.1", "  privacy.2", "  privacy.1_2", "  privacy.2_2"},
			[]string{"18:4 item-restart"}},
		{"a label twice in one list is an error",
			"# 1. A\n\n1. one\n2. two\n2. again\n",
			[]string{"1() A", "  1.1", "  1.2", "  1.2_2"}, []string{"15:4 clause-duplicate"}},
		{"labels going down in one run are an error",
			"# 1. A\n\nc) three\n\nb) two\n",
			[]string{"1() A", "  1.c", "  1.b"}, []string{"15:1 clause-order"}},
		{"Markdown's lazy numbering counts on",
			"# 1. A\n\n1. one\n1. two\n1. three\n",
			[]string{"1() A", "  1.1", "  1.2", "  1.3"}, nil},
		{"an initial is no item",
			"# 1. A\n\nSigned for the company,\nA. Smith\n",
			[]string{"1() A"}, nil},
		{"a word in brackets is no label",
			"# 1. A\n\n(note) This is text.\n",
			[]string{"1() A"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, msgs := mustParse(t, "en", tt.body)
			if got := outline(doc); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
			if got := itemCodes(msgs); !slices.Equal(got, tt.findings) {
				t.Errorf("findings\n got: %q\nwant: %q", got, tt.findings)
			}
		})
	}
}

// Numbered lists whose entries have titles are clauses.
func TestListClauses(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"bold titles",
			"# Standard Terms\n\n1.  **Your Account.** If you create an account.\n\n2. **Fees**. You pay.\n",
			[]string{"standard-terms() Standard Terms", "1() Your Account.", "2() Fees."}},
		{"headings in list entries (the single level-1 heading is the title)",
			"# Terms\n\n## Terms of Service\n\n1. #### Introduction\n\n    These Terms govern.\n\n2. #### Services\n\n    (a) One service.\n\n    (b) Another.\n",
			[]string{"terms-of-service() Terms of Service", "1() Introduction", "2() Services", "  2.a", "  2.b"}},
		{"nested lists with span titles and lettered lines",
			"# Agreement\n\n1. <span class=\"h2\" id=\"1\">Service</span>\n    1. <span class=\"h3\" id=\"1.1\">Access.</span>  Customer may use it.\n    2. <span class=\"h3\" id=\"1.2\">Restrictions.</span>\n        a. Customer will not copy.\n        b. Use must comply.\n2. <span class=\"h2\" id=\"2\">Term</span>\n    1. <span class=\"k\" id=\"2.1\">Provider</span> may end it.\n",
			[]string{"agreement() Agreement", "1() Service", "1.1(1) Access.", "1.2(1) Restrictions.", "  1.2.a", "  1.2.b", "2() Term", "2.1(2)"}},
		{"a list of sentences in an unnumbered section stays items",
			"# Privacy\n\n1. We collect data.\n2. We delete it.\n",
			[]string{"privacy() Privacy", "  privacy.1", "  privacy.2"}},
		{"a bold term that starts a sentence is no title",
			"# Definitions\n\n1. **\"Customer\"** means the buyer.\n",
			[]string{"definitions() Definitions", "  definitions.1"}},
		{"titled list inside a numbered clause stays items",
			"# 5. Fees\n\n1. **Billing.** Monthly.\n",
			[]string{"5() Fees", "  5.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, "en", tt.body)
			if got := outline(doc); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// Item text keeps every word: the title moves out of the body, nothing is lost.
func TestListClauseKeepsText(t *testing.T) {
	doc, _ := mustParse(t, "en", "# T\n\n1. **Introduction**. This Agreement (a) applies.\n")
	c := doc.Clause("1")
	if c == nil {
		t.Fatal("no clause 1")
	}
	var body strings.Builder
	for _, b := range c.Blocks {
		if p, ok := b.(*model.Paragraph); ok {
			body.WriteString(model.PlainText(p.Inlines))
		}
	}
	if c.Title != "Introduction." || body.String() != "This Agreement (a) applies." {
		t.Errorf("title %q, body %q", c.Title, body.String())
	}
}

// FuzzItems: whatever the labels, every item anchor is unique in its
// version and differs from every clause anchor.
// go test ./tool/internal/parse -run XXX -fuzz FuzzItems
func FuzzItems(f *testing.F) {
	for _, body := range []string{
		"# 6. A\n\n(a) x\n\n(i) y\n\n(ii) z\n\n(b) w\n\n(a) again\n",
		"# 1. A\n\n1) een\n\n1.1. Een.\n\n1. x\n1. y\n\n2. z\n",
		"# T\n\n1. **A.** x\n    1. **B.** y\n        a. z\n        a. z\n2. #### C\n\n    (a) q\n",
		"# 10. X\n\n1. a:\n\na. b\n2. c\n\na. d\n3. e\n\n1°. f\n\n- g\n- h\n",
	} {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc, _ := parse.Parse("f.md", testutil.Source("en", body))
		if doc == nil {
			return
		}
		clauses := map[string]bool{}
		doc.Walk(func(c *model.Clause) { clauses[c.Anchor] = true })
		seen := map[string]bool{}
		doc.Walk(func(c *model.Clause) {
			for _, it := range c.Items {
				if seen[it.Anchor] || clauses[it.Anchor] {
					t.Errorf("item anchor %q is not unique", it.Anchor)
				}
				seen[it.Anchor] = true
			}
		})
	})
}
