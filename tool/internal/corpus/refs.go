package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// LoadFor reads what the references refs (files, DOCUMENT or
// DOCUMENT@VERSION) need. With sources, it reads those. Otherwise it reads
// the files themselves (a lone file with its folder, for the versions beside
// it) and, for document references and files inside terms, the document's
// folder in terms with the folders of its main document and annexes, so
// that references across documents resolve without reading everything.
func LoadFor(refs, sources []string, terms string) (*Corpus, error) {
	if len(sources) > 0 {
		return Load(sources)
	}
	var paths []string
	add := func(p string) {
		if !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	for _, ref := range refs {
		switch {
		case isFile(ref) && (within(ref, terms) || len(refs) == 1):
			add(filepath.Dir(ref))
		case isFile(ref):
			add(ref)
		default:
			id, _, _ := strings.Cut(ref, "@")
			if dir := filepath.Join(terms, filepath.FromSlash(id)); strings.Contains(id, "/") && isDir(dir) {
				add(dir)
			} else {
				add(terms)
			}
		}
	}
	if slices.Contains(paths, terms) && !isDir(terms) {
		return nil, fmt.Errorf("%s: no %s/ folder here: run legalkit in the folder that holds %s/, name the files, or use --sources", refs[0], terms, terms)
	}
	c, err := Load(paths)
	if err != nil {
		return nil, err
	}
	if more := relatedFolders(c, paths, terms); len(more) > 0 {
		return Load(append(paths, more...))
	}
	return c, nil
}

// relatedFolders lists the folders in terms of the main documents and
// annexes of the documents loaded, when they were not loaded yet.
func relatedFolders(c *Corpus, paths []string, terms string) []string {
	if slices.Contains(paths, terms) {
		return nil
	}
	loaded := map[string]bool{}
	for _, d := range c.Docs {
		loaded[d.Meta.ID] = true
	}
	var out []string
	for _, d := range c.Docs {
		for _, id := range append([]string{d.Meta.AnnexOf}, d.Meta.Annexes...) {
			dir := filepath.Join(terms, filepath.FromSlash(id))
			if id != "" && !loaded[id] && isDir(dir) && !slices.Contains(out, dir) {
				out = append(out, dir)
			}
		}
	}
	return out
}

// Find returns the version ref names: a file, DOCUMENT@VERSION, or
// DOCUMENT for its newest version.
func (c *Corpus) Find(ref string) (*model.Document, error) {
	if isFile(ref) {
		for _, d := range c.Docs {
			if SameFile(d.Path, ref) {
				return d, nil
			}
		}
		for _, d := range c.Diags {
			if SameFile(d.File, ref) {
				return nil, fmt.Errorf("%s cannot be read as a document (see the errors above)", ref)
			}
		}
		return nil, fmt.Errorf("%s is not among the documents read: leave out --sources or add its folder", ref)
	}
	id, version, hasVersion := strings.Cut(ref, "@")
	versions := c.Versions(id)
	if len(versions) == 0 {
		return nil, fmt.Errorf("%s: no such document or file", ref)
	}
	if !hasVersion {
		return versions[len(versions)-1], nil
	}
	var labels []string
	for _, d := range versions {
		if d.Meta.Version == version {
			return d, nil
		}
		labels = append(labels, d.Meta.Version)
	}
	return nil, fmt.Errorf("%s has no version %q (versions: %s)", id, version, strings.Join(labels, ", "))
}

// SameFile reports whether two paths name the same file (history.SameFile).
func SameFile(a, b string) bool { return history.SameFile(a, b) }

func within(p, dir string) bool {
	abs, err := filepath.Abs(p)
	d, err2 := filepath.Abs(dir)
	return err == nil && err2 == nil && strings.HasPrefix(abs, d+string(filepath.Separator))
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
