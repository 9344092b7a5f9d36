package pdf

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// articles lists the sections and articles of a document as the outline
// should show them: every clause with a title, numbered as written, nested
// under the titled clause above it.
func articles(doc *model.Document, level int) []entry {
	var out []entry
	var walk func(cs []*model.Clause, level int)
	walk = func(cs []*model.Clause, level int) {
		for _, c := range cs {
			next := level
			if len(c.Heading) > 0 || c.Number == "" {
				title := strings.TrimSpace(c.Number + " " + c.Title)
				if c.Prefix != "" {
					title = c.Prefix + " " + c.Number + " – " + c.Title
				}
				out = append(out, entry{title: title, level: level})
				next = level + 1
			}
			walk(c.Children, next)
		}
	}
	walk(doc.Clauses, level)
	return out
}

// TestOutline checks that the outline lists the document's sections and
// articles in order, nested as in the document, each pointing at the page
// and height of its heading.
func TestOutline(t *testing.T) {
	st := renderer(t).st
	pageH := st.Page.Height / ptMM
	for _, ref := range seeds {
		t.Run(ref, func(t *testing.T) {
			doc := seedDoc(t, ref)
			res := render(t, doc)
			got := outlineOf(t, pdfContext(t, res.pdf))
			want := articles(doc, 0)
			if len(got) != len(want) {
				t.Fatalf("%d outline entries, the document has %d sections and articles", len(got), len(want))
			}
			ws := words(t, writeTemp(t, res.pdf))
			for i := range want {
				if got[i].title != want[i].title || got[i].level != want[i].level {
					t.Errorf("entry %d is %q at level %d, want %q at level %d", i, got[i].title, got[i].level, want[i].title, want[i].level)
					continue
				}
				first := strings.Fields(want[i].title)[0]
				if !headingBelow(ws, got[i], first, pageH) {
					t.Errorf("entry %q opens page %d at height %.1f, but its heading is not just below", got[i].title, got[i].page, got[i].y)
				}
			}
		})
	}
}

// headingBelow reports whether the word first of a heading lies just below
// where the outline entry e opens.
func headingBelow(ws []word, e entry, first string, pageH float64) bool {
	top := pageH - e.y
	for _, w := range ws {
		if w.page == e.page && w.text == first && w.yMin >= top-1 && w.yMin <= top+16 {
			return true
		}
	}
	return false
}

// TestBundleOutline checks the outline of a bundle: one entry per
// document, open, with its sections and articles below.
func TestBundleOutline(t *testing.T) {
	main, annex := seedDoc(t, "outsmart/algemene-leveringsvoorwaarden"), seedDoc(t, "outsmart/verwerkersovereenkomst")
	res := render(t, main, annex)
	got := outlineOf(t, pdfContext(t, res.pdf))
	want := append([]entry{{title: main.Meta.Title}}, articles(main, 1)...)
	want = append(want, entry{title: annex.Meta.Title})
	want = append(want, articles(annex, 1)...)
	if len(got) != len(want) {
		t.Fatalf("%d outline entries, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].title != want[i].title || got[i].level != want[i].level {
			t.Errorf("entry %d is %q at level %d, want %q at level %d", i, got[i].title, got[i].level, want[i].title, want[i].level)
		}
	}
	if got[0].page != 1 || got[0].count <= 0 {
		t.Errorf("first document: page %d, count %d; want page 1, open", got[0].page, got[0].count)
	}
}

func TestOutlineCounts(t *testing.T) {
	tests := []struct {
		name   string
		marks  []*mark
		counts []int
	}{
		{"flat", []*mark{{level: 0}, {level: 0}}, []int{0, 0}},
		{"open section with articles", []*mark{{level: 0, open: true}, {level: 1}, {level: 1}, {level: 0, open: true}}, []int{2, 0, 0, 0}},
		{"closed article with clauses", []*mark{{level: 0, open: true}, {level: 1}, {level: 2}, {level: 2}, {level: 1}}, []int{2, -2, 0, 0, 0}},
		{"open document, closed sections", []*mark{{level: 0, open: true}, {level: 1}, {level: 2}, {level: 0, open: true}, {level: 1}}, []int{1, -1, 0, 1, 0}},
	}
	for _, tt := range tests {
		got := outlineCounts(tt.marks)
		for i := range got {
			if got[i] != tt.counts[i] {
				t.Errorf("%s: counts %v, want %v", tt.name, got, tt.counts)
				break
			}
		}
	}
}
