package pdf

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/modeljson"
)

// TestLinkToClause461 reads the Servicevoorwaarden back with pdfcpu: every
// link on the text "4.6.1" opens the page where clause 4.6.1 starts, just
// above the clause number.
func TestLinkToClause461(t *testing.T) {
	doc := seedDoc(t, "visma/servicevoorwaarden")
	res := render(t, doc)
	ws := words(t, writeTemp(t, res.pdf))
	as := annotations(t, pdfContext(t, res.pdf))
	st := renderer(t).st
	pageH := st.Page.Height / ptMM
	var clause word
	var refs []word
	for _, w := range ws {
		if strings.Trim(w.text, ".,;:()") != "4.6.1" {
			continue
		}
		if w.xMin < st.Page.Left/ptMM+1 {
			clause = w // the number in the number column
		} else {
			refs = append(refs, w)
		}
	}
	if clause.page == 0 || len(refs) < 2 {
		t.Fatalf("clause 4.6.1 on page %d, %d references to it; want the clause and the two references", clause.page, len(refs))
	}
	for _, ref := range refs {
		a, ok := annotationAt(as, ref, pageH)
		if !ok {
			t.Errorf("no link on %q on page %d", ref.text, ref.page)
			continue
		}
		if a.destPage != clause.page {
			t.Errorf("link on 4.6.1 (page %d) opens page %d; clause 4.6.1 starts on page %d", ref.page, a.destPage, clause.page)
		}
		top := pageH - clause.yMin // the clause's top, in PDF coordinates
		if a.destY < top || a.destY > top+12 {
			t.Errorf("link on 4.6.1 opens at height %.1f; the clause's first line is at %.1f", a.destY, top)
		}
	}
}

// annotationAt returns the link annotation over word w.
func annotationAt(as []annot, w word, pageH float64) (annot, bool) {
	cx, cy := (w.xMin+w.xMax)/2, pageH-(w.yMin+w.yMax)/2
	for _, a := range as {
		if a.page == w.page && a.rect[0] <= cx && cx <= a.rect[2] && min(a.rect[1], a.rect[3]) <= cy && cy <= max(a.rect[1], a.rect[3]) {
			return a, true
		}
	}
	return annot{}, false
}

// expectedLinks counts, from what legalkit inspect reports, the links a PDF
// of docs must have: every use of a defined term and every resolved
// reference whose target is in the PDF (or is a statute with its official
// text on the web), and every web link of the text.
//
// The intended difference with inspect's totals: in the PDF of one
// document, a use of a term that an annex inherits from its main document,
// and a reference into another document, have no target and stay text;
// a bundle links them.
func expectedLinks(docs []*model.Document) (internal, web int) {
	in := map[string]bool{}
	for _, d := range docs {
		in[d.Meta.ID] = true
	}
	for _, d := range docs {
		j := modeljson.From(d)
		for _, def := range j.Definitions {
			if in[def.Document] {
				internal += len(def.Uses)
			}
		}
		for _, r := range j.References {
			switch {
			case !r.Resolved:
			case r.Kind == "statute":
				if r.URL != "" {
					web++
				}
			case r.Kind == "document":
				if in[r.Target] {
					internal++
				}
			default:
				doc, _, cross := strings.Cut(r.Target, "#")
				if !cross || in[doc] {
					internal++
				}
			}
		}
		web += countLinks(d)
	}
	return internal, web
}

// countLinks counts the Markdown links and autolinks of a document.
func countLinks(d *model.Document) int {
	n := 0
	var inl func([]model.Inline)
	inl = func(ins []model.Inline) {
		for _, in := range ins {
			switch v := in.(type) {
			case *model.Link:
				if safeURL(v.URL) != "" {
					n++
				}
			case *model.Emphasis:
				inl(v.Children)
			case *model.TermDef:
				inl(v.Children)
			}
		}
	}
	var blocks func([]model.Block)
	blocks = func(bs []model.Block) {
		for _, b := range bs {
			switch v := b.(type) {
			case *model.Paragraph:
				inl(v.Inlines)
			case *model.Heading:
				inl(v.Inlines)
			case *model.List:
				for _, it := range v.Items {
					blocks(it.Blocks)
				}
			case *model.ItemBlock:
				blocks(v.Item.Blocks)
			case *model.Table:
				for _, r := range append([][]model.Cell{v.Header}, v.Rows...) {
					for _, c := range r {
						inl(c.Inlines)
					}
				}
			case *model.DefinitionList:
				for _, e := range v.Entries {
					inl(e.Term)
					blocks(e.Blocks)
				}
			case *model.Quote:
				blocks(v.Blocks)
			}
		}
	}
	blocks(d.Preamble)
	d.Walk(func(c *model.Clause) { blocks(c.Blocks) })
	return n
}

