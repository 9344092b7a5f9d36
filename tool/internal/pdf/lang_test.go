package pdf

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// transcript lists, page by page, the text a PDF shows: the running header,
// every line laid out on the page, the footer and a draft's stamp, taken
// from the same labels the painter uses. It is what the goldens compare:
// readable, and free of external tools.
func transcript(pages []*page, docs []*model.Document) string {
	var b strings.Builder
	totals := map[int]int{}
	for _, pg := range pages {
		totals[pg.doc]++
	}
	number := map[int]int{}
	for _, pg := range pages {
		m := docs[pg.doc].Meta
		lbl := labelsFor(m.Language)
		number[pg.doc]++
		fmt.Fprintf(&b, "=== %s\n", lbl.pageOf(number[pg.doc], totals[pg.doc]))
		if number[pg.doc] > 1 {
			fmt.Fprintf(&b, "[header] %s · %s | %s\n", m.Publisher, m.Title, lbl.runningVersion(m))
		}
		var line []string
		y := -1.0
		for _, o := range pg.ops {
			if o.kind != opText {
				continue
			}
			if o.y != y && len(line) > 0 {
				b.WriteString(strings.Join(line, " ") + "\n")
				line = nil
			}
			y = o.y
			if t := strings.TrimSpace(o.text); t != "" {
				line = append(line, t)
			}
		}
		if len(line) > 0 {
			b.WriteString(strings.Join(line, " ") + "\n")
		}
		if m.Status == model.StatusDraft {
			fmt.Fprintf(&b, "[stamp] %s\n", lbl.stamp)
		}
	}
	return b.String()
}

// TestGoldenGermanFrench lays out the German and French fixtures
// (testdata/lang): the version in force, the draft with its stamp and
// unknown dates, and the redline between versions 1 and 2. Every label of
// the title block, header, footer, stamp and redline summary is in the
// document's language (go test -update rewrites testdata/lang/golden/pdf).
func TestGoldenGermanFrench(t *testing.T) {
	root := testutil.Root(t)
	t.Chdir(root)
	r := renderer(t)
	for _, tt := range []struct{ dir, id string }{{"de", "beispiel/nutzungsbedingungen"}, {"fr", "exemple/conditions-generales"}} {
		c, err := corpus.Load([]string{filepath.Join("testdata", "lang", tt.dir)})
		if err != nil {
			t.Fatal(err)
		}
		versions := c.Versions(tt.id)
		for _, v := range []*model.Document{versions[1], versions[3]} {
			m := r.measurer()
			l := &layout{st: r.st, m: m, targets: newTargets([]*model.Document{v})}
			l.document(v, 0)
			p := &pager{st: r.st}
			p.place(l.blocks)
			r.done(m)
			testutil.Golden(t, filepath.Join(root, "testdata", "lang", "golden", "pdf", tt.dir+"-"+v.Meta.Version+".txt"),
				[]byte(transcript(p.pages, []*model.Document{v})))
			render(t, v) // and the PDF itself passes strict validation
		}
		res := diff.Compare(versions[0], versions[1])
		m := r.measurer()
		l := &layout{st: r.st, m: m, targets: newTargets([]*model.Document{res.New})}
		rl := &redliner{layout: l, res: res, w: lang.Changes(res.New.Meta.Language)}
		rl.document()
		p := &pager{st: r.st}
		p.place(l.blocks)
		r.done(m)
		testutil.Golden(t, filepath.Join(root, "testdata", "lang", "golden", "pdf", tt.dir+"-redline-1..2.txt"),
			[]byte(transcript(p.pages, []*model.Document{res.New})))
	}
}
