package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestSourceLinks: links inside the sources folder are read; links that
// leave it, loop or point to nothing are source-symlink errors at the link,
// and what they point to is never read.
func TestSourceLinks(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "terms")
	write(t, filepath.Join(dir, "acme/terms/1.md"), version("1", "2023-01-01"))
	write(t, filepath.Join(dir, "shared/2.md"), version("2", "2024-01-01"))
	write(t, filepath.Join(base, "outside/3.md"), version("3", "2025-01-01"))
	symlink(t, "../../shared/2.md", filepath.Join(dir, "acme/terms/2.md"))             // inside: read
	symlink(t, "../../../outside/3.md", filepath.Join(dir, "acme/terms/3.md"))         // leaves terms/
	symlink(t, filepath.Join(base, "outside/3.md"), filepath.Join(dir, "acme/abs.md")) // absolute
	symlink(t, "/proc/self/environ", filepath.Join(dir, "acme/env.md"))                // the example
	symlink(t, "loop-b.md", filepath.Join(dir, "acme/loop-a.md"))                      // a loop
	symlink(t, "loop-a.md", filepath.Join(dir, "acme/loop-b.md"))
	symlink(t, "gone.md", filepath.Join(dir, "acme/dangling.md"))   // points to nothing
	symlink(t, "../outside", filepath.Join(dir, "more"))            // a folder outside
	symlink(t, "..", filepath.Join(dir, "acme/terms/up"))           // a folder that holds the link: a loop
	symlink(t, "../shared", filepath.Join(dir, "acme/common"))      // a folder inside: not walked twice
	symlink(t, "deep", filepath.Join(dir, "deep"))                  // a folder link to itself
	symlink(t, "/etc/passwd", filepath.Join(dir, "acme/notes.txt")) // not a source: ignored

	done := make(chan struct{})
	var c *Corpus
	var err error
	go func() { c, err = Load([]string{dir}); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load hangs on symbolic links")
	}
	if err != nil {
		t.Fatal(err)
	}
	var versions []string
	for _, d := range c.Docs {
		versions = append(versions, d.Meta.Version)
	}
	if want := []string{"1", "2", "2"}; !slices.Equal(versions, want) {
		t.Errorf("versions read: %q, want %q (shared/2.md directly and through its link)", versions, want)
	}
	want := []string{
		filepath.Join(dir, "acme/abs.md") + ":1:1: error: source-symlink: a symbolic link to " + filepath.Join(base, "outside/3.md") + ", which is outside " + dir,
		filepath.Join(dir, "acme/dangling.md") + ":1:1: error: source-symlink: a symbolic link to gone.md, which does not exist",
		filepath.Join(dir, "acme/env.md") + ":1:1: error: source-symlink: a symbolic link to /proc/self/environ, which is outside " + dir,
		filepath.Join(dir, "acme/loop-a.md") + ":1:1: error: source-symlink: a symbolic link to loop-b.md that loops back on itself",
		filepath.Join(dir, "acme/loop-b.md") + ":1:1: error: source-symlink: a symbolic link to loop-a.md that loops back on itself",
		filepath.Join(dir, "acme/terms/3.md") + ":1:1: error: source-symlink: a symbolic link to ../../../outside/3.md, which is outside " + dir,
		filepath.Join(dir, "acme/terms/up") + ":1:1: error: source-symlink: a symbolic link to .. that loops back on itself",
		filepath.Join(dir, "deep") + ":1:1: error: source-symlink: a symbolic link to deep that loops back on itself",
		filepath.Join(dir, "more") + ":1:1: error: source-symlink: a symbolic link to ../outside, which is outside " + dir,
	}
	got := c.Diags.Sort()
	if len(got) != len(want) {
		t.Fatalf("diagnostics:\n%v\nwant %d", lines(got), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i].String(), want[i]) {
			t.Errorf("diagnostic %d:\n%s\nwant it to start with\n%s", i, got[i], want[i])
		}
	}
}

func lines(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// A file named on the command line may link within the current folder,
// not out of it; a sources folder named through a link is read.
func TestSourceArgumentLinks(t *testing.T) {
	base := t.TempDir()
	write(t, filepath.Join(base, "repo/terms/a/1.md"), version("1", "2023-01-01"))
	write(t, filepath.Join(base, "secret.md"), version("9", "2023-01-01"))
	t.Chdir(filepath.Join(base, "repo"))
	os.MkdirAll("links", 0o755)
	symlink(t, "../terms/a/1.md", "links/ok.md")
	symlink(t, "../../secret.md", "links/secret.md")
	symlink(t, "terms", "sources")

	c, err := Load([]string{"links/ok.md", "links/secret.md", "sources"})
	if err != nil {
		t.Fatal(err)
	}
	var read []string
	for _, d := range c.Docs {
		read = append(read, d.Path)
	}
	if want := []string{"links/ok.md", "sources/a/1.md"}; !slices.Equal(read, want) {
		t.Errorf("read %q, want %q", read, want)
	}
	if len(c.Diags) != 1 || c.Diags[0].File != "links/secret.md" || c.Diags[0].Code != "source-symlink" {
		t.Errorf("diagnostics %v; want one source-symlink at links/secret.md", c.Diags)
	}
}
