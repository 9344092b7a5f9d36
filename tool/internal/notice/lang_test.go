package notice

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestGoldenGermanFrench writes the notices of the German and French
// fixtures (testdata/lang): each version against the one before it, every
// format for version 2 (go test -update rewrites testdata/lang/golden/notice).
func TestGoldenGermanFrench(t *testing.T) {
	root := testutil.Root(t)
	t.Chdir(root)
	for _, tt := range []struct{ dir, id string }{{"de", "beispiel/nutzungsbedingungen"}, {"fr", "exemple/conditions-generales"}} {
		c, err := corpus.Load([]string{filepath.Join("testdata", "lang", tt.dir)})
		if err != nil {
			t.Fatal(err)
		}
		versions := c.Versions(tt.id)
		if len(versions) != 4 {
			t.Fatalf("%s: %d versions, want 4", tt.id, len(versions))
		}
		for i := 1; i < len(versions); i++ {
			v := versions[i]
			n := Build(diff.Compare(versions[i-1], v), Options{URL: "https://bedingungen.example/" + v.Meta.ID + "/" + v.Meta.Version + ".html",
				Objection: history.Objection(versions, v)})
			formats := []string{"md"}
			if v.Meta.Version == "2" {
				formats = Formats
			}
			for _, f := range formats {
				var b bytes.Buffer
				if err := n.Write(&b, f); err != nil {
					t.Fatal(err)
				}
				ext := map[string]string{"md": "md", "html": "html", "text": "txt", "json": "json"}[f]
				testutil.Golden(t, filepath.Join(root, "testdata", "lang", "golden", "notice", tt.dir, v.Meta.Version+"."+ext), b.Bytes())
			}
		}
	}
}

// TestWrapKeepsNoBreakSpaces: the text notice never breaks a line at a
// no-break space nor turns it into a plain one, so French guillemets and
// colons stay with their words.
func TestWrapKeepsNoBreakSpaces(t *testing.T) {
	text := "La définition de «\u00a0Service\u00a0» a été modifiée. Cela concerne les articles qui emploient ce terme\u00a0: 1, 2.1."
	for width := 10; width <= 80; width++ {
		got := wrap(text, "", "", width)
		if strings.Count(got, "\u00a0") != 3 {
			t.Fatalf("width %d: the no-break spaces are lost:\n%s", width, got)
		}
		for _, line := range strings.Split(got, "\n") {
			if strings.HasPrefix(line, "»") || strings.HasPrefix(line, ":") || strings.HasSuffix(line, "«") {
				t.Fatalf("width %d: a line breaks at a no-break space:\n%s", width, got)
			}
		}
	}
}
