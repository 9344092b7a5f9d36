// Package check finds what is wrong with a set of linked documents: broken
// numbering, dangling references, definitions that are duplicated or never
// used, capitalised phrases used as terms but never defined, and typing
// slips in the text. Each finding is a diagnostic with a stable code.
package check

import (
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Run checks the documents and returns the sorted diagnostics.
func Run(docs []*model.Document) diag.List {
	var ds diag.List
	ids := map[string]bool{}
	for _, d := range docs {
		ids[d.Meta.ID] = true
	}
	for _, d := range docs {
		c := &checker{doc: d, ds: &ds, ids: ids}
		c.frontMatter()
		c.names()
		c.numbering()
		c.references()
		c.definitions()
		c.text()
		c.lookalikes()
	}
	ds = append(ds, versions(docs)...)
	ds = append(ds, links(docs)...)
	ds = append(ds, annexCycles(docs)...)
	ds = append(ds, noticePeriods(docs)...)
	return sourceColumns(docs, ds).Sort()
}

type checker struct {
	doc *model.Document
	ds  *diag.List
	ids map[string]bool
}

func (c *checker) add(p model.Pos, sev diag.Severity, code, format string, args ...any) {
	if p.Line == 0 {
		p = model.Pos{Line: 1, Col: 1}
	}
	c.ds.Add(c.doc.Path, p.Line, p.Col, sev, code, format, args...)
}

func (c *checker) metaPos(key string) model.Pos {
	if p, ok := c.doc.MetaPos[key]; ok {
		return p
	}
	return model.Pos{Line: 1, Col: 1}
}

// frontMatter checks that id and version match where the file lives, and
// that related documents exist.
func (c *checker) frontMatter() {
	m := c.doc.Meta
	dir := filepath.ToSlash(filepath.Dir(c.doc.Path))
	if m.ID != "" && dir != m.ID && !strings.HasSuffix(dir, "/"+m.ID) {
		c.add(c.metaPos("id"), diag.Warning, "front-matter-path", "id %q does not match the folder %q: sources live in terms/%s/", m.ID, dir, m.ID)
	}
	base := strings.TrimSuffix(filepath.Base(c.doc.Path), filepath.Ext(c.doc.Path))
	if m.Version != "" && base != m.Version {
		c.add(c.metaPos("version"), diag.Warning, "front-matter-path", "version %q does not match the file name %q: name the file %s.md", m.Version, filepath.Base(c.doc.Path), m.Version)
	}
	if m.AnnexOf != "" && !c.ids[m.AnnexOf] {
		c.add(c.metaPos("annex-of"), diag.Error, "front-matter-invalid", "annex-of names %q, which is not among the documents checked", m.AnnexOf)
	}
	for _, a := range m.Annexes {
		if !c.ids[a] {
			c.add(c.metaPos("annexes"), diag.Error, "front-matter-invalid", "annexes names %q, which is not among the documents checked", a)
		}
	}
}
