package resolve

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// sourceIndex finds the document a relative link to a Markdown file names.
// Documents written elsewhere link to each other by file ("dpa.md",
// "../dpa.md#3"); in the sources each document is a folder of versions,
// so a link names a document when, read from the version's file or from
// the document folder as if it were one file (acme/tos/ as acme/tos.md),
// it leads to a version's source file (that version), to a document's
// folder written as a file (acme/dpa.md), or, for an imported version, read
// from the file it was imported from, to a file another document was
// imported from.
type sourceIndex struct {
	byFile   map[string]*model.Document // a version's source file
	byFolder map[string]string          // a document's folder: its id
	bySource map[string]string          // a file a version was imported from: its document's id
}

func newSourceIndex(sorted []*model.Document) *sourceIndex {
	x := &sourceIndex{byFile: map[string]*model.Document{}, byFolder: map[string]string{}, bySource: map[string]string{}}
	for _, d := range sorted {
		p := cleanPath(d.Path)
		setFirst(x.byFolder, path.Dir(p), d.Meta.ID)
		if _, ok := x.byFile[p]; !ok {
			x.byFile[p] = d
		}
		if f := d.Meta.Source.File; f != "" {
			setFirst(x.bySource, cleanPath(f), d.Meta.ID)
		}
	}
	return x
}

func setFirst(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

func cleanPath(p string) string { return path.Clean(filepath.ToSlash(p)) }

// linkDocuments sets the document (and version) every link to a Markdown
// file in d names, or leaves it empty when none of the sources is meant.
func (x *sourceIndex) linkDocuments(d *model.Document) {
	model.EachLink(d, func(l *model.Link) {
		if t := l.Target; t != nil {
			t.Document, t.Version = x.find(d, t.Path)
		}
	})
}

// find returns the document and version that file, written in d, names.
func (x *sourceIndex) find(d *model.Document, file string) (id, version string) {
	if file == "" || strings.HasPrefix(file, "/") || strings.Contains(file, `\`) {
		return "", ""
	}
	own := path.Dir(cleanPath(d.Path))
	at := path.Join(own, file)
	if v := x.byFile[at]; v != nil {
		return v.Meta.ID, v.Meta.Version
	}
	for _, dir := range []string{own, path.Dir(own)} {
		if id := x.byFolder[strings.TrimSuffix(path.Join(dir, file), path.Ext(file))]; id != "" {
			return id, ""
		}
	}
	if src := d.Meta.Source.File; src != "" {
		if id := x.bySource[path.Join(path.Dir(cleanPath(src)), file)]; id != "" {
			return id, ""
		}
	}
	return "", ""
}
