package parse

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"go.abhg.dev/goldmark/frontmatter"
	"gopkg.in/yaml.v3"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// markdown is the goldmark configuration for legal documents: tables,
// definition lists and bare web and e-mail addresses as links. No
// typographer: quotes and dashes stay exactly as the lawyers wrote them.
var markdown = goldmark.New(goldmark.WithExtensions(
	&frontmatter.Extender{Formats: []frontmatter.Format{frontmatter.YAML}},
	extension.Table,
	extension.DefinitionList,
	extension.Linkify,
), goldmark.WithParserOptions(parser.WithBlockParsers(fenceBlockParser)))

// Parse reads one Markdown source into a document. The document is nil when
// the source cannot be read as a document at all (not text, no front
// matter); otherwise it is returned with whatever diagnostics the source
// earned.
func Parse(path string, src []byte) (*model.Document, diag.List) {
	src, ds := clean(path, src)
	if ds != nil {
		return nil, ds
	}
	src, ds = frontMatter(path, src)
	if ds != nil {
		return nil, ds
	}
	ctx := parser.NewContext()
	root := markdown.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))

	doc := &model.Document{Path: path}
	fm := frontmatter.Get(ctx)
	var node yaml.Node
	if fm == nil {
		ds.Add(path, 1, 1, diag.Error, "front-matter-missing", "no front matter found")
		return nil, ds
	}
	if err := fm.Decode(&node); err != nil {
		ds = append(ds, yamlError(path, err))
		return nil, ds
	}
	meta, pos, mds := decodeMeta(path, &node)
	addValuePositions(&node, pos)
	ds = append(ds, mds...)
	doc.Meta, doc.MetaPos = meta, pos

	conv := &converter{path: path, src: src, idx: newLineIndex(src), ds: &ds}
	conv.lint(root)
	(&builder{conv: conv, doc: doc}).build(conv.topLevel(root))
	sectionAnchors(doc)
	(&definer{doc: doc, conv: conv}).run()
	doc.Reindex()
	return doc, ds
}
