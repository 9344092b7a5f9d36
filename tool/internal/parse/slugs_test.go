package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// aliasList lists "anchor=alias,alias" for every clause and "heading
// title=alias" for every group heading that has aliases.
func aliasList(doc *model.Document) []string {
	var out []string
	model.EachTarget(doc, func(t model.Target) {
		if len(t.Aliases()) == 0 {
			return
		}
		name := ""
		switch {
		case t.Item != nil:
			name = t.Item.Anchor
		case t.Heading != nil:
			name = "heading " + model.PlainText(t.Heading.Inlines)
		default:
			name = t.Clause.Anchor
		}
		out = append(out, name+"="+strings.Join(t.Aliases(), ","))
	})
	return out
}

func TestHeadingAliasesAreGitHubSlugs(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"numbered headings", "# 1. Billing\n\n## 1.2 Fees & Taxes\n\nText.\n",
			[]string{"1=1-billing", "1.2=12-fees--taxes"}},
		{"letter numbers and markup", "# C. *Payment* of `fees`\n\nText.\n\n# D. [Refunds](https://example.org) <span>now</span>\n\nText.\n",
			[]string{"C=c-payment-of-fees", "D=d-refunds-now"}},
		{"escapes and character references", "# 1. Terms \\& Conditions &amp; more &eacute;\n\nText.\n",
			[]string{"1=1-terms--conditions--more-é"}},
		{"duplicates count every heading, also group headings", "# 1. Scope\n\n## Notes\n\n1.1. Text.\n\n# 2. Fees\n\n## Notes\n\n2.1. Text.\n",
			[]string{"1=1-scope", "heading Notes=notes", "2=2-fees", "heading Notes=notes-1"}},
		{"a slug equal to the section's own anchor is no alias", "# Definitions\n\nText.\n\n# Definitions\n\nMore.\n",
			[]string{"definitions-2=definitions-1"}},
		{"a slug equal to another clause's anchor is dropped", "# 1. A\n\n## 1.2\n\nText.\n\n# 12. B\n\nText.\n",
			[]string{"1=1-a", "12=12-b"}},
		{"setext headings", "C. Billing cycle\n================\n\nText.\n\nPayment\n-------\n\nText.\n",
			[]string{"C=c-billing-cycle", "heading Payment=payment"}},
		{"a heading inside a list counts for duplicates", "# 1. Notes\n\n- ## Notes\n\n# Notes\n\nText.\n",
			[]string{"1=1-notes", "notes=notes-1"}},
		{"paragraph clauses have no heading slug", "# 1. A\n\n1.1. Text.\n", []string{"1=1-a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, "en", tt.body)
			if got := aliasList(doc); !slices.Equal(got, tt.want) {
				t.Errorf("aliases %q, want %q", got, tt.want)
			}
		})
	}
}
