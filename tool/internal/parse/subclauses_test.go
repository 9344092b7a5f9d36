package parse_test

import (
	"slices"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Clauses written as numbered-list headings ("9. ## Liability") with
// sub-clauses as indented paragraphs that start with the clause number
// ("9.1 <span>Caps.</span> …"), as contracts converted from Word write them.
func TestNumberedSubClauses(t *testing.T) {
	const head = "# Agreement\n\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"span titles, indented four spaces",
			head + "1. ## Service\n\n    1.1 <span class=\"h3\">Access.</span>  Customer may use it.\n\n    1.2 <span class=\"h3\">Accounts.</span> Keep them safe.\n",
			[]string{"agreement() Agreement", "1() Service", "1.1(1) Access.", "1.2(1) Accounts."}},
		{"no title: the number and text",
			head + "1. ## Definitions\n\n    1.1 **\"Affiliate\"** means an entity.\n\n    1.2 **\"Customer\"** means the buyer.\n",
			[]string{"agreement() Agreement", "1() Definitions", "1.1(1)", "1.2(1)"}},
		{"bold title, and a span title whose full stop follows it",
			head + "1. ## Term\n\n    1.1 **Renewal.** It renews.\n\n    1.2 <span class=\"h3\">Agreement Term</span>.  It starts.\n",
			[]string{"agreement() Agreement", "1() Term", "1.1(1) Renewal.", "1.2(1) Agreement Term."}},
		{"a bold term ending in a colon is no title",
			head + "1. ## Definitions\n\n    1.1 **Affiliate**: an entity.\n",
			[]string{"agreement() Agreement", "1() Definitions", "1.1(1)"}},
		{"text right after a list heading: the next list continues the clauses",
			head + "1. ## Service\n\n    1.1 <span>Access.</span> Use it.\n\n2. ## Disclaimer\nNo guarantees.\n\n3. ## Liability\n\n    3.1 <span>Caps.</span> Capped.\n\n4. ## Insurance\nInsured.\n\n5. ## Confidentiality\n",
			[]string{"agreement() Agreement", "1() Service", "1.1(1) Access.", "2() Disclaimer", "3() Liability", "3.1(3) Caps.", "4() Insurance", "5() Confidentiality"}},
		{"a list that does not continue the numbers stays items",
			head + "1. ## Service\nText.\n\n5. ## Other\n",
			[]string{"agreement() Agreement", "1() Service", "  1.5"}},
		{"labelled paragraphs under a sub-clause are its items",
			head + "1. ## Term\n\n    1.1 <span>Effect.</span> On termination:\n\n      (a) access ends;\n\n      (b) data is deleted.\n\n    1.2 <span>Survival.</span> Some survive.\n",
			[]string{"agreement() Agreement", "1() Term", "1.1(1) Effect.", "  1.1.a", "  1.1.b", "1.2(1) Survival."}},
		{"a deeper number continues the sub-clause",
			head + "1. ## Fees\n\n    1.1 <span>Invoices.</span> Monthly.\n\n    1.1.1 Paper invoices cost extra.\n\n    1.2 <span>Taxes.</span> Extra.\n",
			[]string{"agreement() Agreement", "1() Fees", "1.1(1) Invoices.", "1.1.1(1.1)", "1.2(1) Taxes."}},
		{"seven-space indent (a code block in Markdown) is clause text",
			head + "1. ## Term\n\n       1.1 <span>Effect.</span> On termination:\n\n       (a) access ends.\n",
			[]string{"agreement() Agreement", "1() Term", "1.1(1) Effect.", "  1.1.a"}},
		{"a number of another clause stays text",
			head + "1. ## Fees\n\n    2.5 million euros is the cap.\n\n    1.1 <span>Invoices.</span> Monthly.\n",
			[]string{"agreement() Agreement", "1() Fees", "1.1(1) Invoices."}},
		{"a first sub-clause numbered other than 1 stays text",
			head + "1. ## Fees\n\n    1.5 percent interest is due.\n",
			[]string{"agreement() Agreement", "1() Fees"}},
		{"a number going down stays text",
			head + "1. ## Fees\n\n    1.1 <span>A.</span> One.\n\n    1.2 <span>B.</span> Two.\n\n    1.1 again, as a version number.\n",
			[]string{"agreement() Agreement", "1() Fees", "1.1(1) A.", "1.2(1) B."}},
		{"a paragraph clause right after a heading takes its span title",
			"# 9. Liability\n\n9.1 <span class=\"h3\">Caps.</span> Capped.\n\n9.2 Plain text.\n",
			[]string{"9() Liability", "9.1(9) Caps.", "9.2(9)"}},
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

// A sub-clause keeps every word: the number and title move out of its
// text, a number that is no clause stays in the text, and an indented line
// that stays code keeps its words as code. Positions point at the source.
func TestNumberedSubClauseText(t *testing.T) {
	doc, _ := mustParse(t, "en", "# Agreement\n\n1. ## Fees\n\n    1.1 <span>Caps.</span>  If there are (a) claims.\n\n    2.5 million is the cap.\n\n        plain code\n")
	c := doc.Clause("1.1")
	if c == nil {
		t.Fatal("no clause 1.1")
	}
	if c.Pos != (model.Pos{Line: 15, Col: 5}) {
		t.Errorf("clause 1.1 at %v, want 15:5", c.Pos)
	}
	want := []string{"P 15:29 If there are (a) claims.", "P 17:5 2.5 million is the cap.", "CODE  plain code\n"}
	if got := blockTexts(c.Blocks); !slices.Equal(got, want) {
		t.Errorf("blocks\n got: %q\nwant: %q", got, want)
	}
}

// blockTexts lists paragraphs with their position and code blocks.
func blockTexts(bs []model.Block) []string {
	var out []string
	for _, b := range bs {
		switch b := b.(type) {
		case *model.Paragraph:
			out = append(out, "P "+b.Pos.String()+" "+model.PlainText(b.Inlines))
		case *model.CodeBlock:
			out = append(out, "CODE "+b.Text)
		default:
			out = append(out, typeName(b))
		}
	}
	return out
}

func typeName(b model.Block) string {
	switch b.(type) {
	case *model.List:
		return "List"
	case *model.ItemBlock:
		return "ItemBlock"
	case *model.Heading:
		return "Heading"
	}
	return "Block"
}

// Statutes converted from PDF indent the sub-items of a numbered list
// entry that has no heading four spaces deeper; Markdown shows them as
// code and legalkit keeps them so, words and all, rather than guessing
// their nesting.
func TestIndentedLinesOfPlainEntriesStayCode(t *testing.T) {
	doc, _ := mustParse(t, "de", "# § 1 Begriffe\n\n2.  Es gilt:\n\n        aa) erstens;\n")
	c := doc.Clause("1")
	if c == nil || len(c.Items) != 1 {
		t.Fatalf("clause 1 with one item wanted, got %v", c)
	}
	want := []string{"P 13:5 Es gilt:", "CODE aa) erstens;\n"}
	if got := blockTexts(c.Items[0].Blocks); !slices.Equal(got, want) {
		t.Errorf("item blocks\n got: %q\nwant: %q", got, want)
	}
}
