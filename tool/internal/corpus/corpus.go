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
// are the editors' guides, not documents, and are skipped in folders.
func Load(paths []string) (*Corpus, error) {
	files, err := Files(paths)
	if err != nil {
		return nil, err
	}
	docs := make([]*model.Document, len(files))
	diags := make([]diag.List, len(files))
	errs := make([]error, len(files))
	parallel.Do(len(files), func(i int) {
		src, ds, err := readSource(files[i])
		if err != nil || ds != nil {
			errs[i], diags[i] = err, ds
			return
		}
		docs[i], diags[i] = parse.Parse(files[i], src)
	})
	c := &Corpus{}
	for i := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		c.Diags = append(c.Diags, diags[i]...)
		if docs[i] != nil {
			c.Docs = append(c.Docs, docs[i])
		}
	}
	resolve.Link(c.Docs)
	return c, nil
}

// Files lists the Markdown sources under paths, sorted and without duplicates.
func Files(paths []string) ([]string, error) {
	seen := map[string]bool{}
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !info.IsDir() {
			if !seen[p] {
				seen[p] = true
				files = append(files, p)
			}
			continue
		}
		var found int
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.EqualFold(filepath.Ext(path), ".md") && !strings.EqualFold(d.Name(), "README.md") {
				found++
				if !seen[path] {
					seen[path] = true
					files = append(files, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if found == 0 {
			return nil, fmt.Errorf("%s: %w (legalkit reads *.md files other than README.md)", p, ErrNoSources)
		}
	}
	sort.Strings(files)
	return files, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Versions returns the versions of a document, oldest first: by publication
// date when every version states one, otherwise by version label ("2"
// before "10"), so that a version with an unknown date keeps its place.
func (c *Corpus) Versions(id string) []*model.Document {
	var out []*model.Document
	dated := true
	for _, d := range c.Docs {
		if d.Meta.ID == id {
			out = append(out, d)
			dated = dated && d.Meta.Published.Known()
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Meta, out[j].Meta
		if dated && a.Published != b.Published {
			return a.Published.Before(b.Published)
		}
		return versionLess(a.Version, b.Version)
	})
	return out
}

// versionLess compares version labels naturally: "2" before "10".
func versionLess(a, b string) bool {
	for a != "" && b != "" {
		da, ra := digits(a)
		db, rb := digits(b)
		if da != "" && db != "" {
			if len(da) != len(db) {
				return len(da) < len(db)
			}
			if da != db {
				return da < db
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digits(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return strings.TrimLeft(s[:i], "0"), s[i:]
}
