package parse_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// aliases lists "anchor: alias alias" for every clause and item with
// aliases, and "preamble: ..." first.
func aliases(doc *model.Document) []string {
	var out []string
	if len(doc.PreambleAliases) > 0 {
		out = append(out, "preamble: "+strings.Join(doc.PreambleAliases, " "))
	}
	doc.Walk(func(c *model.Clause) {
		if len(c.Aliases) > 0 {
			out = append(out, c.Anchor+": "+strings.Join(c.Aliases, " "))
		}
		for _, it := range c.Items {
			if len(it.Aliases) > 0 {
				out = append(out, it.Anchor+": "+strings.Join(it.Aliases, " "))
			}
		}
	})
	return out
}

// TestAuthorIDs (every numbered heading also has its GitHub slug, "1-a",
// as an alias: see slugs.go).
// TestAuthorIDs: ids authors give places become aliases of the clause,
// item or preamble they stand in; one that collides is dropped with a
// warning.
func TestAuthorIDs(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     []string
		diags    []string
	}{
		{"span id in a clause",
			"# 1. A\n\n1.1. <span class=\"header_3\" id=\"4.2\">Invoicing.</span> Tekst.\n", []string{"1: 1-a", "1.1: 4.2"}, nil},
		{"a name and a id, in a heading and in a paragraph",
			"# 1. A <a name=\"section-a\"></a>\n\n1.1. Zie <a id=\"bookmark-x\"></a>hier.\n", []string{"1: section-a 1-a-", "1.1: bookmark-x"}, nil},
		{"an id in a sub-item",
			"# 1. A\n\n1.1. Regels:\n\na) <span id=\"regel-a\">eerste</span>;\n", []string{"1: 1-a", "1.1.a: regel-a"}, nil},
		{"an id in the preamble",
			"<a id=\"top\"></a>Inleiding.\n\n# 1. A\n", []string{"preamble: top", "1: 1-a"}, nil},
		{"an id in an HTML table cell",
			"# 1. A\n\n<table><tr><td><a id=\"bookmark-how\"></a>Doel</td></tr></table>\n", []string{"1: bookmark-how 1-a"}, nil},
		{"attribute list after a heading",
			"# Privacy\n\n### Synchronisatie {: #sync }\n\nTekst.\n", []string{"synchronisatie: sync synchronisatie--sync-"}, nil},
		{"an id equal to its own anchor adds nothing",
			"# 1. A\n\n1.1. <span id=\"1.1\">Titel.</span>\n", []string{"1: 1-a"}, nil},
		{"an id equal to another anchor is dropped",
			"# 1. A\n\n1.1. <span id=\"1\">Titel.</span>\n", []string{"1: 1-a"}, []string{"13:6 author-id-duplicate"}},
		{"an id equal to a definition's anchor is dropped",
			"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | De klant. |\n\n# 1. A\n\n1.1. <a id=\"def-klant\"></a>Tekst.\n", []string{"1: 1-a"}, []string{"19:6 author-id-duplicate"}},
		{"an id given twice keeps the first",
			"# 1. A\n\n1.1. <a id=\"x\"></a>Een.\n\n1.2. <a id=\"x\"></a>Twee.\n", []string{"1: 1-a", "1.1: x"}, []string{"15:6 author-id-duplicate"}},
		{"the first in the source wins, also when it stands in a list",
			"# 1. A\n\n1.1. Lijst:\n\n- <a id=\"x\"></a>een\n\n1.2. <a id=\"x\"></a>Twee.\n", []string{"1: 1-a", "1.1-1: x"}, []string{"17:6 author-id-duplicate"}},
		{"an id the page cannot carry is reported",
			"# 1. A\n\n1.1. <span id=\"_preamble\">Tekst</span>.\n", []string{"1: 1-a"}, []string{"13:6 raw-html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, msgs := mustParse(t, "nl", tc.md)
			if got := aliases(doc); !slices.Equal(got, tc.want) {
				t.Errorf("aliases\n got: %q\nwant: %q", got, tc.want)
			}
			msgs = slices.DeleteFunc(msgs, func(m string) bool { return !strings.Contains(m, "author-id") && !strings.Contains(m, "raw-html") })
			if !slices.Equal(msgs, tc.diags) {
				t.Errorf("diagnostics\n got: %q\nwant: %q", msgs, tc.diags)
			}
		})
	}
}

// TestAttributeLists: Python-Markdown attribute lists are markup, not
// text, and give no finding.
func TestAttributeLists(t *testing.T) {
	doc, msgs := mustParse(t, "en", "# Notice\n\nEffective June 10, 2025\n{: datetime=\"2025-06-10\" }\n\n## Sync {: #sync .x }\n\nText {: #end }\n\n{: #alone }\n\nA {brace} stays.\n")
	if len(msgs) != 0 {
		t.Errorf("diagnostics %q", msgs)
	}
	// "# Notice" is the document's title; "## Sync" its one section.
	text := model.BlocksText(doc.Preamble) + "\n" + doc.Clauses[0].Title + "\n" + model.BlocksText(doc.Clauses[0].Blocks)
	got := strings.Split(text, "\n")
	slices.Sort(got)
	want := []string{"A {brace} stays.", "Effective June 10, 2025", "Notice", "Sync", "Text"}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
	// The section's anchor is "sync" already; its GitHub slug keeps the
	// attribute list, which GitHub shows as text.
	if a := fmt.Sprint(aliases(doc)); a != "[sync: end alone sync--sync-x-]" {
		t.Errorf("aliases %s", a)
	}
}
