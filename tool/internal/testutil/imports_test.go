package testutil

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const importPath = "github.com/legalkit/legalkit/tool/internal/testutil"

// TestEveryTestBinaryAcceptsUpdate: go test ./... -update fails in a
// package whose test binary does not define -update, so every package
// with tests imports testutil (a blank import when it needs nothing else).
func TestEveryTestBinaryAcceptsUpdate(t *testing.T) {
	root := Root(t)
	tested := map[string]bool{}
	importing := map[string]bool{}
	err := filepath.WalkDir(filepath.Join(root, "tool"), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, "_test.go") || strings.Contains(p, string(filepath.Separator)+"testdata"+string(filepath.Separator)) {
			return err
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
		return nil
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
			t.Errorf("%s: no test file imports testutil, so go test -update fails there; add a file with import _ %q", relSlash(root, dir), importPath)
		}
	}
}
