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

func mustParse(t *testing.T, language, body string) (*model.Document, []string) {
	t.Helper()
	doc, ds := parse.Parse("t.md", testutil.Source(language, body))
	if doc == nil {
		t.Fatalf("no document: %v", ds)
	}
	var msgs []string
	for _, d := range ds {
		msgs = append(msgs, fmt.Sprintf("%d:%d %s", d.Line, d.Col, d.Code))
	}
	return doc, msgs
}

// outline lists clauses as "anchor(parent) title" and items as "  anchor".
func outline(doc *model.Document) []string {
	var out []string
	doc.Walk(func(c *model.Clause) {
		parent := ""
		if c.Parent != nil {
			parent = c.Parent.Anchor
		}
		out = append(out, strings.TrimSpace(fmt.Sprintf("%s(%s) %s", c.Anchor, parent, c.Title)))
		for _, it := range c.Items {
			out = append(out, "  "+it.Anchor)
		}
	})
	return out
}

func TestClauseStructure(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"headings and paragraphs", "# 1. Algemeen\n\n## 1.1. Order\n\n1.1.1. Door een Order.\n\n1.1.2. Verder.\n",
			[]string{"1() Algemeen", "1.1(1) Order", "1.1.1(1.1)", "1.1.2(1.1)"}},
		{"1.2.4 and 12.4 do not collide", "# 1. A\n\n## 1.2. B\n\n1.2.4. C.\n\n# 12. D\n\n12.4. E.\n",
			[]string{"1() A", "1.2(1) B", "1.2.4(1.2)", "12() D", "12.4(12)"}},
		{"unnumbered section and appendix", "# Definities\n\nTekst.\n\n# Appendix A – Categorieën en Duur\n\n## A.1 Categorieën\n\nTekst.\n",
			[]string{"definities() Definities", "A() Categorieën en Duur", "A.1(A) Categorieën"}},
		{"article word in heading", "# Artikel 3 – Betaling\n\n3.1. Binnen dertig dagen.\n", []string{"3() Betaling", "3.1(3)"}},
		{"lettered, roman and numbered items", "# 13. Duur\n\n13.4. Indien:\n\na. faillissement;\n\nb. surseance.\n\n13.5. Of:\n\n(i) een;\n\n(ii) twee.\n\n13.6. Lijst:\n\n1. een\n2. twee\n",
			[]string{"13() Duur", "13.4(13)", "  13.4.a", "  13.4.b", "13.5(13)", "  13.5.i", "  13.5.ii", "13.6(13)", "  13.6.1", "  13.6.2"}},
		{"upper-case items and bullets", "# 4. Data\n\n4.2. Gegevens:\n\nA. Technisch;\n\nB. Overig.\n\n- eerste\n- tweede\n",
			[]string{"4() Data", "4.2(4)", "  4.2.A", "  4.2.B", "  4.2-1", "  4.2-2"}},
		{"group heading does not break numbering", "# 1. A\n\n## 1.4. B\n\n1.4.6. Zes.\n\n### Betaaldiensten\n\n1.4.7. Zeven.\n",
			[]string{"1() A", "1.4(1) B", "1.4.6(1.4)", "1.4.7(1.4)"}},
		{"labels inside a sentence stay text", "# 10. A\n\n10.2. Schade: a) kosten; b) redelijke kosten.\n", []string{"10() A", "10.2(10)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, "nl", tt.body)
			if got := outline(doc); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestGroupHeadingBelongsToNextClause(t *testing.T) {
	doc, _ := mustParse(t, "nl", "# 1. A\n\n## 1.4. B\n\n1.4.6. Zes.\n\n### Betaaldiensten\n\n1.4.7. Zeven.\n")
	c := doc.Clause("1.4.7")
	if c == nil || len(c.Blocks) == 0 {
		t.Fatal("1.4.7 missing or empty")
	}
	h, ok := c.Blocks[0].(*model.Heading)
	if !ok || model.PlainText(h.Inlines) != "Betaaldiensten" {
		t.Errorf("1.4.7 does not start with its group heading: %#v", c.Blocks[0])
	}
}

func TestPositions(t *testing.T) {
	doc, _ := mustParse(t, "nl", "# 1. Algemeen\n\n1.1. Tekst.\n\n   1.2. Ingesprongen.\n")
	head := strings.Count(string(testutil.Source("nl", "")), "\n")
	for anchor, want := range map[string]model.Pos{"1": {Line: head + 1, Col: 3}, "1.1": {Line: head + 3, Col: 1}, "1.2": {Line: head + 5, Col: 4}} {
		if c := doc.Clause(anchor); c == nil || c.Pos != want {
			t.Errorf("clause %s at %v, want %v", anchor, c.Pos, want)
		}
	}
}

func definitions(doc *model.Document) []string {
	var out []string
	for _, d := range doc.Definitions {
		s := d.Term
		if len(d.Aliases) > 0 {
			s += " " + fmt.Sprint(d.Aliases)
		}
		if d.Statutory {
			s += "*"
		}
		out = append(out, s+" "+string(d.Kind)+" "+d.Anchor)
	}
	return out
}

func TestDefinitions(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"table with asterisk and aliases", "nl", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | De afnemer. |\n| Persoonsgegevens* | Informatie. |\n| Gegevensverwerking of Verwerking* | Elke bewerking. |\n| Bijzondere categorieën van persoonsgegevens* (Gevoelige persoonsgegevens) | Ras.<br>- Religie |\n| Inbreuk in verband met persoonsgegevens * | een inbreuk |\n",
			[]string{"Klant table def-klant", "Persoonsgegevens* table def-persoonsgegevens", "Gegevensverwerking [Verwerking]* table def-gegevensverwerking",
				"Bijzondere categorieën van persoonsgegevens [Gevoelige persoonsgegevens]* table def-bijzondere-categorieen-van-persoonsgegevens", "Inbreuk in verband met persoonsgegevens* table def-inbreuk-in-verband-met-persoonsgegevens"}},
		{"lettered list with plural alias", "nl", "# 1. DEFINITIES\n\n1.1. Begrippen:\n\na. Algemene Voorwaarden: deze voorwaarden.\n\nf. Intellectuele Eigendomsrecht(en): alle rechten.\n\ni. Partij(en): OutSmart en Klant.\n",
			[]string{"Algemene Voorwaarden list def-algemene-voorwaarden", "Intellectuele Eigendomsrecht [Intellectuele Eigendomsrechten] list def-intellectuele-eigendomsrecht", "Partij [Partijen] list def-partij"}},
		{"definition list", "en", "# Definitions\n\nCustomer\n: The person who orders.\n\nServices\n: What we provide.\n",
			[]string{"Customer definition-list def-customer", "Services definition-list def-services"}},
		{"inline quoted and bold", "nl", "# 4. Data\n\n4.1. Gegevens (hierna \"Gebruiksgegevens\") en informatie (**Vertrouwelijke Informatie**) en (de ‘AVG’) en software (\"Derdencomponenten\"), maar niet (“as is”).\n",
			[]string{"Gebruiksgegevens inline def-gebruiksgegevens", "Vertrouwelijke Informatie inline def-vertrouwelijke-informatie", "AVG inline def-avg", "Derdencomponenten inline def-derdencomponenten"}},
		{"lettered list outside a definitions section is no definition", "nl", "# 2. Toepassing\n\n2.1. Regels:\n\na. Klant: moet betalen.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, tt.lang, tt.body)
			if got := definitions(doc); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestDuplicateDefinition(t *testing.T) {
	_, msgs := mustParse(t, "nl", "# 1. Definities\n\n1.1. Begrippen:\n\na. Klant: een.\n\nb. Klant: twee.\n")
	if !slices.Contains(msgs, "17:4 definition-duplicate") {
		t.Errorf("diagnostics %q lack the duplicate definition at 17:4", msgs)
	}
}

func TestUnsafeContent(t *testing.T) {
	doc, msgs := mustParse(t, "en", "# 1. A\n\n1.1. Click [here](javascript:alert(1)) or <script>alert(1)</script> now, or [ok](https://example.com).\n\n<div onclick=\"x\">block</div>\n")
	if !slices.Contains(msgs, "13:12 unsafe-link") || !slices.Contains(msgs, "13:43 raw-html") || !slices.Contains(msgs, "15:1 raw-html") {
		t.Errorf("diagnostics %q lack unsafe-link and raw-html", msgs)
	}
	var links []string
	for _, b := range doc.Clause("1.1").Blocks {
		if p, ok := b.(*model.Paragraph); ok {
			for _, in := range p.Inlines {
				if l, ok := in.(*model.Link); ok {
					links = append(links, l.URL)
				}
			}
		}
	}
	text := model.BlocksText(doc.Clause("1.1").Blocks)
	if !slices.Equal(links, []string{"https://example.com"}) || strings.Contains(text, "alert") || strings.Contains(text, "<") || !strings.Contains(text, "block") {
		t.Errorf("links %q, text %q: the javascript link and the script must be dropped, the div's text kept", links, text)
	}
}

func TestLineBreakInCell(t *testing.T) {
	doc, msgs := mustParse(t, "nl", "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | Een<br>Twee<br/>Drie |\n")
	if len(msgs) != 0 {
		t.Errorf("unexpected diagnostics %q", msgs)
	}
	cell := doc.Clauses[0].Blocks[0].(*model.Table).Rows[0][1]
	var breaks int
	for _, in := range cell.Inlines {
		if _, ok := in.(*model.LineBreak); ok {
			breaks++
		}
	}
	if breaks != 2 {
		t.Errorf("%d line breaks in the cell, want 2", breaks)
	}
}

func TestInlineDefinitionText(t *testing.T) {
	doc, _ := mustParse(t, "nl", "# 5. Geheim\n\n5.1. Elke Partij kan informatie verkrijgen die vertrouwelijk is (**Vertrouwelijke Informatie**). De Partijen zullen die geheim houden.\n")
	want := "5.1. Elke Partij kan informatie verkrijgen die vertrouwelijk is (Vertrouwelijke Informatie)."
	if got := doc.Definitions[0].Text; got != strings.TrimPrefix(want, "5.1. ") {
		t.Errorf("definition text %q, want the defining sentence %q", got, want)
	}
}
