// Package testutil holds helpers shared by legalkit's tests: the repository
// root, external tools that tests need, and golden files.
package testutil

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the repository root.
func Root(t testing.TB) string {
	t.Helper()
	root, ok := root()
	if !ok {
		t.Fatal("cannot locate the repository")
	}
	return root
}

func root() (string, bool) {
	_, file, _, ok := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", "..")), ok
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

// Source returns a complete legalkit source: a front matter for document id
// acme/terms in the given language, followed by body.
func Source(language, body string) []byte {
	return []byte("---\nid: acme/terms\ntitle: Terms\npublisher: Acme\nlanguage: " + language +
		"\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n---\n" + body)
}
