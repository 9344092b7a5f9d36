package importer

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// repo is a git repository made for a test, with fixed dates.
type repo struct {
	t   *testing.T
	dir string
	day int
}

func newRepo(t *testing.T) *repo {
	testutil.RequireTool(t, "git")
	r := &repo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.dir
	date := "2024-01-" + twoDigits(r.day+1) + "T12:00:00+02:00"
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=T", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=T", "GIT_COMMITTER_EMAIL=t@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func twoDigits(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

func (r *repo) write(path, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, path)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *repo) commit(msg string) string {
	r.t.Helper()
	r.day++
	r.git("add", "-A")
	r.git("commit", "-q", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

const jekyll = "---\nlayout: legal\ntitle: Terms of Service\nredirect_from:\n  - /tos/\n---\n"

func TestGitHistory(t *testing.T) {
	r := newRepo(t)
	bodies := map[string]string{} // commit -> body it must write
	r.write("terms.md", jekyll+"# Terms\n\nLast updated: March 1, 2020\n\n1. You agree.\n")
	c1 := r.commit("first")
	bodies[c1] = "# Terms\n\nLast updated: March 1, 2020\n\n1. You agree.\n"
	r.git("mv", "terms.md", "legal.md")
	r.commit("rename only: identical, skipped")
	r.write("legal.md", jekyll+"# Terms\n\n1. You agree, and more.\n")
	c3 := r.commit("no date stated")
	bodies[c3] = "# Terms\n\n1. You agree, and more.\n"
	r.write("legal.md", strings.Replace(jekyll, "legal", "page", 1)+"# Terms\n\n1. You agree, and more.\n")
	r.commit("front matter only: identical, skipped")
	r.git("checkout", "-q", "-b", "side")
	r.write("legal.md", jekyll+"# Terms\n\nEffective date: 2021-05-01\n\n1. Side branch.\n")
	r.commit("on a side branch: not on the first-parent line")
	r.write("legal.md", jekyll+"# Terms\n\nEffective date: 2021-06-01\n\n1. Side branch, final.\n")
	r.commit("side, final")
	r.git("checkout", "-q", "main")
	r.day++
	r.git("merge", "-q", "--no-ff", "-m", "merge", "side")
	merge := r.git("rev-parse", "HEAD")
	bodies[merge] = "# Terms\n\nEffective date: 2021-06-01\n\n1. Side branch, final.\n"

	doc, ds, err := Git(context.Background(), filepath.Join(r.dir, "legal.md"), Options{Publisher: "Acme", Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if ds.HasErrors() {
		t.Fatalf("errors: %v", ds)
	}
	type want struct{ version, published, effective, commit, file string }
	wants := []want{
		{"2020-03-01", "2020-03-01", "unknown", c1, "terms.md"},
		{"2024-01-04", "unknown", "unknown", c3, "legal.md"},
		{"2021-06-01", "unknown", "2021-06-01", merge, "legal.md"},
	}
	if doc.ID != "acme/legal" || len(doc.Versions) != len(wants) || doc.Skipped != 2 {
		t.Fatalf("id %s, %d versions, %d skipped; want acme/legal, %d versions, 2 skipped", doc.ID, len(doc.Versions), doc.Skipped, len(wants))
	}
	for i, w := range wants {
		v := doc.Versions[i]
		m := v.Meta
		got := want{m.Version, m.Published.String(), m.Effective.String(), m.Source.Commit, m.Source.File}
		if got != w {
			t.Errorf("version %d: %+v\nwant %+v", i, got, w)
		}
		if m.Title != "Terms of Service" || len(m.Aliases) != 0 {
			t.Errorf("version %d: title %q, aliases %v", i, m.Title, m.Aliases)
		}
		assertWritten(t, v, bodies[w.commit])
	}
	assertWarning(t, ds, "legal.md:4:1: warning: import-foreign-key: redirect_from")
	assertWarning(t, ds, "legal.md:2:1: warning: import-foreign-key: layout")
}

// assertWritten checks that the written source ends with the body byte
// for byte and that legalkit reads its front matter without an error.
func assertWritten(t *testing.T, v Version, body string) {
	t.Helper()
	if !bytes.Equal(v.Body, []byte(body)) || !bytes.HasSuffix(v.Data, []byte("\n---\n"+body)) && !bytes.HasSuffix(v.Data, []byte("\r\n---\r\n"+body)) {
		t.Errorf("%s: the body is not written unchanged:\n%s", v.Path, v.Data)
	}
	d, ds := parse.Parse(v.Path, v.Data)
	for _, x := range ds {
		if x.Severity == diag.Error && strings.HasPrefix(x.Code, "front-matter") {
			t.Errorf("%s: %v\n%s", v.Path, x, v.Data)
		}
	}
	if d != nil && !reflect.DeepEqual(d.Meta, v.Meta) {
		t.Errorf("%s: read back as %+v\nwant %+v", v.Path, d.Meta, v.Meta)
	}
}

func assertWarning(t *testing.T, ds diag.List, prefix string) {
	t.Helper()
	for _, d := range ds {
		if strings.Contains(d.String(), prefix) {
			return
		}
	}
	t.Errorf("no diagnostic %q in\n%v", prefix, ds)
}

func TestGitErrors(t *testing.T) {
	r := newRepo(t)
	r.write("a.md", "# A\n")
	r.commit("a")
	r.write("new.md", "# New\n")
	if _, _, err := Git(context.Background(), filepath.Join(r.dir, "new.md"), Options{Publisher: "P"}); err == nil || !strings.Contains(err.Error(), "no committed version") {
		t.Errorf("uncommitted file: %v", err)
	}
	outside := filepath.Join(t.TempDir(), "x.md")
	os.WriteFile(outside, []byte("# X\n"), 0o644)
	if _, _, err := Git(context.Background(), outside, Options{Publisher: "P"}); err == nil || !strings.Contains(err.Error(), "not in a git repository") {
		t.Errorf("file outside a repository: %v", err)
	}
}
