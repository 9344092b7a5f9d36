package pdf

import (
	"errors"
	"fmt"
	"io/fs"
	"sync"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Renderer writes PDFs with one set of templates (style and fonts). It is
// safe for concurrent use.
type Renderer struct {
	st       *style
	fonts    *fontSet
	measures sync.Pool // *measurer, with the widths it has looked up

	linksBase string // see SetLinksBase
}

// measurer returns a measurer for one render; put it back with done.
func (r *Renderer) measurer() *measurer {
	if m, ok := r.measures.Get().(*measurer); ok {
		return m
	}
	return newMeasurer(r.fonts)
}

func (r *Renderer) done(m *measurer) { r.measures.Put(m) }

// New reads the page style and fonts from fsys, laid out like templates/
// (pdf/style.json, fonts/*.ttf); templates.FS gives the embedded ones,
// overlaid by a folder on disk.
func New(fsys fs.FS) (*Renderer, error) {
	st, err := loadStyle(fsys)
	if err != nil {
		return nil, err
	}
	fonts, err := loadFonts(fsys, st)
	if err != nil {
		return nil, err
	}
	return &Renderer{st: st, fonts: fonts}, nil
}

var (
	defaultOnce     sync.Once
	defaultRenderer *Renderer
	defaultErr      error
)

// Default returns the renderer with the templates built into legalkit.
func Default() (*Renderer, error) {
	defaultOnce.Do(func() {
		fsys, err := templates.FS("")
		if err != nil {
			defaultErr = err
			return
		}
		defaultRenderer, defaultErr = New(fsys)
	})
	return defaultRenderer, defaultErr
}

// Document returns the PDF of one document version. Links go to places in
// the document itself; references to other documents and terms defined in
// a main document stay plain text (a bundle links them).
func (r *Renderer) Document(doc *model.Document) ([]byte, error) {
	res, err := r.render([]*model.Document{doc}, false)
	if err != nil {
		return nil, err
	}
	return res.pdf, nil
}

// Bundle returns one PDF of a main document followed by its annexes, with
// one outline (an entry per document, its sections below it) and internal
// links across the documents.
func (r *Renderer) Bundle(docs []*model.Document) ([]byte, error) {
	if len(docs) == 0 {
		return nil, errors.New("pdf: a bundle needs at least one document")
	}
	res, err := r.render(docs, true)
	if err != nil {
		return nil, err
	}
	return res.pdf, nil
}

// result is a rendered PDF with what tests check about it.
type result struct {
	pdf        []byte
	pages      int
	uses, refs int // term uses and references made into links
	urls       int // web links from Markdown links
	marks      []*mark
}

func (r *Renderer) render(docs []*model.Document, bundle bool) (*result, error) {
	for _, d := range docs {
		if d == nil {
			return nil, errors.New("pdf: no document")
		}
	}
	m := r.measurer()
	defer r.done(m)
	l := &layout{st: r.st, m: m, targets: newTargets(docs), bundle: bundle, docs: docs, linksBase: r.linksBase}
	for i, d := range docs {
		l.document(d, i)
	}
	p := &pager{st: r.st}
	p.place(l.blocks)
	// Only counts of the layout are kept: the layout and the pages are
	// garbage once painted, not held while validation holds the parsed file.
	res := &result{pages: len(p.pages), uses: l.uses, refs: l.refs, urls: l.urls}
	out, marks, err := r.finish(p.pages, docs, metadataOf(docs), docs[0].Key())
	if err != nil {
		return nil, err
	}
	res.pdf, res.marks = out, marks
	return res, nil
}

// finish paints the laid-out pages, makes the file pass strict validation
// and checks that it does: every PDF legalkit returns goes through here.
func (r *Renderer) finish(pages []*page, docs []*model.Document, meta metadata, what string) ([]byte, []*mark, error) {
	raw, marks, err := r.paint(pages, docs, meta)
	if err != nil {
		return nil, nil, err
	}
	out, err := fixup(raw, marks, meta.date.Known(), r.fonts.family)
	if err != nil {
		return nil, nil, err
	}
	if err := Validate(out); err != nil {
		return nil, nil, fmt.Errorf("pdf: %s: the PDF does not pass validation: %w", what, err)
	}
	return out, marks, nil
}
