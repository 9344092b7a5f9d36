package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// synthetic parses and links one document written in a test.
func synthetic(t testing.TB, src string) *model.Document {
	t.Helper()
	doc, ds := parse.Parse("test.md", []byte(src))
	if doc == nil {
		t.Fatalf("not parsed: %v", ds)
	}
	resolve.Link([]*model.Document{doc})
	return doc
}

func frontMatter(language, status string) string {
	return "---\nid: test/doc\ntitle: Test Terms\npublisher: Test B.V.\nlanguage: " + language +
		"\nversion: \"2\"\npublished: 2024-03-01\neffective: 2024-04-01\nstatus: " + status + "\n---\n\n"
}

// TestReproducible renders every seed and the bundle twice, and four times
// at once: the bytes never differ.
func TestReproducible(t *testing.T) {
	cases := [][]*model.Document{}
	for _, ref := range seeds {
		cases = append(cases, []*model.Document{seedDoc(t, ref)})
	}
	cases = append(cases, []*model.Document{seedDoc(t, seeds[1]), seedDoc(t, seeds[2])})
	for _, docs := range cases {
		first := render(t, docs...).pdf
		var wg sync.WaitGroup
		outs := make([][]byte, 4)
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := renderer(t).render(docs, len(docs) > 1)
				if err == nil {
					outs[i] = res.pdf
				}
			}()
		}
		wg.Wait()
		for i, o := range outs {
			if !bytes.Equal(first, o) {
				t.Errorf("%s: run %d differs from the first", docs[0].Key(), i+2)
			}
		}
	}
}

// TestMetadata checks the document information and the catalog language,
// and that an unknown publication date leaves the dates out rather than
// taking the clock's.
func TestMetadata(t *testing.T) {
	visma := render(t, seedDoc(t, "visma/servicevoorwaarden")).pdf
	info := run(t, "pdfinfo", writeTemp(t, visma))
	for _, want := range []string{"Title:           Servicevoorwaarden", "Author:          Visma",
		"Subject:         Servicevoorwaarden, versie 2018-04-18 (gepubliceerd)", "Keywords:        Visma, visma/servicevoorwaarden, 2018-04-18",
		"CreationDate:    Wed Apr 18 00:00:00 2018 UTC", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	ctx := pdfContext(t, visma)
	root, _ := ctx.Catalog()
	if lang, _ := ctx.DereferenceStringOrHexLiteral(root["Lang"], 0, nil); lang != "nl" {
		t.Errorf("catalog language %q, want nl", lang)
	}
	outsmart := render(t, seedDoc(t, "outsmart/algemene-leveringsvoorwaarden")).pdf
	if bytes.Contains(outsmart, []byte("/CreationDate")) || bytes.Contains(outsmart, []byte("/ModDate")) {
		t.Error("a document published on an unknown date got a creation date")
	}
}

// TestFontsEmbedded checks with pdffonts that every font is embedded, a
// subset, with a Unicode map, and one of the family's faces.
func TestFontsEmbedded(t *testing.T) {
	for _, ref := range seeds {
		out := run(t, "pdffonts", writeTemp(t, render(t, seedDoc(t, ref)).pdf))
		rows := strings.Split(strings.TrimSpace(out), "\n")[2:]
		if len(rows) == 0 {
			t.Fatalf("%s: no fonts", ref)
		}
		for _, r := range rows {
			f := strings.Fields(r)
			if len(f) < 7 || !strings.HasPrefix(f[0], "LGLK") || !strings.Contains(f[0], "+Caladea-") ||
				f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
				t.Errorf("%s: font not embedded as a subset with a Unicode map: %s", ref, r)
			}
		}
	}
}

// TestDraftStamp checks that a draft carries the stamp in its language on
// every page, in an embedded font, and that a published version has none.
func TestDraftStamp(t *testing.T) {
	body := "# 1. Scope\n\n" + strings.Repeat("1.1. The Customer pays the fees “within” thirty days – see 1.2.\n\n", 1) +
		strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 400) + "\n\n1.2. Ë é ï € apply.\n"
	for _, tt := range []struct{ lang, stamp string }{{"nl", "CONCEPT"}, {"en", "DRAFT"}, {"de", "ENTWURF"}, {"fr", "PROJET"}} {
		doc := synthetic(t, frontMatter(tt.lang, "draft")+body)
		res := render(t, doc)
		if res.pages < 2 {
			t.Fatalf("%s: %d page; the test needs several", tt.lang, res.pages)
		}
		path := writeTemp(t, res.pdf)
		for p := 1; p <= res.pages; p++ {
			// pdftotext reads diagonal text a letter per line
			text := strings.Join(strings.Fields(run(t, "pdftotext", "-raw", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), path, "-")), "")
			if !strings.Contains(text, tt.stamp) {
				t.Errorf("%s draft: page %d has no %s stamp", tt.lang, p, tt.stamp)
			}
		}
		all := run(t, "pdftotext", path, "-")
		for _, s := range []string{"“within”", "–", "Ë é ï €"} {
			if !strings.Contains(all, s) {
				t.Errorf("%s: %q did not survive", tt.lang, s)
			}
		}
		fonts := run(t, "pdffonts", path)
		if !strings.Contains(fonts, "Caladea-Bold") {
			t.Errorf("%s: the stamp's bold face is not embedded:\n%s", tt.lang, fonts)
		}
	}
	published := run(t, "pdftotext", writeTemp(t, render(t, synthetic(t, frontMatter("nl", "published")+body)).pdf), "-")
	if strings.Contains(published, "CONCEPT") {
		t.Error("a published version carries the draft stamp")
	}
}

