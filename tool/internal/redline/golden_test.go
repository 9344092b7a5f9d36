package redline

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// fixtures loads the fixture documents of testdata/diff: version histories
// built from our real documents, one kind of change per version.
func fixtures(t *testing.T) (*corpus.Corpus, string) {
	t.Helper()
	root := testutil.Root(t)
	t.Chdir(root)
	c, err := corpus.Load([]string{filepath.Join("testdata", "diff")})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) == 0 {
		t.Fatal("no fixtures")
	}
	return c, filepath.Join(root, "testdata", "diff", "golden")
}

func ids(c *corpus.Corpus) []string {
	var out []string
	for _, d := range c.Docs {
		if len(out) == 0 || out[len(out)-1] != d.Meta.ID {
			out = append(out, d.Meta.ID)
		}
	}
	return out
}

// htmlGolden lists the cases whose HTML redlines are golden files too.
var htmlGolden = map[string]bool{
	"acme-terms-of-service/1..2":                      true,
	"visma-servicevoorwaarden/2018-04-18..2018-06-01": true,
}

// TestGolden writes every consecutive pair of fixture versions in every
// format and compares with testdata/diff/golden (go test -update rewrites).
// The text files hold the expected summary of each case.
func TestGolden(t *testing.T) {
	c, dir := fixtures(t)
	for _, id := range ids(c) {
		versions := c.Versions(id)
		for i := 1; i < len(versions); i++ {
			r := diff.Compare(versions[i-1], versions[i])
			name := strings.ReplaceAll(id, "/", "-") + "/" + versions[i-1].Meta.Version + ".." + versions[i].Meta.Version
			t.Run(name, func(t *testing.T) {
				formats := []struct {
					ext   string
					write func(*bytes.Buffer) error
				}{
					{"txt", func(b *bytes.Buffer) error { return Text(b, r, Options{}) }},
					{"md", func(b *bytes.Buffer) error { return Markdown(b, r, Options{}) }},
					{"json", func(b *bytes.Buffer) error { return r.WriteJSON(b, false) }},
					{"substantive.txt", func(b *bytes.Buffer) error { return Text(b, r, Options{IgnoreEditorial: true}) }},
					{"html", func(b *bytes.Buffer) error { return HTML(b, r, Options{}) }},
					{"side.html", func(b *bytes.Buffer) error { return HTML(b, r, Options{Layout: SideBySide}) }},
				}
				for _, f := range formats {
					if strings.HasSuffix(f.ext, "html") && !htmlGolden[name] {
						continue // whole-document redlines are large: two cases suffice
					}
					var b bytes.Buffer
					if err := f.write(&b); err != nil {
						t.Fatal(err)
					}
					testutil.Golden(t, filepath.Join(dir, name+"."+f.ext), b.Bytes())
				}
			})
		}
	}
}

// TestGoldenChangelog writes each fixture document's changelog.
func TestGoldenChangelog(t *testing.T) {
	c, dir := fixtures(t)
	for _, id := range ids(c) {
		entries := diff.Changelog(c.Versions(id))
		for _, format := range ChangelogFormats {
			var b bytes.Buffer
			if err := Changelog(&b, entries, format, nil); err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join(dir, strings.ReplaceAll(id, "/", "-"), "changelog."+format), b.Bytes())
		}
	}
}
