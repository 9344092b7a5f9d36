package testutil

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// goldenFixture registers a temporary golden folder holding the given
// files and restores the binary's registration afterwards.
func goldenFixture(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	goldens.Lock()
	registered, dirs, read, files, listed := goldens.registered, goldens.dirs, goldens.read, goldens.files, goldens.listed
	goldens.registered, goldens.dirs, goldens.read, goldens.files, goldens.listed = true, []string{dir}, map[string]bool{}, nil, false
	goldens.Unlock()
	update := *Update
	t.Cleanup(func() {
		goldens.Lock()
		goldens.registered, goldens.dirs, goldens.read, goldens.files, goldens.listed = registered, dirs, read, files, listed
		goldens.Unlock()
		*Update = update
	})
	return dir
}

// TestStaleGolden: after a whole run that passed, golden files no test
// compared fail the run; with -update they are removed, with the folders
// they leave empty. A filtered or failed run says nothing.
func TestStaleGolden(t *testing.T) {
	dir := goldenFixture(t, "a.txt", "old/b.txt", "old/c/d.txt", "keep/e.txt", "keep/f.txt")
	*Update = false
	Golden(t, filepath.Join(dir, "a.txt"), []byte("a.txt"))
	Golden(t, filepath.Join(dir, "keep", "e.txt"), []byte("keep/e.txt"))

	var out strings.Builder
	if code := finish(1, true, &out); code != 1 || out.Len() != 0 {
		t.Errorf("a failed run: exit %d, output %q", code, out.String())
	}
	if code := finish(0, false, &out); code != 0 || out.Len() != 0 {
		t.Errorf("a run with -run: exit %d, output %q", code, out.String())
	}
	if code := finish(0, true, &out); code != 1 {
		t.Errorf("stale files: exit %d, want 1", code)
	}
	for _, f := range []string{"keep/f.txt", "old/b.txt", "old/c/d.txt"} {
		if !strings.Contains(out.String(), "\t"+relSlash(Root(t), filepath.Join(dir, f))+"\n") {
			t.Errorf("the report does not list %s:\n%s", f, out.String())
		}
	}
	if strings.Contains(out.String(), "a.txt") || strings.Contains(out.String(), "e.txt") {
		t.Errorf("the report lists a file a test compared:\n%s", out.String())
	}

	*Update = true
	out.Reset()
	if code := finish(0, true, &out); code != 0 {
		t.Errorf("-update: exit %d, output %q", code, out.String())
	}
	var left []string
	filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
		if err == nil && p != dir {
			left = append(left, filepath.ToSlash(p[len(dir)+1:]))
		}
		return err
	})
	if want := []string{"a.txt", "keep", "keep/e.txt"}; !slices.Equal(left, want) {
		t.Errorf("after -update the folder holds %v, want %v", left, want)
	}
}

// TestGoldenUpdate: -update writes a missing or different golden file and
// leaves an equal one untouched.
func TestGoldenUpdate(t *testing.T) {
	dir := goldenFixture(t, "same.txt", "old.txt")
	*Update = true
	same := filepath.Join(dir, "same.txt")
	past := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(same, past, past); err != nil {
		t.Fatal(err)
	}
	Golden(t, same, []byte("same.txt"))
	Golden(t, filepath.Join(dir, "old.txt"), []byte("new"))
	Golden(t, filepath.Join(dir, "sub", "created.txt"), []byte("created"))
	for name, want := range map[string]string{"same.txt": "same.txt", "old.txt": "new", "sub/created.txt": "created"} {
		if b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name))); err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", name, b, err, want)
		}
	}
	if fi, err := os.Stat(same); err != nil || !fi.ModTime().Equal(past) {
		t.Errorf("an equal golden file was rewritten")
	}
}

// TestGoldenRegistration: a golden file outside the registered folders, or
// in a package that registered none, could go stale unnoticed.
func TestGoldenRegistration(t *testing.T) {
	dir := goldenFixture(t)
	if err := markRead(filepath.Join(dir, "x", "y.txt")); err != nil {
		t.Errorf("a file in the folder: %v", err)
	}
	for _, p := range []string{dir, filepath.Dir(dir), filepath.Join(dir+"-other", "y.txt"), filepath.Join(dir, "..", "y.txt")} {
		if err := markRead(filepath.Clean(p)); err == nil {
			t.Errorf("%s is accepted as a golden file of %s", p, dir)
		}
	}
	goldens.registered = false
	if err := markRead(filepath.Join(dir, "y.txt")); err == nil || !strings.Contains(err.Error(), "testutil.Main") {
		t.Errorf("no registration: %v", err)
	}
}
