package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPlan(t *testing.T) {
	in := writeFiles(t, map[string]string{"terms.md": "# Terms\n\n" + enText})
	doc, ds, err := File(filepath.Join(in, "terms.md"), Options{Publisher: "Acme"})
	if err != nil || ds.HasErrors() {
		t.Fatalf("%v %v", err, ds)
	}
	out := t.TempDir()
	outs, err := Plan(out, []*Document{doc}, []string{filepath.Join(in, "terms.md")}, false)
	if err != nil || len(outs) != 1 || outs[0].Path != filepath.Join(out, "acme", "terms", "terms.md") {
		t.Fatalf("plan %v, %v", outs, err)
	}
	os.MkdirAll(filepath.Dir(outs[0].Path), 0o755)
	os.WriteFile(outs[0].Path, []byte("mine"), 0o644)
	if _, err := Plan(out, []*Document{doc}, nil, false); err == nil || !strings.Contains(err.Error(), "exist already: nothing was written (pass --force") {
		t.Errorf("existing file: %v", err)
	}
	if _, err := Plan(out, []*Document{doc}, nil, true); err != nil {
		t.Errorf("--force: %v", err)
	}
	if _, err := Plan(out, []*Document{doc, doc}, nil, true); err == nil || !strings.Contains(err.Error(), "would both become document acme/terms") {
		t.Errorf("two inputs, one id: %v", err)
	}
	// The output would land in the input folder, or replace the input
	// (here through a symbolic link).
	base := t.TempDir()
	folder := filepath.Join(base, "acme", "terms")
	os.MkdirAll(folder, 0o755)
	into := &Document{ID: "acme/terms", Input: folder, Versions: []Version{{Path: "acme/terms/1.md"}}}
	if _, err := Plan(base, []*Document{into}, []string{folder}, true); err == nil || !strings.Contains(err.Error(), "into the input folder") {
		t.Errorf("output into the input folder: %v", err)
	}
	os.MkdirAll(filepath.Join(base, "a"), 0o755)
	os.Symlink(in, filepath.Join(base, "a", "b"))
	onto := &Document{ID: "a/b", Versions: []Version{{Path: "a/b/terms.md"}}}
	if _, err := Plan(base, []*Document{onto}, []string{filepath.Join(in, "terms.md")}, true); err == nil || !strings.Contains(err.Error(), "would replace the input") {
		t.Errorf("output over the input through a link: %v", err)
	}
}
