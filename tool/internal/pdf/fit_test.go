package pdf

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestRunningHeaderFitsOneLine: a title longer than a line is cut with "…"
// in the running header instead of running off the page (and being
// written in full on every page: a 2 MB title took 1.3 GB).
func TestRunningHeaderFitsOneLine(t *testing.T) {
	testutil.RequireTool(t, "pdftotext")
	title := strings.Repeat("Terms and Conditions ", 40)
	src := strings.Replace(frontMatter("en", "published"), "title: Test Terms", "title: "+title, 1) +
		"# 1. Scope\n\n" + strings.Repeat("1.1. The Customer pays the fees set out in the order form within thirty days.\n\n", 1) +
		strings.Repeat("Fees are due within thirty days of the invoice date, unless agreed otherwise.\n\n", 120)
	doc, ds := parse.Parse("test/doc/2.md", []byte(src))
	if doc == nil {
		t.Fatal(ds)
	}
	resolve.Link([]*model.Document{doc})
	ws := words(t, writeTemp(t, render(t, doc).pdf))
	st := renderer(t).st
	right := (st.Page.Width - st.Page.Right) / ptMM * 1.0001
	var header []word
	for _, w := range ws {
		if w.page == 2 && w.yMax < (st.Page.Header+2)/ptMM {
			header = append(header, w)
		}
	}
	if len(header) < 3 {
		t.Fatalf("no running header on page 2: %v", header)
	}
	for _, w := range header {
		if w.xMax > right {
			t.Errorf("header word %q ends at %.0f pt, past the margin at %.0f pt", w.text, w.xMax, right)
		}
	}
	if !strings.Contains(wordsText(header), "…") {
		t.Errorf("header %q: the long title is not cut with …", wordsText(header))
	}
	if !strings.HasPrefix(wordsText(header), "Test B.V. · Terms and Conditions") || !strings.HasSuffix(wordsText(header), "Version 2") {
		t.Errorf("header %q: want the publisher, the beginning of the title and the version", wordsText(header))
	}
}

func wordsText(ws []word) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.text)
	}
	return strings.Join(out, " ")
}
