package site

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// hasNewSite reports whether dir holds the site of the fixture with drafts
// (version 4 is a draft).
func hasNewSite(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "acme", "voorwaarden", "4.html"))
	return err == nil
}

// TestWriteThroughLink: --out public, where public -> site-v2, replaces
// site-v2 and keeps public a link to it.
func TestWriteThroughLink(t *testing.T) {
	old := mustBuildFixture(t, nil)
	next := mustBuildFixture(t, func(o *Options) { o.Drafts = true })
	parent := t.TempDir()
	at := func(name string) string { return filepath.Join(parent, name) }
	if err := old.Write(at("site-v2")); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"public": "site-v2",     // the link of the issue
		"chain":  "public",      // a link to a link
		"later":  "site-v3",     // to a folder not made yet
		"abs":    at("site-v2"), // absolute
		"loop":   "loop",        // to itself
		"notes":  "mine",        // to a folder legalkit did not write
		"file":   "file.txt",    // to a file
	}
	for link, target := range links {
		if err := os.Symlink(target, at(link)); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(at("mine"), 0o755)
	os.WriteFile(at("mine/keep.txt"), []byte("keep"), 0o644)
	os.WriteFile(at("file.txt"), []byte("keep"), 0o644)

	for _, tt := range []struct{ out, target string }{
		{"public", "site-v2"}, {"chain", "site-v2"}, {"later", "site-v3"}, {"abs", "site-v2"},
	} {
		os.RemoveAll(at(tt.target))
		if tt.target == "site-v2" {
			if err := old.Write(at("site-v2")); err != nil {
				t.Fatal(err)
			}
		}
		if err := next.Write(at(tt.out)); err != nil {
			t.Fatalf("Write(%s) = %v", tt.out, err)
		}
		if got, err := os.Readlink(at(tt.out)); err != nil || got != links[tt.out] {
			t.Errorf("after Write(%s) it is no longer the link to %s: %q, %v", tt.out, links[tt.out], got, err)
		}
		if !hasNewSite(at(tt.target)) {
			t.Errorf("Write(%s) did not put the new site in %s", tt.out, tt.target)
		}
	}
	for _, tt := range []struct{ out, message string }{
		{"loop", "loop: a symbolic link that loops back on itself"},
		{"notes", "notes (a link to " + at("mine") + "): folder exists and was not written by legalkit build"},
		{"file", "file (a link to " + at("file.txt") + "): exists and is not a folder"},
	} {
		err := next.Write(at(tt.out))
		if err == nil || !strings.Contains(err.Error(), tt.message) {
			t.Errorf("Write(%s) = %v; want %q", tt.out, err, tt.message)
		}
	}
	if b, _ := os.ReadFile(at("mine/keep.txt")); string(b) != "keep" {
		t.Error("the folder a link points to was touched")
	}
	if b, _ := os.ReadFile(at("file.txt")); string(b) != "keep" {
		t.Error("the file a link points to was touched")
	}
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".new-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestRemoveStale: folders that killed builds left next to the output are
// removed by the next build; anything else is kept.
func TestRemoveStale(t *testing.T) {
	s := mustBuildFixture(t, nil)
	parent := t.TempDir()
	at := func(name string) string { return filepath.Join(parent, name) }
	mkdir := func(name string, files ...string) {
		t.Helper()
		if err := os.MkdirAll(at(name), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			os.MkdirAll(filepath.Dir(at(name+"/"+f)), 0o755)
			if err := os.WriteFile(at(name+"/"+f), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	mkdir(".public.new-123", MarkerFile, "index.html", "acme/x.html") // killed midway
	mkdir(".public.new-456")                                          // killed right after creating it
	mkdir(".public.new-789.old", MarkerFile, "index.html")            // the old site of a fallback swap
	mkdir(".public.new-999", "notes.txt")                             // not legalkit's: no marker
	mkdir(".public.new-abc", MarkerFile)                              // not a name legalkit makes
	mkdir(".other.new-1", MarkerFile)                                 // another output folder's
	mkdir("target", MarkerFile, "keep.txt")
	if err := os.Symlink("target", at(".public.new-555")); err != nil { // a link: never followed
		t.Fatal(err)
	}
	mkdir(".public.new-777", MarkerFile) // a build running now
	unlock := lockDir(at(".public.new-777"))
	defer unlock()

	if err := s.Write(at("public")); err != nil {
		t.Fatal(err)
	}
	var got []string
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := []string{".other.new-1", ".public.new-555", ".public.new-777", ".public.new-999", ".public.new-abc", "public", "target"}
	if !slices.Equal(got, want) {
		t.Errorf("after the build: %q\nwant %q", got, want)
	}
	if _, err := os.Stat(at("target/keep.txt")); err != nil {
		t.Error("the folder a leftover-looking link points to was touched")
	}
}

// TestMarkerFirst: the marker is the first file of a new folder, so that a
// folder left by a build killed at any moment is recognisably legalkit's.
func TestMarkerFirst(t *testing.T) {
	s := mustBuildFixture(t, nil)
	var mu sync.Mutex
	var order []string
	writeFile = func(name string, data []byte, perm os.FileMode) error {
		mu.Lock()
		order = append(order, filepath.Base(name))
		mu.Unlock()
		return os.WriteFile(name, data, perm)
	}
	defer func() { writeFile = os.WriteFile }()
	if err := s.Write(filepath.Join(t.TempDir(), "public")); err != nil {
		t.Fatal(err)
	}
	if len(order) < 2 || order[0] != MarkerFile || slices.Index(order[1:], MarkerFile) >= 0 {
		t.Errorf("files written in the order %q; want %s first and once", order, MarkerFile)
	}
}
