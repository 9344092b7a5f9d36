package site

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/html"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// File names the site uses inside a document's folder and at its root.
const (
	archiveFile = "versions.html"
	feedFile    = "atom.xml"
	sitemapFile = "sitemap.xml"
	// MarkerFile marks a folder written by legalkit build: only such a
	// folder (or an empty one) is ever replaced.
	MarkerFile = ".legalkit-site"
)

// The Content-Security-Policy of every page: nothing from elsewhere, no
// script, no inline style. The preview allows its own reload script.
const (
	cspBuild   = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
	cspPreview = cspBuild + "; script-src 'self'; connect-src 'self'"
)

// Options say what to build.
type Options struct {
	Settings   Settings
	BaseURL    string     // overrides Settings.BaseURL; feeds and the sitemap need one
	Templates  fs.FS      // templates.FS(dir): html/ and css/
	Static     fs.FS      // files copied to the site root (site/static); may be nil
	Today      model.Date // decides which version is in force
	Drafts     bool       // publish drafts, and versions published after Today, too (marked)
	Preview    *Preview   // set by the live preview: show diagnostics, allow the reload script
	Progress   io.Writer  // where to report progress; nil is quiet
	Extensions []Extension
	// PDF renders a version as PDF; nil builds no PDFs. docs is every
	// document of the build, for references across documents.
	PDF func(doc *model.Document, docs []*model.Document) ([]byte, error)
}

// Preview is what the live preview adds to every page.
type Preview struct {
	Diagnostics diag.List
	Build       int // the build's number; pages reload when a newer one is served
	// Lang is the language of the findings shown (serve --lang); when
	// empty, that of the page they are shown on.
	Lang string
}

// Site is a built site, held in memory.
type Site struct {
	files map[string][]byte
	Stats Stats
}

// Stats count what a build produced.
type Stats struct {
	Documents, Versions, Files int
	Bytes                      int64
	Links                      html.Stats // summed over the version pages
}

// Files returns the site paths of all files, sorted.
func (s *Site) Files() []string {
	out := make([]string, 0, len(s.files))
	for p := range s.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// File returns the content of the file at a site path.
func (s *Site) File(p string) ([]byte, bool) {
	b, ok := s.files[p]
	return b, ok
}

// Builder assembles a site. Extensions get it to add their pages.
type Builder struct {
	opts  Options
	base  string // absolute base URL ending in "/", or ""
	tmpl  *pageTemplates
	docs  []*Doc
	all   []*model.Document
	files map[string][]byte

	docByID   map[string]*Doc
	byModel   map[*model.Document]*Version
	defOwner  map[*model.Definition]*model.Document
	inheritor map[inheritKey]*model.Document
	summaries map[*Version]string
	hist      history.Set // the versions of every document, for pairing annexes and main documents
	relMu     sync.Mutex
	relCache  map[relatedKey]*model.Document
	stats     Stats
}

type inheritKey struct {
	def *model.Definition
	doc string
}

// Build renders the site of docs in memory. docs must be linked for the
// build date (corpus.LoadOn or resolve.LinkOn with o.Today), so that each
// annex is read with the main-document version it goes with on that date;
// Build reports an annex linked otherwise.
func Build(docs []*model.Document, opts Options) (*Site, error) {
	b := &Builder{opts: opts, all: docs, files: map[string][]byte{}}
	if err := b.setup(); err != nil {
		return nil, err
	}
	b.progress("building the site of %d documents, %d versions", len(b.docs), b.stats.Versions)
	exts := append([]Extension{archive}, opts.Extensions...)
	for _, ext := range exts {
		if ext.Start != nil {
			if err := ext.Start(b); err != nil {
				return nil, err
			}
		}
		for _, d := range b.docs {
			if ext.Nav != nil {
				d.Nav = append(d.Nav, ext.Nav(d)...)
			}
			if ext.VersionNav != nil {
				for _, v := range d.Versions {
					v.Nav = append(v.Nav, ext.VersionNav(v)...)
				}
			}
		}
	}
	if err := b.versions(); err != nil {
		return nil, err
	}
	for _, ext := range exts {
		if err := b.extend(ext); err != nil {
			return nil, err
		}
	}
	for _, step := range []func() error{b.home, b.feeds, b.sitemap, b.assets} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	s := &Site{files: b.files, Stats: b.stats}
	s.Stats.Files = len(b.files)
	for _, f := range b.files {
		s.Stats.Bytes += int64(len(f))
	}
	return s, nil
}

func (b *Builder) setup() error {
	o := b.opts
	if o.Templates == nil {
		return errors.New("site: no templates")
	}
	if o.Settings.Language == "" {
		o.Settings.Language = DefaultSettings().Language
	}
	if o.Settings.Title == "" {
		o.Settings.Title = DefaultSettings().Title
	}
	b.opts = o
	base := o.BaseURL
	if base == "" {
		base = o.Settings.BaseURL
	}
	if base != "" {
		u, err := NormalizeBaseURL(base)
		if err != nil {
			return err
		}
		b.base = u
	}
	t, err := loadTemplates(o.Templates)
	if err != nil {
		return err
	}
	b.tmpl = t
	langs := map[string]bool{o.Settings.Language: true}
	for _, d := range b.all {
		langs[d.Meta.Language] = true
	}
	var ls []string
	for l := range langs {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	if err := t.check(ls); err != nil {
		return err
	}
	for _, name := range []string{"version", "home", "archive"} {
		if _, err := t.page(name); err != nil {
			return err
		}
	}
	b.hist = history.NewSet(b.all)
	b.docs = group(b.hist, o.Today, o.Drafts || o.Preview != nil, o.PDF != nil)
	if err := b.checkPairing(); err != nil {
		return err
	}
	b.index()
	b.planFeeds()
	return nil
}

// index builds the lookups links need.
func (b *Builder) index() {
	b.docByID = map[string]*Doc{}
	b.byModel = map[*model.Document]*Version{}
	b.defOwner = map[*model.Definition]*model.Document{}
	b.inheritor = map[inheritKey]*model.Document{}
	b.summaries = map[*Version]string{}
	b.relCache = map[relatedKey]*model.Document{}
	for _, d := range b.docs {
		b.docByID[d.ID] = d
		for _, v := range d.Versions {
			b.byModel[v.Model] = v
			b.stats.Versions++
		}
	}
	b.stats.Documents = len(b.docs)
	for _, m := range b.all {
		for _, def := range m.Definitions {
			b.defOwner[def] = m
		}
		for _, def := range m.Inherited {
			b.inheritor[inheritKey{def, m.Meta.ID}] = m
		}
	}
}

func (b *Builder) progress(format string, args ...any) {
	if b.opts.Progress != nil {
		fmt.Fprintf(b.opts.Progress, format+"\n", args...)
	}
}

// File adds a file at a site path ("visma/servicevoorwaarden/changes.html").
// Two files at one path are an error: a version label that collides with a
// page name is reported, not silently overwritten.
func (b *Builder) File(p string, data []byte) error {
	if p == "" || path.Clean(p) != p || strings.HasPrefix(p, "../") || path.IsAbs(p) || p == MarkerFile {
		return fmt.Errorf("site: %q is not a file path inside the site", p)
	}
	if _, dup := b.files[p]; dup {
		return fmt.Errorf("site: two files would be written at %s; does a version label collide with a page name (index, versions)?", p)
	}
	b.files[p] = cleanFile(p, data)
	return nil
}
