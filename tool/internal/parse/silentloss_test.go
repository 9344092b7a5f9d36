package parse_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// codesOf returns the diagnostics of the codes asked for, lines counted
// from the first line after the front matter.
func codesOf(t *testing.T, body string, codes ...string) []string {
	t.Helper()
	_, ds := parse.Parse("t.md", testutil.Source("nl", body))
	var out []string
	for _, d := range ds.Sort() {
		if slices.Contains(codes, d.Code) {
			out = append(out, model.Pos{Line: d.Line - 10, Col: d.Col}.String()+" "+d.Code)
		}
	}
	return out
}

func TestMalformedTable(t *testing.T) {
	const head = "# Definities\n\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"delimiter row too short", head + "| Begrip | Definitie |\n| --- |\n| Klant | De afnemer. |\n", []string{"4:1 table-malformed"}},
		{"indented, without outer pipes", head + "Begrip | Definitie\n  --- |\n| Klant | De afnemer. |\n", []string{"4:3 table-malformed"}},
		{"underlined header is a heading", head + "| Begrip | Definitie |\n---\n| Klant | De afnemer. |\n", []string{"4:1 table-malformed"}},
		{"inside a list item", head + "- | Begrip | Definitie |\n  | --- |\n", []string{"4:3 table-malformed"}},
		{"after a sentence", head + "De begrippen:\n| Begrip | Definitie |\n|:--|\n", []string{"5:1 table-malformed"}},
		{"in a quote", head + "> | Begrip | Definitie |\n> | --- |\n", []string{"4:3 table-malformed"}},
		{"a good table", head + "| Begrip | Definitie |\n| :--- | ---: |\n| Klant | De afnemer. |\n", nil},
		{"escaped pipe is no column", head + "| Begrip \\| term | Definitie |\n| --- | --- |\n| Klant | De afnemer. |\n", nil},
		{"one column", head + "| Begrip |\n| --- |\n| Klant |\n", nil},
		{"pipes in a sentence, no delimiter", head + "Kies a | b of c.\nDan verder.\n", nil},
		{"heading written with #", head + "## | a | b |\n", nil},
		{"dashes under a sentence are a heading", head + "Een titel\n---\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codesOf(t, tt.body, "table-malformed"); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestWideDelimiterRow: goldmark reads a delimiter row with more columns
// than the header as a table with empty header cells, so nothing is lost
// and nothing is reported.
func TestWideDelimiterRow(t *testing.T) {
	doc, msgs := mustParse(t, "nl", "# Definities\n\n| Begrip | Definitie |\n| --- | --- | --- |\n| Klant | De afnemer. |\n")
	if got := definitions(doc); len(msgs) != 0 || !slices.Equal(got, []string{"Klant table def-klant"}) {
		t.Errorf("diagnostics %q, definitions %q: want Klant and no finding", msgs, got)
	}
}

func TestUnclosedFence(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"swallows the rest", "# 1. A\n\n1.1. Een.\n\n```\n1.2. Twee.\n\n1.3. Drie.\n", []string{"5:1 code-fence-unclosed"}},
		{"tildes with info", "# 1. A\n\n  ~~~~ text\n1.2. Twee.\n~~~\n", []string{"3:3 code-fence-unclosed"}},
		{"in a list item", "# 1. A\n\n- item\n\n  ```\n  code\n\n1.1. Een.\n", []string{"5:3 code-fence-unclosed"}},
		{"in a quote", "# 1. A\n\n> ```\n> code\n\n1.1. Een.\n", []string{"3:3 code-fence-unclosed"}},
		{"empty at the end", "# 1. A\n\n```", []string{"3:1 code-fence-unclosed"}},
		{"closed", "# 1. A\n\n```\ncode\n```\n\n1.1. Een.\n", nil},
		{"closed by a longer fence", "# 1. A\n\n```\ncode\n`````\n", nil},
		{"closed in a list item", "# 1. A\n\n- item\n\n  ```\n  code\n  ```\n", nil},
		{"backticks inline are no fence", "# 1. A\n\n1.1. Zie ``` niet.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codesOf(t, tt.body, "code-fence-unclosed"); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// anchors lists every anchor of a version: its clauses, items and
// definitions.
func anchors(doc *model.Document) []string {
	var out []string
	doc.Walk(func(c *model.Clause) {
		out = append(out, c.Anchor)
		for _, it := range c.Items {
			out = append(out, it.Anchor)
		}
	})
	for _, d := range doc.Definitions {
		out = append(out, d.Anchor)
	}
	return out
}

func TestAnchorsUnique(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a section titled like a term's anchor", "# def-klant\n\nTekst.\n\n# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | De afnemer. |\n",
			[]string{"section-def-klant", "definities", "def-klant"}},
		{"two sections of one title, with items", "# Definities\n\n- een\n\n# Definities\n\n- twee\n\na) drie\n",
			[]string{"definities", "definities-1", "definities-2", "definities-2-1", "definities-2.a"}},
		{"a section slug equal to a bullet's anchor", "# 1. A\n\n- een\n- twee\n\n# 1-2\n\nTekst.\n",
			[]string{"1", "1-1", "1-2", "1-2-2"}},
		{"a later section's slug taken by an earlier section's bullet", "# Bijlage\n\n- een\n\n# Bijlage-1\n\nTekst.\n",
			[]string{"bijlage", "bijlage-1", "bijlage-1-2"}},
		{"a title without letters", "# €\n\nTekst.\n\n# ***\n\nTekst.\n", []string{"section", "section-2"}},
		{"terms of one slug", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Geïntegreerde Applicatie | Een. |\n| Geintegreerde Applicatie | Twee. |\n| € | Drie. |\n",
			[]string{"definities", "def-geintegreerde-applicatie", "def-geintegreerde-applicatie-2", "def-term"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, "nl", tt.body)
			got := anchors(doc)
			if !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestDefinitionsKeepTheirSection checks that a definition made in a
// section whose anchor gave way names the section's new anchor.
func TestDefinitionsKeepTheirSection(t *testing.T) {
	doc, _ := mustParse(t, "nl", "# Definities\n\nTekst.\n\n# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | De afnemer. |\n")
	if len(doc.Definitions) != 1 || doc.Definitions[0].Clause != "definities-2" {
		t.Errorf("definitions %v: want Klant defined in section definities-2", definitions(doc))
	}
}

func TestValuePositions(t *testing.T) {
	src := "---\nid: acme/terms\ntitle: Terms\npublisher: Acme\nlanguage: en\nversion:   \"index\"\npublished: unknown\neffective: unknown\nstatus: draft\nannexes:\n  - acme/a\n  - acme/b\n---\n# 1. A\n"
	doc, _ := parse.Parse("t.md", []byte(src))
	got := []string{doc.ValuePos("version", -1).String(), doc.ValuePos("annexes", 1).String(), doc.ValuePos("annex-of", -1).String()}
	if want := []string{"6:12", "12:5", "1:1"}; !slices.Equal(got, want) {
		t.Errorf("value positions %q, want %q", got, want)
	}
	if !strings.HasPrefix(src[strings.Index(src, "\"index\""):], "\"index\"") {
		t.Fatal("bad fixture")
	}
}

// TestUnclosedHTML: an HTML comment (or processing instruction, declaration
// or CDATA section) that is never closed hides every clause after it; a
// closed one hides nothing and gets no finding.
func TestUnclosedHTML(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"# 1. A\n\n<!-- a note\n\n1.1. Hidden.\n", true},
		{"# 1. A\n\n<?php echo 1;\n\n1.1. Hidden.\n", true},
		{"# 1. A\n\n<!-- a note -->\n\n1.1. Shown.\n", false},
		{"# 1. A\n\n<!-- a note\nstill the note -->\n\n1.1. Shown.\n", false},
		{"# 1. A\n\n<!-- markdownlint-disable -->\n1.1. Shown.\n", false},
	} {
		_, ds := parse.Parse("x.md", []byte(testutil.Source("en", tc.body)))
		got := strings.Contains(fmt.Sprint(ds), "html-unclosed")
		if got != tc.want {
			t.Errorf("%q: html-unclosed reported %v, want %v (%v)", tc.body, got, tc.want, ds)
		}
	}
}