// TestPageFooter checks "pagina X van Y", "page X of Y", "Seite X von Y" and
// "page X sur Y" on every page.
func TestPageFooter(t *testing.T) {
	body := "# 1. Scope\n\n" + strings.Repeat("1.1. Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n", 1) +
		strings.Repeat("Lorem ipsum dolor sit amet. ", 700) + "\n"
	for _, tt := range []struct{ lang, format string }{{"nl", "pagina %d van %d"}, {"en", "page %d of %d"}, {"de", "Seite %d von %d"}, {"fr", "page %d sur %d"}} {
		res := render(t, synthetic(t, frontMatter(tt.lang, "published")+body))
		path := writeTemp(t, res.pdf)
		for p := 1; p <= res.pages; p++ {
			text := run(t, "pdftotext", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), path, "-")
			if want := fmt.Sprintf(tt.format, p, res.pages); !strings.Contains(text, want) {
				t.Errorf("%s: page %d lacks %q", tt.lang, p, want)
			}
			if header := "Test B.V. · Test Terms"; p > 1 && !strings.Contains(text, header) {
				t.Errorf("%s: page %d lacks the running header %q", tt.lang, p, header)
			}
		}
	}
}

// TestHeadingsNeverStranded moves a heading down the page one paragraph at
// a time: it never ends a page, and the outline entry and the links to it
// always land on the page where it is printed.
func TestHeadingsNeverStranded(t *testing.T) {
	r := renderer(t)
	for n := 1; n <= 26; n++ {
		var b strings.Builder
		b.WriteString(frontMatter("en", "published") + "# 1. First\n\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "1.%d. %s\n\n", i, strings.Repeat("The Customer pays the fees set out in the order. ", 3+i%4))
		}
		b.WriteString("# 2. Second heading\n\n2.1. See 1.1 and 3.1. " + strings.Repeat("The Supplier may change the Services. ", 6) + "\n\n## 3. Third\n\n")
		b.WriteString("3.1. " + strings.Repeat("The Supplier delivers the Services as agreed. ", 8) + "\n")
		doc := synthetic(t, b.String())
		l := &layout{st: r.st, m: r.measurer(), targets: newTargets([]*model.Document{doc})}
		l.document(doc, 0)
		p := &pager{st: r.st}
		p.place(l.blocks)
		for pi, pg := range p.pages {
			for i, o := range pg.ops {
				if o.kind != opMark {
					continue
				}
				lines := map[float64]bool{}
				for _, after := range pg.ops[i+1:] {
					if after.kind == opText {
						lines[after.y] = true
					}
				}
				if len(lines) < 3 {
					t.Errorf("%d paragraphs: heading %q ends page %d with %d lines below it", n, o.mark.title, pi+1, len(lines)-1)
				}
			}
		}
	}
}

// TestTemplatesOverride restyles the PDF from a folder: a style file on
// disk replaces the built-in one; a broken one is reported.
func TestTemplatesOverride(t *testing.T) {
	base, err := templates.FS("")
	if err != nil {
		t.Fatal(err)
	}
	orig, err := fsReadFile(base, StylePath)
	if err != nil {
		t.Fatal(err)
	}
	big := regexp.MustCompile(`"body": [0-9.]+`).ReplaceAll(orig, []byte(`"body": 14`))
	fsys := overlayFS{base: base, files: fstest.MapFS{StylePath: {Data: big}}}
	r, err := New(fsys)
	if err != nil {
		t.Fatal(err)
	}
	doc := seedDoc(t, "outsmart/verwerkersovereenkomst")
	bigRes, err := r.render([]*model.Document{doc}, false)
	if err != nil {
		t.Fatal(err)
	}
	if normal := render(t, doc); bigRes.pages <= normal.pages {
		t.Errorf("14 pt body text gives %d pages, 10 pt gives %d", bigRes.pages, normal.pages)
	}
	for _, bad := range []struct{ change, want string }{
		{`"text": "#zzzzzz"`, "colors.text"},
		{`"nonsense": 1, "page"`, `unknown key "nonsense"`},
		{`"regular": "fonts/missing.ttf"`, "missing.ttf"},
		{`"regular": "pdf/style.json"`, "not a TrueType font"},
	} {
		data := regexp.MustCompile(`"text": "#[0-9a-f]+"|"page"|"regular": "[^"]+"`).ReplaceAllStringFunc(string(orig), func(s string) string {
			if strings.SplitN(s, ":", 2)[0] == strings.SplitN(bad.change, ":", 2)[0] || strings.HasPrefix(bad.change, `"nonsense"`) && s == `"page"` {
				return bad.change
			}
			return s
		})
		_, err := New(overlayFS{base: base, files: fstest.MapFS{StylePath: {Data: []byte(data)}}})
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("style with %s: error %v, want one naming %q", bad.change, err, bad.want)
		}
	}
}
