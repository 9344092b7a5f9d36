package modeljson_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/modeljson"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestGoldenDumps keeps the model of the three real documents in golden
// files: any change in what is recognised shows up in review.
// go test ./tool/internal/modeljson -update rewrites them.
func TestGoldenDumps(t *testing.T) {
	here, _ := filepath.Abs(".")
	t.Chdir(testutil.Root(t))
	c, err := corpus.Load([]string{"terms"})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 3 {
		t.Fatalf("%d documents in terms/, want 3", len(c.Docs))
	}
	for _, d := range c.Docs {
		var buf bytes.Buffer
		if err := modeljson.Write(&buf, d); err != nil {
			t.Fatal(err)
		}
		name := strings.ReplaceAll(d.Meta.ID, "/", "_") + "@" + d.Meta.Version + ".json"
		testutil.Golden(t, filepath.Join(here, "testdata", name), buf.Bytes())
	}
}

// TestServicevoorwaarden checks what the foundation issue promises for the
// Servicevoorwaarden: every definition of the table with its uses, every
// reference resolved.
func TestServicevoorwaarden(t *testing.T) {
	t.Chdir(testutil.Root(t))
	c, err := corpus.Load([]string{"terms"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := c.Find("visma/servicevoorwaarden@2018-04-18")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := modeljson.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	var m modeljson.Document
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	tableTerms := 0
	for _, def := range m.Definitions {
		if def.Kind == "table" {
			tableTerms++
		}
	}
	if tableTerms != 34 {
		t.Errorf("%d terms from the definitions table, want all 34 rows", tableTerms)
	}
	for _, def := range m.Definitions {
		if def.Term == "Klant" && len(def.Uses) < 150 {
			t.Errorf("Klant has %d uses, want the more than 150 in the text", len(def.Uses))
		}
	}
	if len(m.References) < 40 {
		t.Errorf("%d references, want every one of the 40-odd in the text", len(m.References))
	}
	for _, r := range m.References {
		if !r.Resolved {
			t.Errorf("%d:%d %q is not resolved", r.Line, r.Col, r.Text)
		}
	}
}
