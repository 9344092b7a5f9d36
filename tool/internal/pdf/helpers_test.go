package pdf

import (
	"bytes"
	"encoding/xml"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	pmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// seeds are the seed documents of terms/.
var seeds = []string{"visma/servicevoorwaarden", "outsmart/algemene-leveringsvoorwaarden", "outsmart/verwerkersovereenkomst"}

var (
	seedOnce   sync.Once
	seedCorpus *corpus.Corpus
	seedErr    error
)

// seedDoc returns a seed document, loaded with the rest of terms/.
func seedDoc(t testing.TB, ref string) *model.Document {
	t.Helper()
	seedOnce.Do(func() { seedCorpus, seedErr = corpus.Load([]string{filepath.Join(testutil.Root(t), "terms")}) })
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	d, err := seedCorpus.Find(ref)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func renderer(t testing.TB) *Renderer {
	t.Helper()
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// render renders docs (a bundle when there are several) and checks the PDF
// with pdfcpu in strict mode once more, independently of the renderer.
func render(t testing.TB, docs ...*model.Document) *result {
	t.Helper()
	res, err := renderer(t).render(docs, len(docs) > 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(res.pdf); err != nil {
		t.Fatalf("strict validation: %v", err)
	}
	return res
}

// writeTemp writes a PDF for the external tools.
func writeTemp(t testing.TB, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(testutil.RequireTool(t, name), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// pdfContext reads a PDF with pdfcpu.
func pdfContext(t testing.TB, b []byte) *pmodel.Context {
	t.Helper()
	conf := pdfcpuConfig()
	conf.ValidationMode = pmodel.ValidationRelaxed
	ctx, err := api.ReadContext(bytes.NewReader(b), conf)
	if err != nil {
		t.Fatal(err)
	}
	if err := api.ValidateContext(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// annot is a link annotation read back from a PDF; coordinates are points
// from the bottom left, as in the file.
type annot struct {
	page     int
	rect     [4]float64
	destPage int     // internal links
	destY    float64 // top of the view the link opens
	uri      string  // web links
}

func annotations(t testing.TB, ctx *pmodel.Context) []annot {
	t.Helper()
	var out []annot
	for p := 1; p <= ctx.PageCount; p++ {
		d, _, _, err := ctx.PageDict(p, false)
		if err != nil {
			t.Fatal(err)
		}
		arr, err := ctx.DereferenceArray(d["Annots"])
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range arr {
			if _, ok := o.(types.IndirectRef); !ok {
				t.Fatalf("page %d: annotation %v is not an indirect object", p, o)
			}
			ad, err := ctx.DereferenceDict(o)
			if err != nil {
				t.Fatal(err)
			}
			a := annot{page: p}
			rect, _ := ctx.DereferenceArray(ad["Rect"])
			for i := 0; i < 4 && i < len(rect); i++ {
				a.rect[i] = number(rect[i])
			}
			if dest, _ := ctx.DereferenceArray(ad["Dest"]); len(dest) == 5 {
				ir := dest[0].(types.IndirectRef)
				a.destPage, err = ctx.PageNumber(ir.ObjectNumber.Value())
				if err != nil {
					t.Fatal(err)
				}
				a.destY = number(dest[3])
			}
			if act, _ := ctx.DereferenceDict(ad["A"]); act != nil {
				s, err := ctx.DereferenceStringOrHexLiteral(act["URI"], pmodel.V10, nil)
				if err != nil {
					t.Fatal(err)
				}
				a.uri = s
			}
			out = append(out, a)
		}
	}
	return out
}

func number(o types.Object) float64 {
	switch v := o.(type) {
	case types.Float:
		return float64(v)
	case types.Integer:
		return float64(v)
	}
	return 0
}

// entry is an outline entry read back from a PDF.
type entry struct {
	title string
	level int
	page  int
	y     float64
	count int
}

func outlineOf(t testing.TB, ctx *pmodel.Context) []entry {
	t.Helper()
	root, err := ctx.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	ol, err := ctx.DereferenceDict(root["Outlines"])
	if err != nil || ol == nil {
		return nil
	}
	var out []entry
	var walk func(o types.Object, level int)
	walk = func(o types.Object, level int) {
		for o != nil {
			d, err := ctx.DereferenceDict(o)
			if err != nil {
				t.Fatal(err)
			}
			title, err := ctx.DereferenceStringOrHexLiteral(d["Title"], pmodel.V10, nil)
			if err != nil {
				t.Fatal(err)
			}
			e := entry{title: title, level: level}
			if c := d.IntEntry("Count"); c != nil {
				e.count = *c
			}
			if dest, _ := ctx.DereferenceArray(d["Dest"]); len(dest) == 5 {
				ir := dest[0].(types.IndirectRef)
				e.page, _ = ctx.PageNumber(ir.ObjectNumber.Value())
				e.y = number(dest[3])
			}
			out = append(out, e)
			if first, ok := d["First"]; ok {
				walk(first, level+1)
			}
			next, ok := d["Next"]
			if !ok {
				return
			}
			o = next
		}
	}
	walk(ol["First"], 0)
	return out
}

// word is a word on a page as pdftotext -bbox sees it; points from the top left.
type word struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

func words(t testing.TB, path string) []word {
	t.Helper()
	out := run(t, "pdftotext", "-bbox", path, "-")
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	var ws []word
	page := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			page++
		case "word":
			w := word{page: page}
			for _, a := range se.Attr {
				v, _ := strconv.ParseFloat(a.Value, 64)
				switch a.Name.Local {
				case "xMin":
					w.xMin = v
				case "yMin":
					w.yMin = v
				case "xMax":
					w.xMax = v
				case "yMax":
					w.yMax = v
				}
			}
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				t.Fatal(err)
			}
			w.text = s
			ws = append(ws, w)
		}
	}
	return ws
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+`)

// markdownWords returns the words of a Markdown source as readers see them:
// the publisher and title of the front matter, then the body without
// Markdown syntax, link destinations and <br>.
func markdownWords(t testing.TB, doc *model.Document) []string {
	t.Helper()
	src, err := os.ReadFile(doc.Path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	if strings.HasPrefix(s, "---\n") {
		if i := strings.Index(s[4:], "\n---\n"); i >= 0 {
			s = s[4+i+5:]
		}
	}
	s = regexp.MustCompile(`\]\([^)]*\)`).ReplaceAllString(s, "]")
	s = strings.ReplaceAll(s, "<br>", " ")
	return append(wordRe.FindAllString(doc.Meta.Publisher+" "+doc.Meta.Title, -1), wordRe.FindAllString(s, -1)...)
}

// overlayFS serves files before base.
type overlayFS struct {
	base  fs.FS
	files fstest.MapFS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.base.Open(name)
}

func fsReadFile(fsys fs.FS, name string) ([]byte, error) { return fs.ReadFile(fsys, name) }
