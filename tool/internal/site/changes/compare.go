package changes

import (
	"bytes"
	"path"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/parallel"
	"github.com/legalkit/legalkit/tool/internal/redline"
	"github.com/legalkit/legalkit/tool/internal/site"
)

// pair is two versions of a document compared: the old one first, in the
// order of the document's versions.
type pair struct {
	old, new *site.Version
	result   *diff.Result
	page     string // site path of the inline redline
	side     string // site path of the side-by-side redline
	inline   []byte // the redline fragments, without their heading
	sideBody []byte
}

// changed reports whether the versions differ at all; identical versions
// get no redline page.
func (p *pair) changed() bool { return p.result.Changed(false) }

// history is one document's versions compared.
type history struct {
	doc      *site.Doc
	previous map[*site.Version]*pair // the pair of a version and the one before it
	inForce  map[*site.Version]*pair // the pair of a version and the version in force
	pairs    []*pair                 // every pair, in the order their pages are written
}

// newHistory lists the pairs of d that need comparing: each version with
// the one before it, and each version with the version in force (unless
// that is the same pair).
func newHistory(d *site.Doc) *history {
	h := &history{doc: d, previous: map[*site.Version]*pair{}, inForce: map[*site.Version]*pair{}}
	vs := d.Versions
	for i := 1; i < len(vs); i++ {
		h.previous[vs[i]] = h.add(vs[i-1], vs[i])
	}
	f := index(vs, d.InForce)
	if f < 0 {
		return h
	}
	for i, v := range vs {
		switch {
		case i == f:
		case i == f-1:
			h.inForce[v] = h.previous[vs[f]]
		case i == f+1:
			h.inForce[v] = h.previous[v]
		case i < f:
			h.inForce[v] = h.add(v, vs[f])
		default:
			h.inForce[v] = h.add(vs[f], v)
		}
	}
	return h
}

func (h *history) add(old, new *site.Version) *pair {
	dir := path.Join(h.doc.Dir, "changes") + "/"
	name := baseName(old) + ".." + baseName(new)
	p := &pair{old: old, new: new, page: dir + name + ".html", side: dir + name + ".side.html"}
	h.pairs = append(h.pairs, p)
	return p
}

// baseName is the file name of a version's page without ".html": the
// version label, made safe for a path by the site.
func baseName(v *site.Version) string { return strings.TrimSuffix(path.Base(v.Page), ".html") }

func index(vs []*site.Version, v *site.Version) int {
	for i, x := range vs {
		if x == v {
			return i
		}
	}
	return -1
}

// compare diffs every pair and writes the redlines of those that differ,
// on all cores; each pair keeps its own result, so the order of the work
// does not show in the output.
func compare(pairs []*pair) {
	parallel.Do(len(pairs), func(i int) {
		p := pairs[i]
		p.result = diff.Compare(p.old.Model, p.new.Model)
		if p.changed() {
			p.inline = fragment(p.result, redline.Inline)
			p.sideBody = fragment(p.result, redline.SideBySide)
		}
	})
}

// fragment writes the redline of r for a page of the site. The page has
// its own heading, so the fragment has none.
func fragment(r *diff.Result, layout redline.Layout) []byte {
	var b bytes.Buffer
	// Writing to a bytes.Buffer does not fail.
	_ = redline.HTMLFragment(&b, r, redline.Options{Layout: layout, NoTitle: true})
	return b.Bytes()
}
