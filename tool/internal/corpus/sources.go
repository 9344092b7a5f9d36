package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// source is one Markdown file to read, and the folder it must stay in: a
// symbolic link is followed only while it stays inside root.
type source struct {
	path string // as found: the folder argument joined with the file's place in it
	root string // the folder argument, or the current folder (or the file's folder) for a file argument
}

// rel is the source's path inside its root.
func (s source) rel() string {
	r, err := filepath.Rel(s.root, s.path)
	if err != nil {
		return filepath.Base(s.path)
	}
	return r
}

// fileRoot is the folder a file named on the command line must stay in:
// the current folder when the file is inside it, else the file's folder.
func fileRoot(p string) string {
	if filepath.IsLocal(p) {
		return "."
	}
	return filepath.Dir(p)
}

// walkRoot is the path to walk for the folder argument p: a link to a
// folder that the user named is followed (filepath.WalkDir would not).
func walkRoot(p string) string {
	if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return p + string(filepath.Separator)
	}
	return p
}

// linkEntry decides about a symbolic link found in a folder argument that
// is not named *.md: a link to a folder inside root is left alone (its
// files are read where they are), a link to a folder outside root, to a
// folder that holds the link, or a loop is a source-symlink error, anything
// else is not a source.
func linkEntry(root, path string, ds *diag.List) {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return
	}
	le := templates.FindLink(root, filepath.ToSlash(rel))
	if le == nil && holdsItself(path) {
		target, _ := os.Readlink(path)
		le = &templates.LinkError{Link: path, Target: target, Root: root, Reason: "loop"}
	}
	if le == nil || le.Reason == "missing" {
		return
	}
	if info, err := os.Stat(path); le.Reason == "outside" && (err != nil || !info.IsDir()) {
		return // a file that is not a document: nothing is read
	}
	linkDiag(ds, path, le)
}

// holdsItself reports whether the link at path leads to a folder that
// holds the link: following it would find the same files again without end
// (terms/acme/up -> ..).
func holdsItself(path string) bool {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false
	}
	if info, err := os.Stat(target); err != nil || !info.IsDir() {
		return false
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(target, dir)
	return err == nil && (rel == "." || filepath.IsLocal(rel))
}

// linkDiag adds the source-symlink error for the link le at path.
func linkDiag(ds *diag.List, path string, le *templates.LinkError) {
	switch le.Reason {
	case "loop":
		ds.Add(path, 1, 1, diag.Error, "source-symlink",
			"a symbolic link to %s that loops back on itself; legalkit reads nothing from it", le.Target)
	case "missing":
		ds.Add(path, 1, 1, diag.Error, "source-symlink",
			"a symbolic link to %s, which does not exist", le.Target)
	default:
		ds.Add(path, 1, 1, diag.Error, "source-symlink",
			"a symbolic link to %s, which is outside %s; legalkit does not read sources from outside the folder it was given (move or copy the file into it)",
			le.Target, le.Root)
	}
}

// read reads the source through its root. A link that leaves the root,
// loops or points to nothing gives a source-symlink diagnostic and no data.
func (s source) read() ([]byte, *diag.List, error) {
	r, err := os.OpenRoot(s.root)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	rel := s.rel()
	data, ds, err := readRegular(r, rel, s.path)
	if err == nil {
		return data, ds, nil
	}
	if le := templates.FindLink(s.root, filepath.ToSlash(rel)); le != nil {
		var ds diag.List
		linkDiag(&ds, s.path, le)
		return nil, &ds, nil
	}
	return nil, nil, fmt.Errorf("%s: %w", s.path, unwrapPathError(err))
}
