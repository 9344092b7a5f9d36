package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// full is a writer that is always full, like /dev/full.
type full struct{}

func (full) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// writeCases are runs that succeed when their output can be written.
func writeCases(t *testing.T) [][]string {
	out := t.TempDir()
	return [][]string{
		{"check"},
		{"check", "--format", "json"},
		{"check", "--format", "github"},
		{"completion", "bash"},
		{"completion", "zsh"},
		{"inspect", "visma/servicevoorwaarden@2018-04-18"},
		{"diff", "--sources", "testdata/diff", "acme/terms-of-service"},
		{"diff", "--format", "json", "--sources", "testdata/diff", "acme/terms-of-service"},
		{"notice", "--format", "text", "--sources", "testdata/diff", "acme/terms-of-service@2"},
		{"changelog", "--sources", "testdata/diff", "acme/terms-of-service"},
		{"--help"},
		{"build", "--no-pdf", "--out", filepath.Join(out, "site")},
	}
}

// TestFailedWriteExits1: a run whose standard output or standard error
// cannot be written exits 1, never 0, and says so when it still can.
func TestFailedWriteExits1(t *testing.T) {
	t.Chdir(testutil.Root(t))
	for _, args := range writeCases(t) {
		name := strings.Join(args, " ")
		var stderr bytes.Buffer
		if code := Main(append([]string{"legalkit"}, args...), &bytes.Buffer{}, &stderr); code != ExitOK {
			t.Fatalf("%s: exit %d with room to write: %s", name, code, stderr.String())
		}
		t.Run(name+" > full", func(t *testing.T) {
			var stderr bytes.Buffer
			code := Main(append([]string{"legalkit"}, args...), full{}, &stderr)
			// build writes its messages to standard error only.
			if args[0] == "build" {
				if code != ExitOK {
					t.Errorf("exit %d, want 0: build writes nothing to standard output\n%s", code, stderr.String())
				}
				return
			}
			if code != ExitFindings {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(stderr.String(), "no space left on device") {
				t.Errorf("stderr does not say what failed: %q", stderr.String())
			}
		})
		t.Run(name+" 2> full", func(t *testing.T) {
			var stdout bytes.Buffer
			code := Main(append([]string{"legalkit"}, args...), &stdout, full{})
			wrote := args[0] == "check" && len(args) == 1 || args[0] == "build"
			if wrote && code != ExitFindings {
				t.Errorf("exit %d, want 1: its messages to standard error were lost", code)
			}
			if !wrote && code != ExitOK {
				t.Errorf("exit %d, want 0: it writes nothing to standard error", code)
			}
		})
	}
}

// TestDevFull writes to the real /dev/full, as "legalkit check > /dev/full"
// and "legalkit completion bash > /dev/full" do.
func TestDevFull(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	t.Chdir(testutil.Root(t))
	for _, args := range [][]string{{"check"}, {"completion", "bash"}, {"inspect", "visma/servicevoorwaarden@2018-04-18"}} {
		var stderr bytes.Buffer
		if code := Main(append([]string{"legalkit"}, args...), f, &stderr); code != ExitFindings {
			t.Errorf("legalkit %s > /dev/full: exit %d, want 1", strings.Join(args, " "), code)
		}
		if !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("legalkit %s > /dev/full: stderr %q does not say what failed", strings.Join(args, " "), stderr.String())
		}
	}
}
