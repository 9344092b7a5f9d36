package resolve

import "github.com/legalkit/legalkit/tool/internal/model"

// chain follows annex-of from doc: doc, the version of its main document
// that goes with it, that one's main document, and so on. It stops at a
// document that is no annex (or whose main document is not loaded), or
// before a document it has already visited; loop is that document, nil
// when there is none. Annex-of cycles are reported by legalkit check
// (annex-cycle); here they only must not loop.
func (c *corpus) chain(doc *model.Document) (out []*model.Document, loop *model.Document) {
	seen := map[*model.Document]bool{}
	for d := doc; d != nil; {
		if seen[d] {
			return out, d
		}
		seen[d] = true
		out = append(out, d)
		if d.Meta.AnnexOf == "" {
			break
		}
		d = c.version(d.Meta.AnnexOf, d)
	}
	return out, nil
}

// mainOf returns the version of the main document doc inherits the
// definitions of: nil when doc is no annex, its main document is not
// loaded, or annex-of leads from doc back to doc.
func (c *corpus) mainOf(doc *model.Document) *model.Document {
	out, loop := c.chain(doc)
	if len(out) < 2 || loop == doc {
		return nil
	}
	return out[1]
}

// root returns the document a family is linked under: the end of doc's
// annex-of chain, or, when the chain runs into a cycle, the member of the
// cycle first by path. An annex and the document it inherits from always
// share a root, so that one goroutine links both.
func (c *corpus) root(doc *model.Document) *model.Document {
	out, loop := c.chain(doc)
	if loop == nil {
		return out[len(out)-1]
	}
	best := loop
	for i := len(out) - 1; out[i] != loop; i-- {
		if out[i].Path < best.Path {
			best = out[i]
		}
	}
	return best
}
