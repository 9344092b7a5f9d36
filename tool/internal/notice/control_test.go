package notice

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// hostileVersion carries terminal escape sequences, BEL, DEL and C1
// controls in the title, the editor's texts and the clause text.
func hostileVersion(t *testing.T, version, word string) *model.Document {
	t.Helper()
	src := "---\nid: acme/terms\ntitle: \"Terms \\e]0;pwned\\a\"\npublisher: Acme\nlanguage: en\nversion: \"" + version + "\"\n" +
		"published: 2024-0" + version + "-01\neffective: 2024-0" + version + "-20\nstatus: published\n" +
		"objection: \"You may \\e[2J terminate.\"\nchange-summary: \"Fees \\x9b31m go up\"\n" +
		"changes:\n  \"1.1\": \"Pay \\e[5m sooner\\x7f\"\n---\n\n# 1. Pay\x1b[8m\n\n" +
		"1.1. The Customer pays \x1b[2J\x1b[H " + word + " within \u009b31m thirty days.\n"
	d, ds := parse.Parse(version+".md", []byte(src))
	if d == nil {
		t.Fatalf("fixture does not parse: %v", ds)
	}
	return d
}

// TestNoControlCharacters: no control character from the documents reaches
// a notice, in any format; the JSON keeps them as escapes.
func TestNoControlCharacters(t *testing.T) {
	docs := []*model.Document{hostileVersion(t, "1", "always"), hostileVersion(t, "2", "never")}
	resolve.Link(docs)
	n := Build(diff.Compare(docs[0], docs[1]), Options{URL: "https://example.com/terms/2.html", Objection: history.Objection(docs, docs[1])})
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := n.Write(&b, format); err != nil {
				t.Fatal(err)
			}
			for rest := b.Bytes(); len(rest) > 0; {
				r, size := utf8.DecodeRune(rest)
				if r != '\n' && r != '\t' && (r < 0x20 || (r >= 0x7f && r <= 0x9f)) {
					t.Fatalf("the %s notice holds %U raw:\n%s", format, r, b.String())
				}
				rest = rest[size:]
			}
			if !strings.Contains(b.String(), "never") {
				t.Errorf("the %s notice lost the changed text:\n%s", format, b.String())
			}
			if format == "json" {
				var v struct{ Subject string }
				if err := json.Unmarshal(b.Bytes(), &v); err != nil || !strings.Contains(v.Subject, "\x1b]0;pwned\a") {
					t.Errorf("the JSON does not decode to the document's text: %v %q", err, v.Subject)
				}
			}
		})
	}
}
