package corpus

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadWithin runs Load in the background and fails the test when it does
// not return within a few seconds (before the fix, a named pipe made it
// wait for a writer forever).
func loadWithin(t *testing.T, paths ...string) *Corpus {
	t.Helper()
	type result struct {
		c   *Corpus
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := Load(paths)
		done <- result{c, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.c
	case <-time.After(10 * time.Second):
		t.Fatalf("Load(%v) did not return", paths)
	}
	return nil
}

// TestLoadRefusesWhatIsNotAFile: a named pipe or a device where a source
// is expected is reported at the file, never read.
func TestLoadRefusesWhatIsNotAFile(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("named pipes and /dev/zero as on Linux")
	}
	dir := t.TempDir()
	good := "---\nid: a/b\ntitle: T\npublisher: P\nlanguage: en\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n---\n# 1. A\n\n1.1. Text.\n"
	if err := os.WriteFile(filepath.Join(dir, "1.md"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(dir, "2.md")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, file, want string }{
		{dir, pipe, "this is a named pipe, not a text file"},
		{"/dev/zero", "/dev/zero", "this is a device, not a text file"},
	} {
		c := loadWithin(t, tc.path)
		var got []string
		for _, d := range c.Diags {
			got = append(got, d.String())
		}
		want := tc.file + ":1:1: error: encoding: " + tc.want
		if len(got) != 1 || !strings.HasPrefix(got[0], want) {
			t.Errorf("Load(%s): diagnostics %q, want one starting %q", tc.path, got, want)
		}
	}
}

// TestLoadRefusesLargeFileUnread: a file larger than the limit gets the
// size message without being read whole.
func TestLoadRefusesLargeFileUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.md")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(10 << 20); err != nil { // sparse: 10 MB of NULs
		t.Fatal(err)
	}
	f.Close()
	c := loadWithin(t, path)
	if len(c.Diags) != 1 || !strings.Contains(c.Diags[0].String(), "encoding: file is 10.0 MB, larger than the 4.0 MB legalkit reads") {
		t.Errorf("diagnostics %v", c.Diags)
	}
}
