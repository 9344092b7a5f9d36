package site

import (
	"path"
	"testing"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// TestNoControlCharactersInTheSite builds the site of a version whose
// title, editor's texts and clause text carry terminal escape sequences,
// BEL, DEL and C1 controls: no page, feed or JSON file holds one raw.
func TestNoControlCharactersInTheSite(t *testing.T) {
	src := "---\nid: acme/terms\ntitle: \"Terms \\e]0;pwned\\a\"\npublisher: \"Acme \\x9b31m\"\nlanguage: en\nversion: \"1\"\n" +
		"published: 2025-01-01\neffective: 2025-01-01\nstatus: published\n---\n\n# 1. Use\x1b[8m\n\n" +
		"1.1. The Customer pays \x1b[2J\x1b[H within \u009b31m thirty \x7f days.\n"
	doc, ds := parse.Parse("terms/acme/terms/1.md", []byte(src))
	if doc == nil {
		t.Fatalf("fixture does not parse: %v", ds)
	}
	resolve.Link([]*model.Document{doc})
	o := options(t)
	o.Settings.BaseURL = "https://legal.example.com/"
	s, err := Build([]*model.Document{doc}, o)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, p := range s.Files() {
		if ext := path.Ext(p); ext != ".html" && ext != ".xml" && ext != ".json" {
			continue
		}
		checked++
		b, _ := s.File(p)
		for rest := b; len(rest) > 0; {
			r, n := utf8.DecodeRune(rest)
			if r != '\n' && r != '\t' && (r < 0x20 || (r >= 0x7f && r <= 0x9f)) {
				t.Errorf("%s holds %U raw", p, r)
				break
			}
			rest = rest[n:]
		}
	}
	if checked < 4 {
		t.Fatalf("only %d pages, feeds and JSON files were built", checked)
	}
}
