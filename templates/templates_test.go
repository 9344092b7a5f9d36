package templates

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestOverlayPrefersDisk(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "css"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "css", "README.md"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys, err := FS(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := fs.ReadFile(fsys, "css/README.md")
	if err != nil || string(b) != "mine" {
		t.Fatalf("css/README.md = %q, %v; want the file on disk", b, err)
	}
	if _, err := fs.ReadFile(fsys, "html/README.md"); err != nil {
		t.Fatalf("embedded file not visible through the overlay: %v", err)
	}
	if _, err := FS(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("FS of a missing folder: no error")
	}
}
