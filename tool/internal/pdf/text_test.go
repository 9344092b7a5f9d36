package pdf

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestSeedWords checks that the text of every seed PDF, as pdftotext reads
// it, holds the words of the Markdown source in order. The running header
// and footer are cropped away; the title block adds a handful of words
// (labels and dates).
func TestSeedWords(t *testing.T) {
	st := renderer(t).st
	for _, ref := range seeds {
		t.Run(ref, func(t *testing.T) {
			doc := seedDoc(t, ref)
			path := writeTemp(t, render(t, doc).pdf)
			top := (st.Page.Header + 4) / ptMM
			height := (st.Page.Footer-5)/ptMM - top
			text := run(t, "pdftotext", "-x", "0", "-y", fmt.Sprint(int(top)), "-W", fmt.Sprint(int(st.Page.Width/ptMM)),
				"-H", fmt.Sprint(int(height)), path, "-")
			got, want := wordRe.FindAllString(text, -1), markdownWords(t, doc)
			ratio := testutil.Similarity(got, want)
			t.Logf("%d words in the PDF, %d in the source, similarity %.5f", len(got), len(want), ratio)
			if ratio < 0.995 {
				t.Errorf("similarity %.5f < 0.995: the PDF lost, added or reordered words of the source", ratio)
			}
		})
	}
}

func TestSimilarityNoticesLostWords(t *testing.T) {
	a := strings.Fields(strings.Repeat("de klant betaalt binnen dertig dagen ", 40))
	b := append(append([]string{}, a[:100]...), a[110:]...)
	if r := testutil.Similarity(a, b); r >= 0.995 {
		t.Fatalf("ten of %d words lost gives %.4f; the text test would not notice", len(a), r)
	}
}

// TestHangingIndent checks that the second line of a wrapped item starts
// under the item's text, not under its label, and that clause text lines
// up right of the clause numbers.
func TestHangingIndent(t *testing.T) {
	doc := seedDoc(t, "visma/servicevoorwaarden")
	ws := words(t, writeTemp(t, render(t, doc).pdf))
	// item 5 of 1.1.3 wraps: "5. Bijkomende voorwaarden ... overeengekomen"
	i := indexWord(ws, "Bijkomende", 0)
	if i < 0 {
		t.Fatal("item 5 of 1.1.3 not found")
	}
	first := ws[i]
	label, next := leftOf(ws, first), nextLine(ws, first)
	if label.text != "5." || next.text == "" {
		t.Fatalf("item 5 of 1.1.3: label %q, next line %q", label.text, next.text)
	}
	if math.Abs(next.xMin-first.xMin) > 0.5 {
		t.Errorf("item continues at x=%.1f, its text starts at %.1f: no hanging indent", next.xMin, first.xMin)
	}
	// clause 1.1.2: number in the number column, text and its next line aligned right of it
	j := indexWord(ws, "1.1.2", 0)
	if j < 0 {
		t.Fatal("clause 1.1.2 not found")
	}
	text := rightOf(ws, ws[j])
	cont := nextLine(ws, text)
	if text.text != "Deze" || math.Abs(text.xMin-cont.xMin) > 0.5 || ws[j].xMax+5 > text.xMin {
		t.Errorf("clause 1.1.2: number at %.1f, text %q at %.1f, next line at %.1f", ws[j].xMin, text.text, text.xMin, cont.xMin)
	}
}

// sameLine reports whether two words share a line.
func sameLine(a, b word) bool { return a.page == b.page && math.Abs(a.yMax-b.yMax) < 2 }

// leftOf returns the nearest word left of w on its line.
func leftOf(ws []word, w word) word {
	var best word
	for _, o := range ws {
		if sameLine(o, w) && o.xMax <= w.xMin && o.xMax > best.xMax {
			best = o
		}
	}
	return best
}

// rightOf returns the nearest word right of w on its line.
func rightOf(ws []word, w word) word {
	best := word{xMin: math.Inf(1)}
	for _, o := range ws {
		if sameLine(o, w) && o.xMin >= w.xMax && o.xMin < best.xMin {
			best = o
		}
	}
	return best
}

// nextLine returns the leftmost word of the line below w, right of the
// number column (x beyond w's own left edge minus a little).
func nextLine(ws []word, w word) word {
	best := word{xMin: math.Inf(1)}
	lineY := math.Inf(1)
	for _, o := range ws {
		if o.page != w.page || o.yMin < w.yMax-1 || o.xMin < w.xMin-1 {
			continue
		}
		if o.yMin < lineY-2 {
			lineY, best = o.yMin, o
		} else if math.Abs(o.yMin-lineY) < 2 && o.xMin < best.xMin {
			best = o
		}
	}
	return best
}

func indexWord(ws []word, text string, from int) int {
	for i := from; i < len(ws); i++ {
		if ws[i].text == text {
			return i
		}
	}
	return -1
}

// TestTableHeaderRepeats checks that the definitions table breaks across
// pages and repeats its header row on each of them.
func TestTableHeaderRepeats(t *testing.T) {
	doc := seedDoc(t, "visma/servicevoorwaarden")
	ws := words(t, writeTemp(t, render(t, doc).pdf))
	first, last := pageOf(ws, "Klant", "De"), pageOf(ws, "Ontwikkelaccount", "Een")
	if first < 1 || last <= first {
		t.Fatalf("definitions table on pages %d to %d: expected it to span pages", first, last)
	}
	h := indexWord(ws, "Begrip", 0)
	if h < 0 || ws[h].page != first {
		t.Fatal("no table header on the table's first page")
	}
	col := ws[h].xMin
	for p := first; p <= last; p++ {
		var top word
		for _, w := range ws {
			if w.page == p && math.Abs(w.xMin-col) < 1 {
				top = w
				break
			}
		}
		if top.text != "Begrip" {
			t.Errorf("page %d: the table's first cell is %q, not the header", p, top.text)
		}
	}
}

// pageOf returns the page where word a is directly followed by b, in the
// next column.
func pageOf(ws []word, a, b string) int {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].text == a && ws[i+1].text == b && ws[i+1].xMin > ws[i].xMax+20 {
			return ws[i].page
		}
	}
	return -1
}
