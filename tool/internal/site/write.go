package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// writeFile writes one file of the site; tests replace it to make a build
// fail midway.
var writeFile = os.WriteFile

// Write replaces the folder dir with the site in one step. The site is
// written to a new folder next to dir first; only when every file is written
// does it take dir's place, so a failed build leaves the previous site
// whole. dir must be empty, missing, or a site written earlier (it holds
// MarkerFile): legalkit never replaces a folder it did not write. When dir
// is a symbolic link (public -> site-v2), the folder it points to is
// replaced and the link stays a link. New folders that an interrupted
// build left next to it are removed first.
func (s *Site) Write(dir string) error {
	out, err := resolveOut(filepath.Clean(dir))
	if err != nil {
		return err
	}
	if err := replaceable(out, dir); err != nil {
		return err
	}
	parent, name := filepath.Split(out)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	removeStale(parent, name)
	tmp, err := os.MkdirTemp(parent, tempPrefix(name))
	if err != nil {
		return err
	}
	// The lock tells a build running at the same time that tmp is in use,
	// not left over.
	unlock := lockDir(tmp)
	defer unlock()
	if err := s.writeTree(tmp); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swap(tmp, out); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return nil
}

// replaceable checks that dir may be replaced; name is dir as the user
// wrote it, for messages.
func replaceable(dir, name string) error {
	if filepath.Clean(name) != dir {
		name = fmt.Sprintf("%s (a link to %s)", name, dir)
	}
	info, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s: exists and is not a folder", name)
	}
	if _, err := os.Lstat(filepath.Join(dir, MarkerFile)); err == nil {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s: folder exists and was not written by legalkit build (it has no %s); choose another --out or empty it", name, MarkerFile)
	}
	return nil
}

func (s *Site) writeTree(root string) error {
	if err := os.Chmod(root, 0o755); err != nil {
		return err
	}
	// The marker first: a folder an interrupted build leaves behind is
	// then recognisably legalkit's (see removeStale).
	if data, ok := s.files[MarkerFile]; ok {
		if err := writeFile(filepath.Join(root, MarkerFile), data, 0o644); err != nil {
			return err
		}
	}
	paths := slices.DeleteFunc(s.Files(), func(p string) bool { return p == MarkerFile })
	made := map[string]bool{}
	for _, p := range paths {
		if d := filepath.Dir(filepath.Join(root, filepath.FromSlash(p))); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
	}
	// Creating a file waits on the disk more than on the CPU: write several
	// at once.
	jobs := make(chan string)
	errs := make(chan error, len(paths))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range jobs {
				errs <- writeFile(filepath.Join(root, filepath.FromSlash(p)), s.files[p], 0o644)
			}
		}()
	}
	for _, p := range paths {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// swap puts the folder tmp in dir's place and removes the old dir.
func swap(tmp, dir string) error {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(tmp, dir)
	}
	if exchange(tmp, dir) == nil {
		// tmp now holds the old site.
		return os.RemoveAll(tmp)
	}
	old := tmp + ".old"
	if err := os.Rename(dir, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(old, dir)
		return err
	}
	return os.RemoveAll(old)
}
