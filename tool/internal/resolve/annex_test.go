package resolve_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// family parses documents of one term each; annexOf maps an id to the id
// it is an annex of. Each document uses its own term and every other one.
func family(t *testing.T, annexOf map[string]string, ids ...string) []*model.Document {
	t.Helper()
	var docs []*model.Document
	for _, id := range ids {
		extra := ""
		if m := annexOf[id]; m != "" {
			extra = "annex-of: " + m + "\n"
		}
		body := "# 1. Definities\n\n1.1. Begrippen:\n\na. Term" + id[len(id)-1:] + ": een begrip.\n\n# 2. Tekst\n\n2.1."
		for i := 0; i < 200; i++ {
			for _, other := range ids {
				body += " De Term" + other[len(other)-1:] + "."
			}
		}
		src := fmt.Sprintf("---\nid: %s\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n%s---\n%s\n", id, extra, body)
		d, ds := parse.Parse("t/"+id+"/1.md", []byte(src))
		if d == nil || ds.HasErrors() {
			t.Fatalf("%s: %v", id, ds)
		}
		docs = append(docs, d)
	}
	done := make(chan struct{})
	go func() { resolve.Link(docs); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("linking does not end")
	}
	return docs
}

// TestAnnexOfAnAnnex: an annex of an annex inherits its main document's
// terms, and the three are linked together (run with -race: before, the
// middle document was linked in another goroutine than its annex, which
// records uses of its terms).
func TestAnnexOfAnAnnex(t *testing.T) {
	docs := family(t, map[string]string{"acme/a": "acme/b", "acme/b": "acme/c"}, "acme/a", "acme/b", "acme/c")
	a, b, c := docs[0], docs[1], docs[2]
	if len(a.Inherited) != 1 || a.Inherited[0] != b.Definitions[0] || len(b.Inherited) != 1 || b.Inherited[0] != c.Definitions[0] {
		t.Fatalf("inherited: a %v, b %v", a.Inherited, b.Inherited)
	}
	// TermB: 200 uses in a, 200 in b; TermC: 200 in b, 200 in c (a does
	// not inherit from c).
	if n, m := len(b.Definitions[0].Uses), len(c.Definitions[0].Uses); n != 400 || m != 400 {
		t.Errorf("TermB has %d uses, TermC %d; want 400 each", n, m)
	}
}

// TestAnnexCycleInheritsNothing: documents whose annex-of leads back to
// themselves inherit no terms (check reports annex-cycle), and linking ends.
func TestAnnexCycleInheritsNothing(t *testing.T) {
	for name, annexOf := range map[string]map[string]string{
		"itself":      {"acme/a": "acme/a"},
		"each other":  {"acme/a": "acme/b", "acme/b": "acme/a"},
		"three":       {"acme/a": "acme/b", "acme/b": "acme/c", "acme/c": "acme/a"},
		"into a loop": {"acme/d": "acme/a", "acme/a": "acme/b", "acme/b": "acme/a"},
	} {
		t.Run(name, func(t *testing.T) {
			var ids []string
			for _, id := range []string{"acme/a", "acme/b", "acme/c", "acme/d"} {
				if _, ok := annexOf[id]; ok {
					ids = append(ids, id)
				}
			}
			for _, d := range family(t, annexOf, ids...) {
				inCycle := d.Meta.ID != "acme/d"
				if inCycle && len(d.Inherited) != 0 {
					t.Errorf("%s inherits %d terms", d.Meta.ID, len(d.Inherited))
				}
				if !inCycle && len(d.Inherited) != 1 {
					t.Errorf("%s, an annex of a document in a cycle, inherits %d terms, want 1", d.Meta.ID, len(d.Inherited))
				}
			}
		})
	}
}
