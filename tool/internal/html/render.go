package html

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Links says where the renderer's links point. The site implements it with
// relative paths between its pages; an empty href leaves the text unlinked.
type Links interface {
	// Definition returns the href of the place where def is defined.
	Definition(def *model.Definition) string
	// Reference returns the href of what ref points at: a clause, a
	// sub-item, a document or the official text of a statute.
	Reference(ref *model.Reference) string
	// Use returns the href of the clause where a term is used, and the text
	// to show for it: the clause number, or its title when it has none.
	Use(def *model.Definition, u *model.Use) (href, label string)
	// Title returns the title of the document with the given id.
	Title(id string) string
	// Link returns the href of a link the author wrote: l.URL, or for a
	// link to another document's source (l.Target) or a site-absolute path
	// the address on the site; "" leaves the link's text unlinked.
	Link(l *model.Link) string
}

// Words are the interface words the renderer writes, in the document
// language.
type Words struct {
	Permalink string // accessible name of a permalink: "Permalink"
	UsedIn    string // before the back-links of a definition: "Gebruikt in"
	UsedInDoc string // before back-links into another document: "Gebruikt in"
	NotUsed   string // "Niet gebruikt in deze versie."
	DefinedIn string // before the document an inherited definition comes from: "Gedefinieerd in"
	Statutory string // marks a term whose meaning comes from privacy law
	Preamble  string // label of text before the first clause: "Inleiding"
	Unlinked  string // title of a reference that points nowhere: "Verwijzing niet gevonden"
}

// Stats counts what the renderer linked, so tests and progress output can
// compare it with the model.
type Stats struct {
	TermLinks   int // uses of defined terms linked to their definition
	ClauseLinks int // references to clauses and sub-items that are linked
	DocLinks    int // references to documents that are linked
	LawLinks    int // references to statutes linked to the official text
	Unlinked    int // references that point nowhere (only in a preview)
}

// Result is a rendered document.
type Result struct {
	Body  string // the text: preamble and clauses
	TOC   string // table of contents; "" when the document has no headings
	Index string // defined terms with their definitions and back-links; "" when there are none
	Stats Stats
}

// Render renders a linked document.
func Render(doc *model.Document, links Links, words Words) Result {
	r := &renderer{doc: doc, links: links, words: words, ids: map[string]bool{}, tips: map[*model.Definition]string{}}
	r.indexed = r.indexedDefinitions()
	var res Result
	r.b.Grow(64 << 10)
	r.body()
	res.Body = r.take()
	r.toc()
	res.TOC = r.take()
	r.index()
	res.Index = r.take()
	res.Stats = r.stats
	return res
}

type renderer struct {
	doc     *model.Document
	links   Links
	words   Words
	b       strings.Builder
	ids     map[string]bool // ids written so far: a duplicate anchor is written once
	indexed map[*model.Definition]bool
	tips    map[*model.Definition]string // escaped tooltip of each definition
	stats   Stats
}

func (r *renderer) take() string {
	s := r.b.String()
	r.b.Reset()
	return s
}

func (r *renderer) w(s string) { r.b.WriteString(s) }

func (r *renderer) esc(s string) { writeEscaped(&r.b, s) }

// id writes ` id="anchor"` unless the anchor is empty or already used on
// the page, which only happens in sources that check reports as wrong.
func (r *renderer) id(anchor string) {
	if anchor == "" || r.ids[anchor] {
		return
	}
	r.ids[anchor] = true
	r.w(` id="`)
	r.esc(anchor)
	r.w(`"`)
}

// permalink writes the visible link of a clause or item to itself.
func (r *renderer) permalink(anchor, text string) {
	r.w(`<a class="num" href="`)
	r.esc(Fragment(anchor))
	r.w(`">`)
	r.esc(text)
	r.w(`</a>`)
}
