package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// comparison compares two versions from testdata/diff.
func comparison(t testing.TB, dir, old, new string) *diff.Result {
	t.Helper()
	var docs []*model.Document
	for _, v := range []string{old, new} {
		path := filepath.Join(testutil.Root(t), "testdata", "diff", dir, v+".md")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, ds := parse.Parse(path, src)
		if d == nil {
			t.Fatalf("%s: %v", path, ds)
		}
		docs = append(docs, d)
	}
	resolve.Link(docs[:1])
	resolve.Link(docs[1:])
	return diff.Compare(docs[0], docs[1])
}

func redline(t testing.TB, res *diff.Result, o RedlineOptions) []byte {
	t.Helper()
	b, err := renderer(t).Redline(res, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(b); err != nil {
		t.Fatalf("strict validation: %v", err)
	}
	return b
}

// TestRedline checks what a lawyer sees in a redline: the summary on the
// first page with a table of changes that links to each changed clause,
// deletions struck through and insertions underlined in their colours
// with a change bar, and the same bytes on every run.
func TestRedline(t *testing.T) {
	res := comparison(t, "acme/terms-of-service", "1", "2")
	b := redline(t, res, RedlineOptions{})
	if !bytes.Equal(b, redline(t, res, RedlineOptions{})) {
		t.Error("two runs differ")
	}
	path := writeTemp(t, b)
	first := run(t, "pdftotext", "-f", "1", "-l", "1", "-layout", path, "-")
	for _, want := range []string{"Terms of Service", "Changes: version 1 → version 2", "Summary", "Added", "Renumbered",
		"renumbered (was 1.3)", "editorial: typography", "Definitions: 0 added, 0 removed, 1 amended", "User — amended"} {
		if !strings.Contains(first, want) {
			t.Errorf("first page lacks %q:\n%s", want, first)
		}
	}
	// the summary's link on the new number 1.3 opens the page of clause 1.3
	ws := words(t, path)
	as := annotations(t, pdfContext(t, b))
	pageH := renderer(t).st.Page.Height / ptMM
	var link, clause word
	for _, w := range ws {
		if w.text == "1.3" && w.page == 1 && w.xMin > 250 {
			link = w
		}
		if w.text == "1.3" && w.page > 1 && w.xMin < renderer(t).st.Page.Left/ptMM+1 {
			clause = w
		}
	}
	a, ok := annotationAt(as, link, pageH)
	if !ok || clause.page == 0 || a.destPage != clause.page {
		t.Errorf("summary link on 1.3: %v, clause 1.3 on page %d", a, clause.page)
	}

	// the marks, read from the layout
	l := &layout{st: renderer(t).st, m: renderer(t).measurer(), targets: newTargets([]*model.Document{res.New})}
	rl := &redliner{layout: l, res: res, w: lang.Changes(res.New.Meta.Language)}
	rl.document()
	ins, del := decorated(l.blocks, "twice"), decorated(l.blocks, "once")
	if ins == nil || ins.style.deco != underline || ins.style.color != color(l.st.Colors.Insert) || !ins.style.mark {
		t.Errorf("inserted \"twice\": %+v, want underlined in the insertion colour with a change bar", ins)
	}
	if del == nil || del.style.deco != strike || del.style.color != color(l.st.Colors.Delete) || !del.style.mark {
		t.Errorf("deleted \"once\": %+v, want struck through in the deletion colour with a change bar", del)
	}
	p := &pager{st: l.st}
	p.place(l.blocks)
	bars := 0
	for _, pg := range p.pages {
		for _, o := range pg.ops {
			if o.kind == opRect && o.x < l.st.Page.Left {
				bars++
			}
		}
	}
	if bars < 4 {
		t.Errorf("%d change bars; the comparison changes at least 4 lines", bars)
	}
}

// decorated finds the item with the given text in the flow.
func decorated(blocks []*block, text string) *item {
	for _, b := range blocks {
		ls := b.lines
		if b.table != nil {
			for _, r := range b.table.rows {
				for _, c := range r.cells {
					ls = append(ls, c...)
				}
			}
		}
		for _, l := range ls {
			for i := range l.items {
				if strings.TrimSpace(l.items[i].text) == text {
					return &l.items[i]
				}
			}
		}
	}
	return nil
}

// TestRedlineOptions checks side by side and --ignore-editorial.
func TestRedlineOptions(t *testing.T) {
	res := comparison(t, "acme/terms-of-service", "1", "2")
	side := run(t, "pdftotext", "-layout", writeTemp(t, redline(t, res, RedlineOptions{SideBySide: true})), "-")
	if !strings.Contains(side, "Old · version 1") || !strings.Contains(side, "New · version 2") {
		t.Errorf("side by side lacks its column headers:\n%s", side)
	}
	plain := run(t, "pdftotext", writeTemp(t, redline(t, res, RedlineOptions{IgnoreEditorial: true})), "-")
	if strings.Contains(plain, "editorial: typography") || strings.Contains(plain, "Customer's internal") {
		t.Error("--ignore-editorial still shows the editorial change")
	}
	if !strings.Contains(plain, "Customer’s internal business purposes") {
		t.Error("--ignore-editorial lost the new text of the editorial change")
	}
}

// TestRedlineSeeds renders redlines of the Servicevoorwaarden history: every
// one validates, and the text of the new version is all there.
func TestRedlineSeeds(t *testing.T) {
	versions := []string{"2018-04-18", "2018-06-01", "2018-09-01", "2018-12-01", "2019-03-01"}
	for i := 1; i < len(versions); i++ {
		res := comparison(t, "visma/servicevoorwaarden", versions[i-1], versions[i])
		text := run(t, "pdftotext", writeTemp(t, redline(t, res, RedlineOptions{})), "-")
		if !strings.Contains(text, res.New.Meta.Title) {
			t.Errorf("%s..%s: no title", versions[i-1], versions[i])
		}
	}
}
