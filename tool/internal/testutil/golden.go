package testutil

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Update rewrites golden files instead of comparing with them, and removes
// golden files that no test reads: go test ./... -update. Every package with
// tests imports testutil, or outside tool/ defines the flag itself (see
// imports_test.go), so every test binary accepts the flag.
var Update = flag.Bool("update", false, "rewrite golden files and remove those no test reads")

// goldens is what the running test binary knows about its golden files: the
// folders its TestMain registered and the files its tests compared.
var goldens struct {
	sync.Mutex
	registered bool
	dirs       []string        // absolute folders
	read       map[string]bool // absolute paths
	files      []string        // what dirs held when the first test compared a file
	listed     bool            // files is set
}

// Main runs the tests of a package whose golden files live in dirs (paths
// relative to the repository root, written with /). Call it from the
// package's TestMain. When every test ran (no -run, -skip or -list) and
// passed, a file in those folders that no test compared is stale: the run
// fails and lists it, or with -update removes it.
func Main(m *testing.M, dirs ...string) {
	if err := register(dirs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(finish(m.Run(), wholeRun(), os.Stderr))
}

func register(dirs []string) error {
	root, ok := root()
	if !ok {
		return errors.New("testutil: cannot locate the repository")
	}
	goldens.Lock()
	defer goldens.Unlock()
	goldens.registered = true
	goldens.dirs = nil
	goldens.read = map[string]bool{}
	goldens.files, goldens.listed = nil, false
	for _, d := range dirs {
		goldens.dirs = append(goldens.dirs, filepath.Join(root, filepath.FromSlash(d)))
	}
	return nil
}

// wholeRun reports whether the test binary runs every test of its package.
func wholeRun() bool {
	for _, name := range []string{"test.run", "test.skip", "test.list"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			return false
		}
	}
	return true
}

// markRead records that a test compares the golden file at abs, which must
// lie in a registered folder: otherwise no one would notice it go stale.
func markRead(abs string) error {
	goldens.Lock()
	defer goldens.Unlock()
	if !goldens.registered {
		return fmt.Errorf("golden file %s: register the package's golden folders with testutil.Main in its TestMain", abs)
	}
	if !goldens.listed {
		// Listed while the tests run, so that go test's cache sees the
		// folders: adding a stale file then reruns the tests.
		files, err := listFiles(goldens.dirs)
		if err != nil {
			return err
		}
		goldens.files, goldens.listed = files, true
	}
	for _, d := range goldens.dirs {
		if within(d, abs) {
			goldens.read[abs] = true
			return nil
		}
	}
	return fmt.Errorf("golden file %s is outside the golden folders given to testutil.Main %v", abs, goldens.dirs)
}

func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// finish ends a test run with exit code code: when the whole package ran
// and passed, it reports (or with -update removes) stale golden files.
func finish(code int, whole bool, w io.Writer) int {
	if code != 0 || !whole {
		return code
	}
	goldens.Lock()
	defer goldens.Unlock()
	stale, err := staleGoldens()
	switch {
	case err != nil:
		fmt.Fprintln(w, err)
		return 1
	case len(stale) == 0:
		return 0
	case *Update:
		return removeStale(stale, w)
	}
	root, _ := root()
	what := fmt.Sprintf("%d golden files are", len(stale))
	if len(stale) == 1 {
		what = "1 golden file is"
	}
	fmt.Fprintf(w, "FAIL: %s compared by no test (go test -update removes stale files):\n", what)
	for _, p := range stale {
		fmt.Fprintf(w, "\t%s\n", relSlash(root, p))
	}
	return 1
}

// staleGoldens lists the files in the registered folders that no test
// compared. The caller holds the lock.
func staleGoldens() ([]string, error) {
	files := goldens.files
	if !goldens.listed {
		var err error
		if files, err = listFiles(goldens.dirs); err != nil {
			return nil, err
		}
	}
	var stale []string
	for _, p := range files {
		if !goldens.read[p] {
			stale = append(stale, p)
		}
	}
	return stale, nil
}

// removeStale removes stale golden files (go test -update). The caller
// holds the lock.
func removeStale(stale []string, w io.Writer) int {
	root, _ := root()
	for _, p := range stale {
		if err := removeFile(p, goldens.dirs); err != nil {
			fmt.Fprintln(w, err)
			return 1
		}
		fmt.Fprintf(w, "removed stale golden file %s\n", relSlash(root, p))
	}
	return 0
}

// listFiles lists, sorted, the files under dirs.
func listFiles(dirs []string) ([]string, error) {
	var files []string
	for _, d := range dirs {
		err := filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && p == d {
				return fs.SkipDir // no golden files yet
			}
			if err != nil || e.IsDir() {
				return err
			}
			files = append(files, p)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(files)
	return slices.Compact(files), nil
}

// removeFile removes a stale golden file and the folders it leaves empty,
// up to its golden folder.
func removeFile(p string, dirs []string) error {
	if err := os.Remove(p); err != nil {
		return err
	}
	for dir := filepath.Dir(p); ; dir = filepath.Dir(dir) {
		inside := false
		for _, d := range dirs {
			inside = inside || within(d, dir)
		}
		if !inside || os.Remove(dir) != nil { // os.Remove fails on a folder that is not empty
			return nil
		}
	}
}

func relSlash(root, p string) string {
	if rel, err := filepath.Rel(root, p); err == nil {
		return filepath.ToSlash(rel)
	}
	return p
}

// Golden compares got with the golden file at path, or rewrites the file
// with -update. The file must lie in a folder registered with Main.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := markRead(abs); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(abs)
	if *Update {
		if err == nil && bytes.Equal(got, want) {
			return
		}
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run go test -update to accept):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got []byte) string {
	wl := bytes.Split(want, []byte("\n"))
	gl := bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + string(w) + "\n  got:  " + string(g)
		}
	}
	return "(no line differs; lengths differ)"
}
