package check

import (
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// reservedVersions are the names of the pages the site writes in a
// document's folder beside VERSION.html (index.html, versions.html,
// changes.html): a version with such a label would overwrite one of them,
// also on file systems that ignore case.
var reservedVersions = []string{"index", "versions", "changes"}

// versions reports a version label the site cannot publish, and two files
// that are the same version of the same document: the later one by path,
// naming the other.
func versions(docs []*model.Document) diag.List {
	var ds diag.List
	sorted := append([]*model.Document(nil), docs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	first := map[string]*model.Document{}
	for _, d := range sorted {
		v := d.Meta.Version
		if v == "" || d.Meta.ID == "" {
			continue
		}
		p := d.ValuePos("version", -1)
		if r := reserved(v); r != "" {
			ds.Add(d.Path, p.Line, p.Col, diag.Error, "front-matter-invalid",
				"version %q cannot be published: the site names its own page %s.html, which this version's page would replace; choose another label", v, r)
		}
		key := d.Meta.ID + "@" + v
		if f, dup := first[key]; dup {
			if !history.SameFile(f.Path, d.Path) { // one file named twice is not two versions
				ds.Add(d.Path, p.Line, p.Col, diag.Error, "version-duplicate",
					"%s is version %q of %s too: give each version its own label", f.Path, v, d.Meta.ID)
			}
			continue
		}
		first[key] = d
	}
	return ds
}

// reserved returns the page name a version label collides with, or "".
func reserved(version string) string {
	for _, r := range reservedVersions {
		if strings.EqualFold(version, r) {
			return r
		}
	}
	return ""
}

// Twins returns the other files that are the same version of the same
// document as doc, in path order: what version-duplicate reports.
func Twins(docs []*model.Document, doc *model.Document) []*model.Document {
	var out []*model.Document
	for _, d := range docs {
		if d != doc && d.Meta.ID == doc.Meta.ID && d.Meta.Version == doc.Meta.Version && d.Meta.Version != "" {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}
