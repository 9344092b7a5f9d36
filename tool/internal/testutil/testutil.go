// Package testutil holds helpers shared by legalkit's tests: the repository
// root, external tools that tests need, and golden files.
package testutil

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// Update rewrites golden files instead of comparing with them:
// go test ./... -update
var Update = flag.Bool("update", false, "rewrite golden files")

// Root returns the repository root.
func Root(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the repository")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
}

// RequireTool returns the path of an external program the test needs. When
// it is missing the test is skipped, or fails when LEGALKIT_REQUIRE_TOOLS=1
// (as in CI, which installs the tools).
func RequireTool(t testing.TB, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("LEGALKIT_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%v not found, and LEGALKIT_REQUIRE_TOOLS=1: install it (see .ci/run)", names)
	}
	t.Skipf("%v not found; install it to run this test", names)
	return ""
}

// Golden compares got with the golden file at path, or rewrites the file
// with -update.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
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

// Source returns a complete legalkit source: a front matter for document id
// acme/terms in the given language, followed by body.
func Source(language, body string) []byte {
	return []byte("---\nid: acme/terms\ntitle: Terms\npublisher: Acme\nlanguage: " + language +
		"\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n---\n" + body)
}
