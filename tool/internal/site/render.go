package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/html"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/modeljson"
	"github.com/legalkit/legalkit/tool/internal/parallel"
)

// rendered is the output of one version.
type rendered struct {
	files []fileOut
	stats html.Stats
	err   error
}

type fileOut struct {
	path string
	data []byte
}

// versions renders every version's page, JSON and PDF, in parallel; the
// results are added in a fixed order, so the output never depends on the
// number of cores.
func (b *Builder) versions() error {
	var all []*Version
	for _, d := range b.docs {
		all = append(all, d.Versions...)
	}
	out := make([]rendered, len(all))
	parallel.Do(len(all), func(i int) { out[i] = b.version(all[i]) })
	for i, r := range out {
		if r.err != nil {
			return fmt.Errorf("%s: %w", all[i].Model.Key(), r.err)
		}
		for _, f := range r.files {
			if err := b.File(f.path, f.data); err != nil {
				return err
			}
		}
		s := &b.stats.Links
		s.TermLinks += r.stats.TermLinks
		s.ClauseLinks += r.stats.ClauseLinks
		s.DocLinks += r.stats.DocLinks
		s.LawLinks += r.stats.LawLinks
		s.Unlinked += r.stats.Unlinked
		st := r.stats
		b.progress("  %s: %s, %s, %s, %s", all[i].Model.Key(), count(st.TermLinks, "term link"),
			count(st.ClauseLinks, "clause reference"), count(st.DocLinks, "document link"), count(st.LawLinks, "statute link"))
	}
	return nil
}

func (b *Builder) version(v *Version) rendered {
	var r rendered
	m := v.Model
	l := m.Meta.Language
	res := html.Render(m, linker{b: b, from: v.Page, doc: m}, b.words(l))
	r.stats = res.Stats
	pages := []string{v.Page}
	if v == v.Doc.Current {
		pages = append(pages, v.Doc.Dir+"/index.html")
	}
	for _, p := range pages {
		out, err := b.versionPage(v, p, res)
		if err != nil {
			r.err = err
			return r
		}
		r.files = append(r.files, fileOut{p, out})
	}
	js, err := versionJSON(m)
	if err != nil {
		r.err = err
		return r
	}
	r.files = append(r.files, fileOut{v.JSON, js})
	if v.PDF != "" {
		pdf, err := b.opts.PDF(m, b.all)
		if err != nil {
			r.err = fmt.Errorf("PDF: %w", err)
			return r
		}
		r.files = append(r.files, fileOut{v.PDF, pdf})
	}
	return r
}

// versionPage renders the page of v at site path p: its permalink page, or
// the document's own address when v is in force.
func (b *Builder) versionPage(v *Version, p string, res html.Result) ([]byte, error) {
	m := v.Model.Meta
	current := p != v.Page
	title := m.Title + " – " + m.Publisher
	if !current {
		t, err := b.tmpl.fillText(m.Language, "feed.entry", "title", m.Title, "version", m.Version)
		if err != nil {
			return nil, err
		}
		title = t + " – " + m.Publisher
	}
	dv, err := b.docView(v.Doc, p)
	if err != nil {
		return nil, err
	}
	vv, err := b.versionView(v, p)
	if err != nil {
		return nil, err
	}
	ban, err := b.banner(v, p)
	if err != nil {
		return nil, err
	}
	pg := b.page(p, m.Language, title)
	crumb := m.Title
	if !current {
		crumb, _ = b.tmpl.word(m.Language, "version")
		crumb += " " + m.Version
	}
	pg.Crumbs = b.docCrumbs(v.Doc, p, crumb)
	pg.Alternates = b.docAlternates(v.Doc, p)
	pg.Preview = b.preview(m.Language, v.Doc)
	data := VersionData{DocPage: DocPage{Lang: m.Language, Doc: dv, V: vv}, Banner: ban, Current: current,
		ReadWith: b.readWith(v, p), TOC: safeHTML(res.TOC), Body: safeHTML(res.Body), Index: safeHTML(res.Index)}
	if b.base != "" {
		data.PermalinkURL = absURL(b.base, v.Page)
	}
	pg.Data = data
	return b.tmpl.execute("version", pg)
}

// versionJSON is the model of a version as `legalkit inspect` prints it, in
// compact form, with the source path relative to the working folder so that
// it does not depend on where the build ran.
func versionJSON(m *model.Document) ([]byte, error) {
	j := modeljson.From(m)
	j.File = sourcePath(m.Path)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func sourcePath(p string) string {
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
				p = r
			}
		}
	}
	return filepath.ToSlash(p)
}

// count writes "1 term link", "3 term links".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
