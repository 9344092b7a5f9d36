package check

import (
	"slices"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// annexEdge is one "is an annex of" statement of the front matter: X's
// annex-of: Y, or Y's annexes: [X], both saying that X is an annex of Y.
type annexEdge struct {
	annex, main string
	doc         *model.Document
	key         string // "annex-of" or "annexes"
	i           int    // list element of annexes; -1 for annex-of
}

// annexCycles reports every annex-of or annexes value that makes a document
// an annex of itself, directly or through other documents.
func annexCycles(docs []*model.Document) diag.List {
	var edges []annexEdge
	for _, d := range docs {
		if d.Meta.AnnexOf != "" {
			edges = append(edges, annexEdge{d.Meta.ID, d.Meta.AnnexOf, d, "annex-of", -1})
		}
		for i, a := range d.Meta.Annexes {
			edges = append(edges, annexEdge{a, d.Meta.ID, d, "annexes", i})
		}
	}
	mains := map[string][]string{} // annex id -> ids it is an annex of, sorted
	for _, e := range edges {
		if !slices.Contains(mains[e.annex], e.main) {
			mains[e.annex] = append(mains[e.annex], e.main)
		}
	}
	for _, ms := range mains {
		slices.Sort(ms)
	}
	var ds diag.List
	for _, e := range edges {
		path := annexPath(mains, e.main, e.annex)
		if path == nil {
			continue
		}
		p := e.doc.ValuePos(e.key, e.i)
		if e.annex == e.main {
			ds.Add(e.doc.Path, p.Line, p.Col, diag.Error, "annex-cycle",
				"%s names %s itself: a document cannot be its own annex", e.key, e.annex)
			continue
		}
		ds.Add(e.doc.Path, p.Line, p.Col, diag.Error, "annex-cycle",
			"%s makes a cycle: %s; an annex cannot also be the document it belongs to", e.key, describeCycle(append([]string{e.annex}, path...)))
	}
	return ds
}

// annexPath returns the shortest chain of ids from "from" to "to" along "is
// an annex of" (from and to included), or nil when there is none.
func annexPath(mains map[string][]string, from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if id == to {
			var path []string
			for at := to; at != ""; at = prev[at] {
				path = append([]string{at}, path...)
			}
			return path
		}
		for _, m := range mains[id] {
			if _, seen := prev[m]; !seen {
				prev[m] = id
				queue = append(queue, m)
			}
		}
	}
	return nil
}

// describeCycle reads a chain such as [a b a]: "a is an annex of b, which
// is an annex of a".
func describeCycle(chain []string) string {
	return chain[0] + " is an annex of " + strings.Join(chain[1:], ", which is an annex of ")
}
