package testutil

import (
	"bytes"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const importPath = "github.com/legalkit/legalkit/tool/internal/testutil"

// TestEveryTestBinaryAcceptsUpdate: go test ./... -update fails in a
// package whose test binary does not define -update, so every package
// with tests imports testutil (a blank import when it needs nothing else),
// or, outside tool/ where testutil is out of reach, defines -update itself.
func TestEveryTestBinaryAcceptsUpdate(t *testing.T) {
	root := Root(t)
	tested := map[string]bool{}
	importing := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && p != root && (e.Name() == "testdata" || strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), "_")) {
			return fs.SkipDir // folders the go tool ignores
		}
		if e.IsDir() || !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		dir := filepath.Dir(p)
		tested[dir] = true
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); path == importPath {
				importing[dir] = true
			}
		}
		if src, err := os.ReadFile(p); err == nil && bytes.Contains(src, []byte(`flag.Bool("update"`)) {
			importing[dir] = true // outside tool/, where testutil cannot be imported
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	here := filepath.Join(root, "tool", "internal", "testutil")
	if !tested[here] || len(tested) < 10 {
		t.Fatalf("found tests in %d folders only", len(tested))
	}
	for dir := range tested {
		if dir != here && !importing[dir] {
			t.Errorf("%s: no test file imports testutil, so go test -update fails there; add a test file with import _ %q (outside tool/: one that defines the flag update)", relSlash(root, dir), importPath)
		}
	}
}
