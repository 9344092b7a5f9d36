package parse

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// ForeignField is one top-level setting of a front matter that another tool
// wrote (Jekyll, Hugo, ...), as legalkit import reads it.
type ForeignField struct {
	Key    string
	Pos    model.Pos // where the key is written in the file
	Value  string    // the value, when it is a single value
	List   []string  // the values, when it is a list of single values
	IsList bool
	Nested bool // the value is a mapping or a list of mappings: neither Value nor List
}

// ForeignFrontMatter reads the YAML between the "---" lines of a front
// matter that another tool wrote; its first line is line firstLine of the
// file at path. It returns the top-level settings in the order written, or
// a front-matter-invalid diagnostic when the YAML is broken or is not a
// list of "key: value" settings.
func ForeignFrontMatter(path string, src []byte, firstLine int) ([]ForeignField, diag.List) {
	var ds diag.List
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := firstLine
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line, msg = firstLine+n-1, msg[len(m[0]):]
		}
		ds.Add(path, line, 1, diag.Error, "front-matter-invalid", "broken YAML in the front matter: %s", msg)
		return nil, ds
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind == 0 {
		return nil, nil
	}
	if doc.Kind != yaml.MappingNode {
		ds.Add(path, doc.Line+firstLine-1, doc.Column, diag.Error, "front-matter-invalid", "the front matter is not a list of \"key: value\" settings")
		return nil, ds
	}
	var out []ForeignField
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		f := ForeignField{Key: k.Value, Pos: model.Pos{Line: k.Line + firstLine - 1, Col: k.Column}}
		switch v.Kind {
		case yaml.ScalarNode:
			f.Value = v.Value
		case yaml.SequenceNode:
			f.IsList = true
			for _, e := range v.Content {
				if e.Kind != yaml.ScalarNode {
					f.Nested, f.List = true, nil
					break
				}
				f.List = append(f.List, e.Value)
			}
		default:
			f.Nested = true
		}
		out = append(out, f)
	}
	return out, nil
}
