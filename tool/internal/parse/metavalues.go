package parse

import (
	"go.yaml.in/yaml/v3"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// addValuePositions records where each front matter value is written (and
// each element of a list value), beside the positions of the keys, so that
// checks can point at the value they object to: the "index" of
// version: "index", the id in annex-of.
func addValuePositions(root *yaml.Node, pos map[string]model.Pos) {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode || pos == nil {
		return
	}
	at := func(n *yaml.Node) model.Pos { return model.Pos{Line: n.Line + 1, Col: n.Column} } // YAML line 1 is file line 2
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if _, seen := pos[model.MetaValueKey(k.Value, -1)]; seen {
			continue // a key set twice: the first counts, as for the key
		}
		pos[model.MetaValueKey(k.Value, -1)] = at(v)
		if v.Kind == yaml.SequenceNode {
			for j, e := range v.Content {
				pos[model.MetaValueKey(k.Value, j)] = at(e)
			}
		}
	}
}
