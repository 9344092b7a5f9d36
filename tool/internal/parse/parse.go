package parse

import (
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// markdown is the goldmark configuration for legal documents: tables,
// definition lists and bare web and e-mail addresses as links. No
// typographer: quotes and dashes stay exactly as the lawyers wrote them.
// The front matter never reaches goldmark: frontMatter finds it and blanks
// its lines. Indented clause text in list entries is no code (indentcode.go).
// It is built on first use.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithParser(newParser()), goldmark.WithExtensions(
		extension.Table,
		extension.DefinitionList,
		extension.Linkify,
	), goldmark.WithParserOptions(parser.WithBlockParsers(fenceBlockParser)))
})

// Parse reads one Markdown source into a document. The document is nil when
// the source cannot be read as a document at all (not text, no front
// matter, broken YAML); otherwise it is returned with whatever diagnostics
// the source earned.
func Parse(path string, src []byte) (*model.Document, diag.List) {
	src, ds := clean(path, src)
	if ds != nil {
		return nil, ds
	}
	src, cols := normalise(src)
	doc, ds := parseNFC(path, src)
	if doc != nil {
		doc.Columns = cols
		for _, def := range doc.Definitions {
			def.Columns = cols
		}
	}
	return doc, sourceColumns(ds, cols)
}

// parseNFC parses a clean source in NFC; positions count its characters.
func parseNFC(path string, src []byte) (*model.Document, diag.List) {
	fb, ds := frontMatter(path, src)
	if fb == nil {
		return nil, ds
	}
	var node yaml.Node
	if err := yaml.Unmarshal(fb.yaml, &node); err != nil {
		return nil, append(ds, yamlError(path, err))
	}
	doc := &model.Document{Path: path}
	meta, pos, mds := decodeMeta(path, &node)
	addValuePositions(&node, pos)
	ds = append(ds, mds...)
	doc.Meta, doc.MetaPos = meta, pos

	root := markdown().Parser().Parse(text.NewReader(fb.body))
	conv := &converter{path: path, src: fb.body, idx: newLineIndex(fb.body), ds: &ds}
	conv.lint(root)
	(&builder{conv: conv, doc: doc}).build(conv.topLevel(root))
	sectionAnchors(doc)
	uniqueItemAnchors(doc, path, &ds)
	(&definer{doc: doc, conv: conv}).run()
	conv.assignIDs(doc)
	headingAliases(doc, root, conv)
	model.SettleAliases(doc)
	doc.Reindex()
	return doc, ds
}
