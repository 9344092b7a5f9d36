package site

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/templates"
)

// StaticFS returns the static/ folder of the site folder dir (site/static),
// or nil when it has none. Its files are read so that no symbolic link
// leaves dir: a link to /proc/self/environ or ../../.ssh fails the build
// with a message naming the link, instead of publishing what it points to.
// Links inside dir (static/logo.svg -> ../static/img/logo.svg) are followed.
func StaticFS(dir string) fs.FS {
	if _, err := os.Lstat(filepath.Join(dir, "static")); err != nil {
		return nil
	}
	sub, err := fs.Sub(templates.DirFS(dir), "static")
	if err != nil {
		return nil
	}
	return sub
}

// copyStatic copies the files of the static folder to the site root,
// hidden files left out. A linked folder inside the root is copied like a
// folder; one that links back to a folder it is in is an error, not an
// endless walk.
func (b *Builder) copyStatic(fsys fs.FS) error {
	top, err := fs.Stat(fsys, ".")
	if err != nil {
		return fmt.Errorf("site static files: %w", err)
	}
	return b.copyStaticDir(fsys, ".", []fs.FileInfo{top})
}

func (b *Builder) copyStaticDir(fsys fs.FS, dir string, above []fs.FileInfo) error {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := path.Join(dir, e.Name())
		info, err := e.Info()
		if err == nil && e.Type()&fs.ModeSymlink != 0 {
			info, err = fs.Stat(fsys, p) // follows the link, inside the root only
		}
		if err != nil {
			return err
		}
		if info.IsDir() {
			if loops(info, above) {
				return fmt.Errorf("static/%s: a symbolic link to a folder it is in; legalkit would copy it forever", p)
			}
			if err := b.copyStaticDir(fsys, p, append(above, info)); err != nil {
				return err
			}
			continue
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if !info.Mode().IsRegular() {
			return fmt.Errorf("static/%s: not a regular file", p)
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if err := b.File(p, data); err != nil {
			return err
		}
	}
	return nil
}

// loops reports whether the folder info is one of the folders above it.
func loops(info fs.FileInfo, above []fs.FileInfo) bool {
	for _, a := range above {
		if os.SameFile(a, info) {
			return true
		}
	}
	return false
}
