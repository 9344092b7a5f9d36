package site

import (
	"errors"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/templates"
)

// siteDir makes a site folder with static/ files and the given links
// (name inside static/ -> target), and a secret next to it.
func siteDir(t *testing.T, links map[string]string) string {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "site")
	for _, d := range []string{"static/img", "static/.well-known"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		"static/img/logo.svg":             "<svg/>",
		"static/.hidden":                  "not published",
		"static/.well-known/security.txt": "Contact: mailto:security@example.com",
		"../secret.txt":                   "TOKEN=hunter2",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, "static", filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func buildWithStatic(t *testing.T, dir string) (*Site, error) {
	return buildFixture(t, func(o *Options) { o.Static = StaticFS(dir) })
}

// Links inside the site folder are followed; linked folders are copied.
func TestStaticLinksInside(t *testing.T) {
	dir := siteDir(t, map[string]string{
		"logo.svg": "../static/img/logo.svg",
		"pics":     "img",
	})
	s, err := buildWithStatic(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"logo.svg":                 "<svg/>",
		"img/logo.svg":             "<svg/>",
		"pics/logo.svg":            "<svg/>",
		".well-known/security.txt": "Contact: mailto:security@example.com",
	}
	for p, content := range want {
		if got, ok := s.File(p); !ok || string(got) != content {
			t.Errorf("%s = %q, %v; want %q", p, got, ok, content)
		}
	}
	if _, ok := s.File(".hidden"); ok {
		t.Error("a hidden file was published")
	}
}

// Links that leave the site folder fail the build with a message that
// names the link and where it points; nothing they point to is published.
func TestStaticLinksOutside(t *testing.T) {
	tests := []struct {
		name, link, target, message string
	}{
		{"relative", "env.txt", "../../secret.txt", "static/env.txt: a symbolic link to ../../secret.txt, which is outside"},
		{"proc", "env.txt", "/proc/self/environ", "static/env.txt: a symbolic link to /proc/self/environ, which is outside"},
		{"passwd in a folder", "img/passwd", "/etc/passwd", "static/img/passwd: a symbolic link to /etc/passwd, which is outside"},
		{"folder", "etc", "/etc", "static/etc: a symbolic link to /etc, which is outside"},
		{"loop", "a", "b", "static/a: a symbolic link to b that loops back on itself"},
		{"folder loop", "img/again", "..", "static/img/again: a symbolic link to a folder it is in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links := map[string]string{tt.link: tt.target}
			if tt.name == "loop" {
				links["b"] = "a"
			}
			s, err := buildWithStatic(t, siteDir(t, links))
			if err == nil {
				t.Fatalf("Build published %v; want an error", s.Files())
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q; want %q", err, tt.message)
			}
		})
	}
}

// The static folder itself may not be a link out of the site folder.
func TestStaticFolderLinkedOutside(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "site")
	if err := os.MkdirAll(filepath.Join(base, "etc"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(base, "etc", "passwd"), []byte("root:x:0:0"), 0o644)
	os.MkdirAll(dir, 0o755)
	if err := os.Symlink(filepath.Join(base, "etc"), filepath.Join(dir, "static")); err != nil {
		t.Fatal(err)
	}
	_, err := buildWithStatic(t, dir)
	var le *templates.LinkError
	if !errors.As(err, &le) || le.Link != filepath.Join(dir, "static") {
		t.Errorf("Build = %v; want a LinkError for the static folder", err)
	}
}

// The live preview serves static files from the same reader: a link out
// of the site folder is an error page naming the link, never the file.
func TestServeStaticLinkOutside(t *testing.T) {
	dir := siteDir(t, map[string]string{"env.txt": "../../secret.txt", "logo.svg": "img/logo.svg"})
	srv := &Server{Build: func(int) (*Site, error) { return buildWithStatic(t, dir) }}
	// httptest requests are addressed to example.com.
	srv.hosts = newHostFilter(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}, []string{"example.com"})
	srv.Rebuild()
	for _, p := range []string{"/env.txt", "/index.html"} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		body := rec.Body.String()
		if rec.Code != 500 || strings.Contains(body, "hunter2") || !strings.Contains(body, "static/env.txt: a symbolic link to ../../secret.txt") {
			t.Errorf("GET %s = %d %q; want the error page naming the link", p, rec.Code, body)
		}
	}
	os.Remove(filepath.Join(dir, "static", "env.txt"))
	srv.Rebuild()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/logo.svg", nil))
	if rec.Code != 200 || rec.Body.String() != "<svg/>" {
		t.Errorf("GET /logo.svg = %d %q; want the file the link inside points to", rec.Code, rec.Body)
	}
}
