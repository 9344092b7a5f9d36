package parse

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

func TestFrontMatterSource(t *testing.T) {
	src := noticeMeta + "source:\n  file: legal/terms.md\n  commit: 0123456789abcdef0123456789abcdef01234567\n  date: \"2024-01-02T12:00:00+02:00\"\n---\n\n# 1. Titel\n"
	d, ds := Parse("a/b/2.md", []byte(src))
	if d == nil || len(ds) > 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	want := model.Provenance{File: "legal/terms.md", Commit: "0123456789abcdef0123456789abcdef01234567", Date: "2024-01-02T12:00:00+02:00"}
	if d.Meta.Source != want {
		t.Errorf("source %+v, want %+v", d.Meta.Source, want)
	}
}

func TestFrontMatterSourceErrors(t *testing.T) {
	tests := []struct{ fm, want string }{
		{"source: terms.md\n", "a/b/2.md:10:9: error: front-matter-invalid: source must list file"},
		{"source:\n  commit: abc\n  file: t.md\n", "a/b/2.md:11:11: error: front-matter-invalid: source: commit \"abc\" must be a full git commit hash"},
		{"source:\n  file: t.md\n  date: yesterday\n", "a/b/2.md:12:9: error: front-matter-invalid: source: date \"yesterday\""},
		{"source:\n  file: t.md\n  branch: main\n", "a/b/2.md:12:3: error: front-matter-unknown-key: unknown key \"branch\" in source"},
		{"source:\n  commit: 0123456789abcdef0123456789abcdef01234567\n", "a/b/2.md:11:3: error: front-matter-invalid: source lacks \"file\""},
	}
	for _, tt := range tests {
		_, ds := Parse("a/b/2.md", []byte(noticeMeta+tt.fm+"---\n\n# 1. Titel\n"))
		if len(ds) == 0 || !strings.HasPrefix(ds[0].String(), tt.want) {
			t.Errorf("%q:\n got %v\nwant %s", tt.fm, ds, tt.want)
		}
	}
}

func TestForeignFrontMatter(t *testing.T) {
	fields, ds := ForeignFrontMatter("t.md", []byte("title: Terms\nredirect_from:\n  - /tos/\n  - /terms/\nlinks:\n  a: b\n"), 2)
	if len(ds) > 0 || len(fields) != 3 {
		t.Fatalf("%v %v", fields, ds)
	}
	if f := fields[0]; f.Key != "title" || f.Value != "Terms" || f.Pos != (model.Pos{Line: 2, Col: 1}) {
		t.Errorf("title: %+v", f)
	}
	if f := fields[1]; !f.IsList || strings.Join(f.List, " ") != "/tos/ /terms/" || f.Pos.Line != 3 {
		t.Errorf("redirect_from: %+v", f)
	}
	if f := fields[2]; !f.Nested || f.Pos.Line != 6 {
		t.Errorf("links: %+v", f)
	}
	if _, ds := ForeignFrontMatter("t.md", []byte("- a\n- b\n"), 2); len(ds) != 1 || ds[0].Line != 2 {
		t.Errorf("a list, not settings: %v", ds)
	}
}
