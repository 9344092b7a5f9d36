// Package templates holds what legalkit publishes with: HTML templates, CSS,
// PDF styling and fonts. They are embedded into the binary, so a fresh clone
// builds the site with no other files; a folder on disk with the same layout
// overrides any of them (`--templates DIR`), so a user can restyle without
// recompiling.
package templates

import (
	"embed"
	"errors"
	"io"
	"io/fs"
	"os"
	"sort"
	"syscall"
)

//go:embed html css pdf fonts
var embedded embed.FS

// Embedded returns the files built into legalkit.
func Embedded() fs.FS { return embedded }

// FS returns the embedded files overlaid by the files in dir: a file in dir
// replaces the embedded file of the same name. With dir "" it returns the
// embedded files.
func FS(dir string) (fs.FS, error) {
	if dir == "" {
		return embedded, nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, errors.New(dir + ": not a folder")
	}
	return overlay{top: DirFS(dir), base: embedded, dir: dir}, nil
}

// overlay reads a file from top, and from base when top has none. Any
// other failure of top (a symbolic link leaving the folder, a file that
// cannot be read) is reported, never hidden behind the built-in file.

type overlay struct {
	top, base fs.FS
	dir       string // the folder of top, as the user gave it
}

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		st, err := f.Stat()
		if err == nil && !st.IsDir() {
			return f, nil
		}
		f.Close()
		if err != nil {
			return nil, err
		}
	} else if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
		return nil, err
	}
	return o.base.Open(name)
}

func (o overlay) ReadFile(name string) ([]byte, error) {
	f, err := o.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]fs.DirEntry{}
	baseEntries, errBase := fs.ReadDir(o.base, name)
	topEntries, errTop := fs.ReadDir(o.top, name)
	var le *LinkError
	if errors.As(errTop, &le) {
		return nil, errTop
	}
	if errBase != nil && errTop != nil {
		return nil, errBase
	}
	for _, e := range baseEntries {
		seen[e.Name()] = e
	}
	for _, e := range topEntries {
		seen[e.Name()] = e
	}
	out := make([]fs.DirEntry, 0, len(seen))
	for _, e := range seen {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}
