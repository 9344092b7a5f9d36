//go:build unix

package site

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe would block the build forever: it is refused.
func TestStaticPipe(t *testing.T) {
	dir := siteDir(t, nil)
	if err := syscall.Mkfifo(filepath.Join(dir, "static", "pipe"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if _, err := buildWithStatic(t, dir); err == nil || !strings.Contains(err.Error(), "static/pipe: not a regular file") {
		t.Errorf("Build = %v; want a refusal of the pipe", err)
	}
	if StaticFS(filepath.Join(dir, "missing")) != nil {
		t.Error("StaticFS of a site without static/ is not nil")
	}
}
