package redline

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestGoldenGermanFrench writes the changelogs and redlines of the German
// and French fixtures (testdata/lang) in every format: the words readers
// see there are German and French (go test -update rewrites
// testdata/lang/golden/changelog and testdata/lang/golden/redline).
func TestGoldenGermanFrench(t *testing.T) {
	root := testutil.Root(t)
	t.Chdir(root)
	golden := filepath.Join(root, "testdata", "lang", "golden")
	for _, tt := range []struct{ dir, id string }{{"de", "beispiel/nutzungsbedingungen"}, {"fr", "exemple/conditions-generales"}} {
		c, err := corpus.Load([]string{filepath.Join("testdata", "lang", tt.dir)})
		if err != nil {
			t.Fatal(err)
		}
		versions := c.Versions(tt.id)
		entries := diff.Changelog(versions)
		for _, format := range ChangelogFormats {
			var b bytes.Buffer
			if err := Changelog(&b, entries, format, nil); err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join(golden, "changelog", tt.dir+"."+format), b.Bytes())
		}
		r := diff.Compare(versions[0], versions[1])
		for _, f := range []struct {
			ext   string
			write func(*bytes.Buffer) error
		}{
			{"txt", func(b *bytes.Buffer) error { return Text(b, r, Options{}) }},
			{"md", func(b *bytes.Buffer) error { return Markdown(b, r, Options{}) }},
			{"html", func(b *bytes.Buffer) error { return HTML(b, r, Options{}) }},
			{"side.html", func(b *bytes.Buffer) error { return HTML(b, r, Options{Layout: SideBySide}) }},
		} {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join(golden, "redline", tt.dir+"-1..2."+f.ext), b.Bytes())
		}
	}
}
