package history_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

const module = "github.com/legalkit/legalkit/"

// deps lists the packages pkgs depend on (go list -deps), without tests.
func deps(t *testing.T, pkgs ...string) []string {
	t.Helper()
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goBin, append([]string{"list", "-deps"}, pkgs...)...)
	cmd.Dir = testutil.Root(t)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps %v: %v\n%s", pkgs, err, out)
	}
	return strings.Fields(string(out))
}

// TestCheckAndSiteNeedNoLoader: reasoning about versions does not pull
// the loader, the parser or goldmark into check or the site.
func TestCheckAndSiteNeedNoLoader(t *testing.T) {
	for _, pkg := range []string{"./tool/internal/check", "./tool/internal/site"} {
		for _, d := range deps(t, pkg) {
			if strings.Contains(d, "goldmark") || d == module+"tool/internal/parse" || d == module+"tool/internal/corpus" {
				t.Errorf("%s depends on %s", pkg, d)
			}
		}
	}
}

// TestStandardLibraryOnly: history imports nothing but the standard
// library and the model.
func TestStandardLibraryOnly(t *testing.T) {
	for _, d := range deps(t, "./tool/internal/history") {
		first, _, _ := strings.Cut(d, "/")
		if strings.Contains(first, ".") && d != module+"tool/internal/history" && d != module+"tool/internal/model" {
			t.Errorf("history depends on %s", d)
		}
	}
}
