package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func version(v, published string) string {
	return "---\nid: acme/terms\ntitle: T\npublisher: Acme\nlanguage: en\nversion: \"" + v + "\"\npublished: " + published +
		"\neffective: unknown\nstatus: published\n---\n# 1. A\n\n1.1. Text.\n"
}

func TestFilesSkipsGuidesAndHiddenFolders(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "README.md"), "# guide")
	write(t, filepath.Join(dir, "acme/terms/1.md"), version("1", "unknown"))
	write(t, filepath.Join(dir, "acme/terms/notes.txt"), "not markdown")
	write(t, filepath.Join(dir, ".drafts/x.md"), version("9", "unknown"))
	got, err := Files([]string{dir, filepath.Join(dir, "acme/terms/1.md")})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join(dir, "acme/terms/1.md")}; !slices.Equal(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
}

func TestVersionsAndFind(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "acme/terms/2.md"), version("2", "2024-03-01"))
	write(t, filepath.Join(dir, "acme/terms/10.md"), version("10", "unknown"))
	write(t, filepath.Join(dir, "acme/terms/9.md"), version("9", "unknown"))
	write(t, filepath.Join(dir, "acme/terms/1.md"), version("1", "2023-01-01"))
	c, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Versions("acme/terms") {
		got = append(got, d.Meta.Version)
	}
	// Some dates are unknown: version labels decide, in natural order.
	if want := []string{"1", "2", "9", "10"}; !slices.Equal(got, want) {
		t.Errorf("Versions = %q, want %q", got, want)
	}
	if d, err := c.Find("acme/terms"); err != nil || d.Meta.Version != "10" {
		t.Errorf("Find(acme/terms) = %v, %v; want the newest, 10", d, err)
	}
	if d, err := c.Find("acme/terms@2"); err != nil || d.Meta.Version != "2" {
		t.Errorf("Find(acme/terms@2) = %v, %v", d, err)
	}
	if _, err := c.Find("acme/terms@3"); err == nil {
		t.Error("Find of a missing version: no error")
	}
}

func TestVersionsByDate(t *testing.T) {
	dir := t.TempDir()
	// Labels that do not sort in time order: dates decide when all are known.
	write(t, filepath.Join(dir, "acme/terms/b.md"), version("b", "2024-03-01"))
	write(t, filepath.Join(dir, "acme/terms/a.md"), version("a", "2025-01-01"))
	write(t, filepath.Join(dir, "acme/terms/c.md"), version("c", "2023-06-01"))
	c, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Versions("acme/terms") {
		got = append(got, d.Meta.Version)
	}
	if want := []string{"c", "b", "a"}; !slices.Equal(got, want) {
		t.Errorf("Versions = %q, want %q (by publication date)", got, want)
	}
}

func TestLoadRealTerms(t *testing.T) {
	t.Chdir(testutil.Root(t))
	c, err := Load([]string{"terms"})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 3 || len(c.Diags) != 0 {
		t.Errorf("%d documents, diagnostics %v; want 3 documents that parse cleanly", len(c.Docs), c.Diags)
	}
}

func TestEmptyFolder(t *testing.T) {
	if _, err := Load([]string{t.TempDir()}); err == nil {
		t.Error("a folder without documents loads without error")
	}
}
