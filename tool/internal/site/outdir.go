package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// maxLinks is how many symbolic links in a row --out may go through, as
// the kernel allows (ELOOP).
const maxLinks = 40

// resolveOut follows dir while it is a symbolic link and returns the path
// of the folder it ends at, which may not exist yet. Replacing that folder
// keeps the link a link: `public -> site-v2` keeps pointing at site-v2,
// which gets the new site (renaming onto the link would replace the link
// with a folder and leave site-v2 with the old site).
func resolveOut(dir string) (string, error) {
	cur := dir
	for range maxLinks {
		info, err := os.Lstat(cur)
		if errors.Is(err, fs.ErrNotExist) || err == nil && info.Mode()&fs.ModeSymlink == 0 {
			return cur, nil
		}
		if err != nil {
			return "", err
		}
		target, err := os.Readlink(cur)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(cur), target)
		}
		cur = filepath.Clean(target)
	}
	return "", fmt.Errorf("%s: a symbolic link that loops back on itself; point it at a folder or remove it", dir)
}

// tempPrefix is how the new folder next to the output folder NAME starts:
// os.MkdirTemp adds digits, and the fallback swap adds ".old".
func tempPrefix(name string) string { return "." + name + ".new-" }

// removeStale removes the folders that builds killed midway (kill -9, a
// power cut) left next to the output folder NAME in parent: only folders
// named .NAME.new-DIGITS (or .NAME.new-DIGITS.old) that are empty or hold
// MarkerFile, and that no build running now has locked. Failures are
// ignored: a leftover folder is untidy, not a reason to fail the build.
func removeStale(parent, name string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !isTempName(e.Name(), name) {
			continue // e.IsDir is false for a symbolic link: never followed
		}
		p := filepath.Join(parent, e.Name())
		if !legalkitTemp(p) {
			continue
		}
		unlock, ok := tryLockDir(p)
		if !ok {
			continue // a build running now writes it
		}
		os.RemoveAll(p)
		unlock()
	}
}

// isTempName reports whether file is a name tempPrefix(name) gives.
func isTempName(file, name string) bool {
	rest, ok := strings.CutPrefix(file, tempPrefix(name))
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(rest, ".old")
	return rest != "" && strings.Trim(rest, "0123456789") == ""
}

// legalkitTemp reports whether the folder dir is one legalkit was writing:
// it holds the marker (written first), or nothing yet.
func legalkitTemp(dir string) bool {
	if info, err := os.Lstat(filepath.Join(dir, MarkerFile)); err == nil && info.Mode().IsRegular() {
		return true
	}
	entries, err := os.ReadDir(dir)
	return err == nil && len(entries) == 0
}
