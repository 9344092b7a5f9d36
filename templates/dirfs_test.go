package templates

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree makes root/ with a file, an inner folder and the links of the test
// cases, and a secret next to root/ that no link may reveal.
func tree(t *testing.T) (root, secret string) {
	t.Helper()
	base := t.TempDir()
	root = filepath.Join(base, "root")
	secret = filepath.Join(base, "secret.txt")
	must(t, os.MkdirAll(filepath.Join(root, "img"), 0o755))
	must(t, os.MkdirAll(filepath.Join(base, "elsewhere"), 0o755))
	must(t, os.WriteFile(secret, []byte("TOKEN=hunter2"), 0o644))
	must(t, os.WriteFile(filepath.Join(base, "elsewhere", "x.css"), []byte("TOKEN=hunter2"), 0o644))
	must(t, os.WriteFile(filepath.Join(root, "img", "logo.svg"), []byte("<svg/>"), 0o644))
	links := map[string]string{
		"logo.svg":     "img/logo.svg",           // inside: followed
		"img/back.svg": "../logo.svg",            // a link to a link inside
		"env.txt":      "../secret.txt",          // leaves the root
		"abs.txt":      secret,                   // absolute
		"proc.txt":     "/proc/self/environ",     // the example
		"loop-a":       "loop-b",                 // a loop
		"loop-b":       "loop-a",                 //
		"gone.txt":     "nothing-here.txt",       // dangling, inside
		"gone-out.txt": "../../nothing-here.txt", // dangling, outside
		"css":          "../elsewhere",           // a folder outside
		"pics":         "img",                    // a folder inside
	}
	for link, target := range links {
		must(t, os.Symlink(target, filepath.Join(root, filepath.FromSlash(link))))
	}
	return root, secret
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestDirFSStaysInside(t *testing.T) {
	root, secret := tree(t)
	fsys := DirFS(root)
	for _, name := range []string{"img/logo.svg", "logo.svg", "img/back.svg", "pics/logo.svg"} {
		b, err := fs.ReadFile(fsys, name)
		if err != nil || string(b) != "<svg/>" {
			t.Errorf("ReadFile(%s) = %q, %v; want the file inside the folder", name, b, err)
		}
	}
	tests := []struct {
		name, link, target, reason string
	}{
		{"env.txt", "env.txt", "../secret.txt", "outside"},
		{"abs.txt", "abs.txt", secret, "outside"},
		{"proc.txt", "proc.txt", "/proc/self/environ", "outside"},
		{"loop-a", "loop-a", "loop-b", "loop"},
		{"gone.txt", "gone.txt", "nothing-here.txt", "missing"},
		{"gone-out.txt", "gone-out.txt", "../../nothing-here.txt", "outside"},
		{"css/x.css", "css", "../elsewhere", "outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := fs.ReadFile(fsys, tt.name)
			var le *LinkError
			if !errors.As(err, &le) {
				t.Fatalf("ReadFile = %q, %v; want a LinkError", b, err)
			}
			if le.Link != filepath.Join(root, tt.link) || le.Target != tt.target || le.Reason != tt.reason {
				t.Errorf("LinkError = %+v; want link %s, target %s, reason %s", le, tt.link, tt.target, tt.reason)
			}
			msg := err.Error()
			if !strings.Contains(msg, le.Link) || !strings.Contains(msg, tt.target) {
				t.Errorf("message %q does not name the link and its target", msg)
			}
			if errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a refused link reads as a missing file: %v", err)
			}
		})
	}
	if _, err := fsys.Open("../secret.txt"); !errors.Is(err, fs.ErrInvalid) {
		t.Errorf("Open(../secret.txt) = %v, want ErrInvalid", err)
	}
}

// A --templates folder whose css/site.css leaves it is an error, not a
// silent fall back to the built-in stylesheet.
func TestOverlayReportsLinks(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "x.css")
	must(t, os.WriteFile(outside, []byte("TOKEN"), 0o644))
	must(t, os.MkdirAll(filepath.Join(dir, "css"), 0o755))
	must(t, os.Symlink(outside, filepath.Join(dir, "css", "site.css")))
	must(t, os.Symlink(filepath.Dir(outside), filepath.Join(dir, "html")))
	fsys, err := FS(dir)
	must(t, err)
	for _, name := range []string{"css/site.css", "html/layout.html"} {
		if b, err := fs.ReadFile(fsys, name); !isLinkError(err) {
			t.Errorf("ReadFile(%s) = %.20q, %v; want a LinkError", name, b, err)
		}
		if _, err := fsys.Open(name); !isLinkError(err) {
			t.Errorf("Open(%s) = %v; want a LinkError", name, err)
		}
	}
	if _, err := fs.ReadDir(fsys, "html"); !isLinkError(err) {
		t.Errorf("ReadDir(html) = %v; want a LinkError", err)
	}
	if _, err := fs.ReadFile(fsys, "css/print.css"); err != nil {
		t.Errorf("a file the folder does not have comes from the built-in files: %v", err)
	}
}

func isLinkError(err error) bool {
	var le *LinkError
	return errors.As(err, &le)
}
