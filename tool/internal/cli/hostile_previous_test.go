package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// previous holds the outputs a good earlier run left, which a failed run
// must leave as they are: a site written by build, a PDF, and text files
// for diff -o and notice -o.
type previous struct {
	site     string // folder holding the good site
	pdf      []byte
	text     []byte
	sentinel string // a file only the previous site has
}

// previousOutputs builds them once with the binary, from a valid document.
func previousOutputs(t *testing.T, bin string) *previous {
	t.Helper()
	root := t.TempDir()
	work := filepath.Join(root, "work")
	doc := strings.Replace(hostileFront, "acme/terms", "acme/previous", 1) + "# 1. Scope\n\n1.1. The previous site.\n"
	if err := writeFileAll(filepath.Join(work, "terms", "acme", "previous", "1.md"), []byte(doc)); err != nil {
		t.Fatal(err)
	}
	env := privateEnv(t, root)
	for _, args := range [][]string{
		{"build", "--quiet", "--date", "2026-01-01", "--out", "public", "terms"},
		{"pdf", "-o", "previous.pdf", "terms/acme/previous/1.md"},
	} {
		if res := runBinary(bin, work, env, args); res.exit != 0 {
			t.Fatalf("legalkit %s: exit %d\n%s", strings.Join(args, " "), res.exit, res.stderr)
		}
	}
	p := &previous{site: filepath.Join(work, "public"), text: []byte("previous output\n"), sentinel: "previous-build.txt"}
	if err := os.WriteFile(filepath.Join(p.site, p.sentinel), []byte("from the previous build\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var err error
	if p.pdf, err = os.ReadFile(filepath.Join(work, "previous.pdf")); err != nil {
		t.Fatal(err)
	}
	return p
}

// install puts the previous outputs into a case's work folder: public/,
// out.pdf, diff.txt and notice.md.
func (p *previous) install(t *testing.T, work string) {
	t.Helper()
	if err := copyTree(p.site, filepath.Join(work, "public")); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"out.pdf": p.pdf, "diff.txt": p.text, "notice.md": p.text} {
		if err := os.WriteFile(filepath.Join(work, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
}
