package resolve

import "github.com/legalkit/legalkit/tool/internal/model"

// VersionFor returns the version of document id that goes with doc, by the
// rule Link uses to pair an annex with its main document: the same version
// label, else the newest published no later than doc, else the newest. It
// returns nil when docs hold no version of id.
func VersionFor(docs []*model.Document, id string, doc *model.Document) *model.Document {
	c := &corpus{byID: map[string][]*model.Document{}}
	for _, d := range docs {
		if d.Meta.ID == id {
			c.byID[id] = append(c.byID[id], d)
		}
	}
	return c.version(id, doc)
}
