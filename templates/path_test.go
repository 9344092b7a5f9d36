package templates

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// TestPath names a file from --templates DIR as DIR/NAME, with DIR as the
// user wrote it, and a built-in file as templates/NAME.
func TestPath(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.MkdirAll(filepath.Join("mine", "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("mine", "html", "layout.html"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys, err := FS("./mine/")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"html/layout.html":  filepath.Join("mine", "html", "layout.html"),
		"html/version.html": "templates/html/version.html",
		"html":              "templates/html",
	} {
		if got := Path(fsys, name); got != want {
			t.Errorf("Path(%s) = %s, want %s", name, got, want)
		}
	}
	if got := Path(Embedded(), "pdf/style.json"); got != "templates/pdf/style.json" {
		t.Errorf("built-in: %s", got)
	}
	if got := Path(fstest.MapFS{}, "pdf/style.json"); got != "templates/pdf/style.json" {
		t.Errorf("another file system: %s", got)
	}
}
