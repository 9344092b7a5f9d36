package templates

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// DirFS returns the files of the folder dir, like os.DirFS, but never
// leaves dir: every name is opened with os.OpenInRoot, so a symbolic link
// is followed only while it stays inside dir. A link that points outside
// (an absolute path, ../.., /proc/self/environ), a link loop or a link to
// nothing fails with a *LinkError that names the link and its target.
// It reads --templates folders and the site's static files.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := os.OpenInRoot(string(d), filepath.FromSlash(name))
	if err != nil {
		if le := FindLink(string(d), name); le != nil {
			return nil, le
		}
		return nil, err
	}
	return f, nil
}

// LinkError is a symbolic link that may not be followed.
type LinkError struct {
	Link   string // the link, as a path on disk
	Target string // what it points to, as written in the link
	Root   string // the folder it must stay in
	Reason string // "outside", "loop" or "missing"
}

func (e *LinkError) Error() string {
	switch e.Reason {
	case "loop":
		return fmt.Sprintf("%s: a symbolic link to %s that loops back on itself; replace it with the file", e.Link, e.Target)
	case "missing":
		return fmt.Sprintf("%s: a symbolic link to %s, which does not exist", e.Link, e.Target)
	}
	return fmt.Sprintf("%s: a symbolic link to %s, which is outside %s; legalkit does not follow links that leave their folder (copy the file into %s instead)",
		e.Link, e.Target, e.Root, e.Root)
}

// FindLink explains why name (slash-separated, inside root) cannot be
// opened within root: it returns a *LinkError for the first element of the
// path that is a symbolic link leaving root, looping, or pointing to
// nothing, and nil when no link is to blame.
func FindLink(root, name string) *LinkError {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil
	}
	defer r.Close()
	parts := strings.Split(name, "/")
	for i := range parts {
		rel := filepath.FromSlash(path.Join(parts[:i+1]...))
		info, err := r.Lstat(rel)
		if err != nil {
			return nil
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if _, err := r.Stat(rel); err == nil {
			continue
		}
		full := filepath.Join(root, rel)
		target, _ := os.Readlink(full)
		le := &LinkError{Link: full, Target: target, Root: root, Reason: "outside"}
		_, err = os.Stat(full)
		switch {
		case errors.Is(err, syscall.ELOOP):
			le.Reason = "loop"
		case err != nil && !filepath.IsAbs(target) && filepath.IsLocal(filepath.Join(filepath.Dir(rel), target)):
			le.Reason = "missing"
		}
		return le
	}
	return nil
}
