// Package corpus loads a set of legalkit sources from files and folders:
// it finds the Markdown files, parses each one and links them together, so
// that annexes see their main document and references cross documents.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parallel"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// Corpus is a set of parsed and linked document versions.
type Corpus struct {
	Docs  []*model.Document // sorted by path
	Diags diag.List         // parse diagnostics
}

// ErrNoSources is returned when the paths hold no Markdown document.
var ErrNoSources = errors.New("no Markdown documents found")

// Load reads every document under paths (files or folders). README.md files
// are the editors' guides, not documents, and are skipped in folders. A
// symbolic link is followed only while it stays inside the path it was
// found under: one that leaves it, loops or points to nothing is a
// source-symlink error, and nothing is read through it.
func Load(paths []string) (*Corpus, error) { return LoadOn(paths, model.Date{}) }

// LoadOn is Load for documents read on date on: each annex is linked with
// the version of its main document it is read with on that date (see
// resolve.LinkOn). The site loads for its build date.
func LoadOn(paths []string, on model.Date) (*Corpus, error) {
	srcs, walkDiags, err := walk(paths)
	if err != nil {
		return nil, err
	}
	docs := make([]*model.Document, len(srcs))
	diags := make([]diag.List, len(srcs))
	errs := make([]error, len(srcs))
	parallel.Do(len(srcs), func(i int) {
		src, linkDiags, err := srcs[i].read()
		if err != nil || linkDiags != nil {
			errs[i] = err
			if linkDiags != nil {
				diags[i] = *linkDiags
			}
			return
		}
		docs[i], diags[i] = parse.Parse(srcs[i].path, src)
	})
	c := &Corpus{Diags: walkDiags}
	for i := range srcs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		c.Diags = append(c.Diags, diags[i]...)
		if docs[i] != nil {
			c.Docs = append(c.Docs, docs[i])
		}
	}
	resolve.LinkOn(c.Docs, on)
	return c, nil
}

// Files lists the Markdown sources under paths, sorted and without duplicates.
func Files(paths []string) ([]string, error) {
	srcs, _, err := walk(paths)
	if err != nil {
		return nil, err
	}
	files := make([]string, len(srcs))
	for i, s := range srcs {
		files[i] = s.path
	}
	return files, nil
}

// walk finds the Markdown sources under paths, sorted by path and without
// duplicates, and reports links to folders that leave their path.
func walk(paths []string) ([]source, diag.List, error) {
	seen := map[string]bool{}
	var srcs []source
	var ds diag.List
	add := func(s source) {
		if !seen[s.path] {
			seen[s.path] = true
			srcs = append(srcs, s)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !info.IsDir() {
			add(source{path: p, root: fileRoot(p)})
			continue
		}
		var found int
		top := walkRoot(p)
		err = filepath.WalkDir(top, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != top && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.EqualFold(filepath.Ext(path), ".md") && !strings.EqualFold(d.Name(), "README.md") {
				found++
				add(source{path: path, root: p})
			} else if d.Type()&fs.ModeSymlink != 0 {
				linkEntry(p, path, &ds)
			}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		if found == 0 {
			return nil, nil, fmt.Errorf("%s: %w (legalkit reads *.md files other than README.md)", p, ErrNoSources)
		}
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].path < srcs[j].path })
	return srcs, ds, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Versions returns the versions of a document, oldest first, in the order
// of package history.
func (c *Corpus) Versions(id string) []*model.Document {
	return history.Versions(c.Docs, id)
}
