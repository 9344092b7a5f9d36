package redline

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// hostile is a version whose title, clause text and definitions carry
// terminal escape sequences, BEL, DEL and C1 controls (the YAML escapes
// \e and \x9b, and raw bytes in the Markdown body).
const hostile = "---\nid: acme/terms\ntitle: \"Terms \\e]0;pwned\\a\"\npublisher: Acme\nlanguage: en\nversion: \"%s\"\n" +
	"published: 2024-0%[1]s-01\neffective: 2024-0%[1]s-01\nstatus: published\nchange-summary: \"Fees \\e[2J go up\"\n" +
	"changes:\n  \"1.1\": \"Pay \\x9b31m sooner\"\n---\n\n# Definitions\n\n| Term | Definition |\n| --- | --- |\n" +
	"| Fee | The amount \x1b[5m %s \x7f. |\n\n# 1. Pay\x1b[8m\n\n1.1. The Customer pays the Fee \x1b[2J\x1b[H %s within \u009b31m thirty days.\n"

func hostilePair(t *testing.T) (*model.Document, *model.Document) {
	t.Helper()
	var docs []*model.Document
	for i, v := range []struct{ version, def, text string }{{"1", "due", "always"}, {"2", "owed", "never"}} {
		src := strings.NewReplacer("%s", v.version, "%[1]s", v.version).Replace(hostile)
		src = strings.Replace(src, "\x1b[5m "+v.version, "\x1b[5m "+v.def, 1)
		src = strings.Replace(src, "\x1b[H "+v.version, "\x1b[H "+v.text, 1)
		d, ds := parse.Parse([]string{"1.md", "2.md"}[i], []byte(src))
		if d == nil {
			t.Fatalf("fixture does not parse: %v", ds)
		}
		docs = append(docs, d)
	}
	resolve.Link(docs)
	return docs[0], docs[1]
}

// rawControl returns the first control character (other than a line end or
// a tab) in b that is not one of the allowed colour codes.
func rawControl(b []byte, allowed ...string) (rune, bool) {
	for _, a := range allowed {
		b = bytes.ReplaceAll(b, []byte(a), nil)
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r != '\n' && r != '\t' && (r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r == utf8.RuneError && n == 1)) {
			return r, true
		}
		b = b[n:]
	}
	return 0, false
}

// TestNoControlCharacters writes a comparison of two hostile versions in
// every format: no control character from the documents may reach the
// output; text with colours holds only legalkit's own colour codes.
func TestNoControlCharacters(t *testing.T) {
	oldDoc, newDoc := hostilePair(t)
	r := diff.Compare(oldDoc, newDoc)
	formats := []struct {
		name  string
		write func(*bytes.Buffer) error
		codes []string
	}{
		{"text", func(b *bytes.Buffer) error { return Text(b, r, Options{}) }, nil},
		{"text with colour", func(b *bytes.Buffer) error { return Text(b, r, Options{Color: true}) },
			[]string{ansiRed, ansiGreen, ansiBold, ansiReset}},
		{"markdown", func(b *bytes.Buffer) error { return Markdown(b, r, Options{}) }, nil},
		{"html", func(b *bytes.Buffer) error { return HTML(b, r, Options{}) }, nil},
		{"html side by side", func(b *bytes.Buffer) error { return HTML(b, r, Options{Layout: SideBySide}) }, nil},
		{"html fragment", func(b *bytes.Buffer) error { return HTMLFragment(b, r, Options{}) }, nil},
	}
	for _, f := range ChangelogFormats {
		f := f
		formats = append(formats, struct {
			name  string
			write func(*bytes.Buffer) error
			codes []string
		}{"changelog " + f, func(b *bytes.Buffer) error {
			return Changelog(b, diff.Changelog([]*model.Document{oldDoc, newDoc}), f, nil)
		}, nil})
	}
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			if r, found := rawControl(b.Bytes(), f.codes...); found {
				t.Errorf("output holds the control character %U raw:\n%s", r, b.String())
			}
			if !strings.Contains(b.String(), "Terms") || !strings.Contains(b.String(), "never") && !strings.HasPrefix(f.name, "changelog") {
				t.Errorf("output lost the document text:\n%s", b.String())
			}
		})
	}
}

// TestControlCharactersShown: in text, an escape sequence is shown, not
// dropped, so the reader sees that the document holds one.
func TestControlCharactersShown(t *testing.T) {
	r := diff.Compare(hostilePair(t))
	var b bytes.Buffer
	if err := Text(&b, r, Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Terms ␛]0;pwned␇", "␛[2J␛[H", "\x1b[31m[-always-]\x1b[0m"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, b.String())
		}
	}
}
