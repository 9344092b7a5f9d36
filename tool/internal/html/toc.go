package html

import (
	"strconv"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// toc writes the table of contents: every section and every clause with a
// title, nested as in the document. Clauses written as paragraphs are left
// out; their titled sub-clauses are not.
func (r *renderer) toc() {
	r.tocList(r.doc.Clauses, 1)
}

func (r *renderer) tocList(cs []*model.Clause, depth int) {
	entries := tocEntries(cs)
	if len(entries) == 0 {
		return
	}
	r.w(`<ol class="toc-` + strconv.Itoa(min(depth, 6)) + `">` + "\n")
	for _, c := range entries {
		r.w(`<li><a href="`)
		r.esc(Fragment(c.Anchor))
		r.w(`">`)
		if c.Number != "" {
			r.w(`<span class="num">`)
			r.esc(clauseNumber(c))
			r.w("</span> ")
		}
		r.esc(c.Title)
		r.w("</a>")
		if len(tocEntries(c.Children)) > 0 {
			r.w("\n")
			r.tocList(c.Children, depth+1)
		}
		r.w("</li>\n")
	}
	r.w("</ol>\n")
}

// tocEntries returns the clauses that get an entry: those with a title (or
// unnumbered sections), with untitled clauses replaced by their entries.
func tocEntries(cs []*model.Clause) []*model.Clause {
	var out []*model.Clause
	for _, c := range cs {
		if c.Title != "" || c.Number == "" {
			out = append(out, c)
			continue
		}
		out = append(out, tocEntries(c.Children)...)
	}
	return out
}
