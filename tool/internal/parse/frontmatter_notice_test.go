package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

const noticeMeta = "---\nid: a/b\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"2\"\npublished: unknown\neffective: unknown\nstatus: published\n"

func TestFrontMatterNoticeKeys(t *testing.T) {
	src := noticeMeta + `objection: >-
  De Klant kan de overeenkomst
  opzeggen.
change-summary: Kort overzicht.
changes:
  "2.3.5": Nieuw artikel.
  4.10: Tien.
  Klant: Ruimer omschreven.
---

# 1. Titel
`
	d, ds := Parse("a/b/2.md", []byte(src))
	if d == nil || len(ds) > 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	if d.Meta.Objection != "De Klant kan de overeenkomst opzeggen." {
		t.Errorf("objection %q", d.Meta.Objection)
	}
	if d.Meta.ChangeSummary != "Kort overzicht." {
		t.Errorf("change-summary %q", d.Meta.ChangeSummary)
	}
	want := []model.ChangeNote{
		{Target: "2.3.5", Text: "Nieuw artikel.", Pos: model.Pos{Line: 15, Col: 3}},
		{Target: "4.10", Text: "Tien.", Pos: model.Pos{Line: 16, Col: 3}},
		{Target: "Klant", Text: "Ruimer omschreven.", Pos: model.Pos{Line: 17, Col: 3}},
	}
	if fmt.Sprint(d.Meta.Changes) != fmt.Sprint(want) {
		t.Errorf("changes %v\nwant    %v", d.Meta.Changes, want)
	}
}

func TestFrontMatterNoticeKeyErrors(t *testing.T) {
	tests := []struct{ fm, want string }{
		{"changes: Nieuw artikel.\n", "a/b/2.md:10:10: error: front-matter-invalid: changes must map clause numbers"},
		{"changes:\n  \"1.1\": Een.\n  \"1.1\": Twee.\n", "a/b/2.md:12:3: error: front-matter-invalid: changes: \"1.1\" is explained twice"},
		{"changes:\n  \"1.1\": \"\"\n", "a/b/2.md:11:10: error: front-matter-invalid: changes: the explanation of \"1.1\" must be a text"},
		{"changes:\n  \"1.1\": [a, b]\n", "a/b/2.md:11:10: error: front-matter-invalid: changes: the explanation of \"1.1\" must be a text"},
		{"objection: [a, b]\n", "a/b/2.md:10:12: error: front-matter-invalid: objection must be a single value"},
		{"objections: typo\n", "a/b/2.md:10:1: error: front-matter-unknown-key: unknown key \"objections\""},
	}
	for _, tt := range tests {
		_, ds := Parse("a/b/2.md", []byte(noticeMeta+tt.fm+"---\n\n# 1. Titel\n"))
		if len(ds) == 0 || !strings.HasPrefix(ds[0].String(), tt.want) {
			t.Errorf("%q:\n got %v\nwant %s", tt.fm, ds, tt.want)
		}
	}
}
