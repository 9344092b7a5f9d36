package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// meta is a complete front matter without its closing line; YAML line 1 is
// file line 2, so the line after it is line 10.
const meta = "---\nid: a/b\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n"

// TestFrontMatterEndMarker: a YAML end marker "..." ends the settings; any
// text after it, up to the closing "---", would be silently ignored, so it
// is an error at the first character of that text.
func TestFrontMatterEndMarker(t *testing.T) {
	const msg = "front-matter-invalid: the YAML end marker \"...\" on line 10 ends the settings, so this text would be ignored"
	tests := []struct {
		name, fm string
		want     []string // "line:col code: message prefix"
	}{
		{"a setting after the marker", "...\nnotice-period: 30 dagen\n", []string{"11:1 " + msg}},
		{"text on the marker line", "... notice-period: 30 dagen\n", []string{"10:5 " + msg}},
		{"indented, after blank lines and comments", "...\n\n# toelichting\n\t  ñandú: x\n", []string{"13:4 " + msg}},
		{"a comment on the marker line", "... # einde\nnames: [Visma]\n", []string{"11:1 " + msg}},
		{"only blanks and comments after the marker", "...  \n\n   # einde\n", nil},
		{"the marker as the last line", "...\n", nil},
		{"three dots inside a value are no marker", "objection: Zie ... hierboven.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := parse.Parse("a/b/1.md", []byte(meta+tt.fm+"---\n\n# 1. Titel\n\n1.1. Tekst.\n"))
			if doc == nil {
				t.Fatalf("no document: %v", ds)
			}
			var got []string
			for _, d := range ds {
				got = append(got, d.String()[len("a/b/1.md:"):])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("diagnostics %q\nwant %q", got, tt.want)
			}
			for i, w := range tt.want {
				line, rest, _ := strings.Cut(w, " ")
				if g := got[i]; !strings.HasPrefix(g, line+": error: "+rest) {
					t.Errorf("got  %s\nwant %s: error: %s", g, line, rest)
				}
			}
			if len(doc.Clauses) != 1 || doc.Clauses[0].Number != "1" || doc.Clauses[0].Pos != (model.Pos{Line: 12 + strings.Count(tt.fm, "\n"), Col: 3}) {
				t.Errorf("the body is not read at its own lines: %+v", doc.Clauses[0].Pos)
			}
		})
	}
}

// TestFrontMatterEndMarkerKeepsSettings: the settings before a marker with
// nothing after it are read as without it.
func TestFrontMatterEndMarkerKeepsSettings(t *testing.T) {
	with, ds := parse.Parse("a/b/1.md", []byte(meta+"names: [Visma, Acme]\n...\n---\n# 1. A\n"))
	without, _ := parse.Parse("a/b/1.md", []byte(meta+"names: [Visma, Acme]\n---\n# 1. A\n"))
	if len(ds) != 0 || with == nil || without == nil {
		t.Fatalf("diagnostics %v", ds)
	}
	if !slices.Equal(with.Meta.Names, without.Meta.Names) || with.Meta.ID != without.Meta.ID || len(with.Meta.Names) != 2 {
		t.Errorf("names %v, want %v", with.Meta.Names, without.Meta.Names)
	}
}