// TestLinkCount checks the number of link annotations against the term
// uses and references inspect reports, for each seed alone and for the
// bundle, and that every internal link lands on a page.
func TestLinkCount(t *testing.T) {
	cases := [][]string{
		{"visma/servicevoorwaarden"},
		{"outsmart/algemene-leveringsvoorwaarden"},
		{"outsmart/verwerkersovereenkomst"},
		{"outsmart/algemene-leveringsvoorwaarden", "outsmart/verwerkersovereenkomst"},
	}
	for _, refs := range cases {
		t.Run(strings.Join(refs, "+"), func(t *testing.T) {
			var docs []*model.Document
			for _, r := range refs {
				docs = append(docs, seedDoc(t, r))
			}
			res := render(t, docs...)
			ctx := pdfContext(t, res.pdf)
			as := annotations(t, ctx)
			var internal, web int
			for _, a := range as {
				switch {
				case a.uri != "":
					web++
				case a.destPage >= 1 && a.destPage <= ctx.PageCount:
					internal++
				default:
					t.Errorf("annotation on page %d goes nowhere", a.page)
				}
			}
			wantInternal, wantWeb := expectedLinks(docs)
			t.Logf("%d internal links (%d term uses, %d references), %d web links", internal, res.uses, res.refs, web)
			if internal != wantInternal || web != wantWeb {
				t.Errorf("%d internal and %d web links; inspect reports %d uses and references with a target here and %d web links",
					internal, web, wantInternal, wantWeb)
			}
		})
	}
}

// TestBundleLinksAcrossDocuments checks what only a bundle can do: the
// main document's "Bijlage 1" opens the annex, and the annex's uses of
// terms defined in the main document open those definitions.
func TestBundleLinksAcrossDocuments(t *testing.T) {
	main, annex := seedDoc(t, "outsmart/algemene-leveringsvoorwaarden"), seedDoc(t, "outsmart/verwerkersovereenkomst")
	res := render(t, main, annex)
	ws := words(t, writeTemp(t, res.pdf))
	as := annotations(t, pdfContext(t, res.pdf))
	pageH := renderer(t).st.Page.Height / ptMM
	annexStart := 0
	for _, w := range ws {
		if w.text == "Verwerkersovereenkomst" && w.yMin < 150 {
			annexStart = w.page
			break
		}
	}
	if annexStart == 0 {
		t.Fatal("annex title not found")
	}
	bijlage := 0
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].page >= annexStart || ws[i].text != "Bijlage" || strings.Trim(ws[i+1].text, ".,") != "1" {
			continue
		}
		a, ok := annotationAt(as, ws[i], pageH)
		if !ok || a.destPage != annexStart {
			t.Errorf("\"Bijlage 1\" on page %d: link %v, want the annex on page %d", ws[i].page, a, annexStart)
		}
		bijlage++
	}
	if bijlage == 0 {
		t.Error("no \"Bijlage 1\" in the main document")
	}
	// "Overeenkomst" is defined in the main document (1.1 h) and used in the annex
	def := 0
	for _, w := range ws {
		if w.page < annexStart && strings.HasPrefix(w.text, "Overeenkomst:") {
			def = w.page
		}
	}
	uses := 0
	for _, w := range ws {
		if w.page < annexStart || strings.Trim(w.text, ".,;:()") != "Overeenkomst" {
			continue
		}
		if a, ok := annotationAt(as, w, pageH); !ok || a.destPage != def {
			t.Errorf("\"Overeenkomst\" in the annex on page %d: link %v, want the definition on page %d", w.page, a, def)
		}
		uses++
	}
	if def == 0 || uses == 0 {
		t.Errorf("definition of Overeenkomst on page %d, %d uses in the annex", def, uses)
	}
}

// TestUnsafeLinksGetNoAnnotation: a link whose address is unsafe (here put
// into the model by hand, past the parser) prints as text with no /URI
// annotation; a web link next to it keeps its annotation.
func TestUnsafeLinksGetNoAnnotation(t *testing.T) {
	doc := synthetic(t, frontMatter("nl", "published")+"# 1. A\n\n1.1. Zie hier.\n")
	p := doc.Clause("1.1").Blocks[0].(*model.Paragraph)
	text := func(s string) []model.Inline { return []model.Inline{&model.Text{Value: s}} }
	p.Inlines = []model.Inline{
		&model.Link{URL: "https://example.org/", Children: text("web")}, &model.Text{Value: " "},
		&model.Link{URL: "HTTPS://example.org/\u200b%2e%2e\\x", Children: text("ok")}, &model.Text{Value: " "},
		&model.Link{URL: "file:///etc/passwd", Children: text("bestand")}, &model.Text{Value: " "},
		&model.Link{URL: "&#106;avascript:alert(1)", Children: text("script")}, &model.Text{Value: " "},
		&model.Link{URL: "/etc/passwd", Children: text("pad")},
	}
	res := render(t, doc)
	var uris []string
	for _, a := range annotations(t, pdfContext(t, res.pdf)) {
		if a.uri != "" {
			uris = append(uris, a.uri)
		}
	}
	if len(uris) != 2 || uris[0] != "https://example.org/" {
		t.Errorf("URI annotations %q, want only the two web links", uris)
	}
	printed := run(t, "pdftotext", writeTemp(t, res.pdf), "-")
	for _, w := range []string{"bestand", "script", "pad"} {
		if !strings.Contains(printed, w) {
			t.Errorf("the text %q of an unsafe link is missing", w)
		}
	}
}
