package notice

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

func fixtures(t *testing.T) *corpus.Corpus {
	t.Helper()
	t.Chdir(testutil.Root(t))
	c, err := corpus.Load([]string{filepath.Join("testdata", "diff")})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGolden writes the notice of every fixture version against the one
// before it, in Dutch for the Visma and OutSmart documents and in English
// for the Acme one (testdata/notice; go test -update rewrites).
func TestGolden(t *testing.T) {
	c := fixtures(t)
	dir := filepath.Join(testutil.Root(t), "testdata", "notice")
	allFormats := map[string]bool{"acme/terms-of-service@2": true, "visma/servicevoorwaarden@2018-06-01": true}
	seen := map[string]bool{}
	for _, d := range c.Docs {
		if seen[d.Meta.ID] {
			continue
		}
		seen[d.Meta.ID] = true
		versions := c.Versions(d.Meta.ID)
		for i := 1; i < len(versions); i++ {
			v := versions[i]
			r := diff.Compare(versions[i-1], v)
			n := Build(r, Options{URL: "https://voorwaarden.example/" + v.Meta.ID + "/" + v.Meta.Version + "/",
				Objection: history.Objection(versions, v)})
			formats := []string{"md"}
			if allFormats[v.Key()] {
				formats = Formats
			}
			for _, f := range formats {
				var b bytes.Buffer
				if err := n.Write(&b, f); err != nil {
					t.Fatal(err)
				}
				name := strings.ReplaceAll(v.Meta.ID, "/", "-") + "/" + v.Meta.Version + "." + map[string]string{"md": "md", "html": "html", "text": "txt", "json": "json"}[f]
				testutil.Golden(t, filepath.Join(dir, name), b.Bytes())
			}
		}
	}
}

func TestNoticeContents(t *testing.T) {
	c := fixtures(t)
	find := func(key string) (*diff.Result, []*model.Document, *model.Document) {
		id, _, _ := strings.Cut(key, "@")
		vs := c.Versions(id)
		for i, v := range vs {
			if v.Key() == key {
				return diff.Compare(vs[i-1], v), vs, v
			}
		}
		t.Fatalf("no fixture %s", key)
		return nil, nil, nil
	}

	r, vs, v := find("visma/servicevoorwaarden@2018-06-01")
	n := Build(r, Options{Objection: history.Objection(vs, v)})
	if len(n.Substantive) != 1 || n.Substantive[0].Label != "2.3.5" || n.Substantive[0].Kind != diff.Added {
		t.Errorf("substantive = %+v, want the added 2.3.5", n.Substantive)
	}
	if n.Substantive[0].Link != "" {
		t.Error("a clause is linked although no address was given")
	}
	if !strings.HasPrefix(n.Substantive[0].Explanation, "Nieuw artikel.") {
		t.Errorf("explanation %q is not the editor's", n.Substantive[0].Explanation)
	}
	if n.Renumbered != 23 || len(n.Editorial) != 1 {
		t.Errorf("renumbered %d, editorial %d; want 23 and 1", n.Renumbered, len(n.Editorial))
	}
	if n.Subject != "Wijziging van de Servicevoorwaarden per 1 juni 2018" {
		t.Errorf("subject %q", n.Subject)
	}

	// The objection text is the editor's; without one the notice says
	// nothing about it rather than making something up.
	v.Meta.Objection = ""
	n = Build(r, Options{})
	var b bytes.Buffer
	if err := n.Write(&b, "md"); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Als u het niet eens bent") {
		t.Error("the notice has an objection section without an objection text")
	}

	// A definition amended: told under the definitions with every clause
	// that uses it, not as a change of the definitions table.
	r, _, _ = find("visma/servicevoorwaarden@2018-09-01")
	n = Build(r, Options{URL: "https://x.example/v"})
	if len(n.Substantive) != 0 || len(n.Definitions) != 1 || len(n.Definitions[0].Affects) != 6 {
		t.Errorf("substantive %+v, definitions %+v", n.Substantive, n.Definitions)
	}
	if l := n.Definitions[0].Affects[0].Link; l != "https://x.example/v#1.2.2" {
		t.Errorf("link %q", l)
	}

	// Only editorial changes.
	r, _, _ = find("visma/servicevoorwaarden@2019-07-01")
	n = Build(r, Options{})
	if !n.onlyEditorial() || len(n.Editorial) != 2 {
		t.Errorf("whitespace version: substantive %d, editorial %d", len(n.Substantive), len(n.Editorial))
	}
}

func TestHTMLIsSafeForEmail(t *testing.T) {
	c := fixtures(t)
	vs := c.Versions("acme/terms-of-service")
	r := diff.Compare(vs[0], vs[1])
	vs[1].Meta.ChangeSummary = `<script>alert("x")</script> and "quotes"`
	var b bytes.Buffer
	if err := Build(r, Options{URL: "https://acme.example/terms/2"}).Write(&b, "html"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "<style", "class=", "javascript:"} {
		if strings.Contains(out, bad) {
			t.Errorf("notice HTML contains %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;") {
		t.Error("the editor's text is not escaped")
	}
	if !strings.Contains(out, `<ins style="`) || !strings.Contains(out, "[+") {
		t.Error("insertions are not marked with text and inline style")
	}
}
