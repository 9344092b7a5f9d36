package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// linkURLs lists the addresses of the links kept in a document.
func linkURLs(doc *model.Document) []string {
	var out []string
	var walk func([]model.Inline)
	walk = func(ins []model.Inline) {
		for _, in := range ins {
			switch n := in.(type) {
			case *model.Link:
				out = append(out, n.URL)
				walk(n.Children)
			case *model.Emphasis:
				walk(n.Children)
			}
		}
	}
	var blocks func([]model.Block)
	blocks = func(bs []model.Block) {
		for _, b := range bs {
			switch n := b.(type) {
			case *model.Paragraph:
				walk(n.Inlines)
			case *model.List:
				for _, it := range n.Items {
					blocks(it.Blocks)
				}
			case *model.ItemBlock:
				blocks(n.Item.Blocks)
			}
		}
	}
	blocks(doc.Preamble)
	doc.Walk(func(c *model.Clause) { blocks(c.Blocks) })
	return out
}

// Body text starts on line 11 of testutil.Source; every case puts the link
// on line 13 after "# 1. A" and a blank line.
func TestUnsafeLinks(t *testing.T) {
	tests := []struct {
		name, line string
		diags      []string // "line:col unsafe-link"
		kept       []string // link addresses that stay links
	}{
		{"file: link", "1.1. Zie [dit](file:///etc/passwd).", []string{"13:10 unsafe-link"}, nil},
		{"site-absolute path stays", "1.1. Zie [dit](/policies/privacy#3).", nil, []string{"/policies/privacy#3"}},
		{"link to a document's source stays", "1.1. Zie [dit](../../../../dpa.md#3).", nil, []string{"../../../../dpa.md#3"}},
		{"above the site", "1.1. Zie [dit](../../../../etc/passwd).", []string{"13:10 unsafe-link"}, nil},
		{"inside the site", "1.1. Zie [dit](../verwerkersovereenkomst/1.html#2.1).", nil, []string{"../verwerkersovereenkomst/1.html#2.1"}},
		{"windows share", `1.1. Zie [dit](\\server\share).`, []string{"13:10 unsafe-link"}, nil},
		{"windows share in angle brackets", `1.1. Zie [dit](<\\server\share>).`, []string{"13:10 unsafe-link"}, nil},
		{"protocol-relative", "1.1. Zie [dit](//example.org/x).", []string{"13:10 unsafe-link"}, nil},
		{"entity-encoded scheme", "1.1. Zie [dit](&#106;avascript:alert(1)).", []string{"13:10 unsafe-link"}, nil},
		{"named entity colon", "1.1. Zie [dit](javascript&colon;alert(1)).", []string{"13:10 unsafe-link"}, nil},
		{"percent-encoded scheme", "1.1. Zie [dit](%6Aavascript:alert(1)).", []string{"13:10 unsafe-link"}, nil},
		{"mixed case", "1.1. Zie [dit](JaVaScRiPt:alert(1)).", []string{"13:10 unsafe-link"}, nil},
		{"autolink at its own position", "1.1. Zie <javascript:alert(1)> en <file:///etc/passwd>.", []string{"13:10 unsafe-link", "13:35 unsafe-link"}, nil},
		{"image", "1.1. Zie ![logo](file:///c:/logo.png).", []string{"13:10 unsafe-link"}, nil},
		{"reference definition and its use", "1.1. Zie [dit][x].\n\n[x]: file:///etc/passwd", []string{"13:10 unsafe-link", "15:1 unsafe-link"}, nil},
		{"unused reference definition", "1.1. Tekst.\n\n  [x]: ../../../../etc/passwd", []string{"15:3 unsafe-link"}, nil},
		{"safe links stay, entities decoded", "1.1. Zie [a](https://example.org/?a=1&amp;b=2), <mailto:a@b.nl>, www.example.org en [b](#1.1).",
			nil, []string{"https://example.org/?a=1&b=2", "mailto:a@b.nl", "http://www.example.org", "#1.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, msgs := mustParse(t, "nl", "# 1. A\n\n"+tt.line+"\n")
			var got []string
			for _, m := range msgs {
				if strings.HasSuffix(m, "unsafe-link") {
					got = append(got, m)
				}
			}
			if !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics %q, want %q", got, tt.diags)
			}
			if links := linkURLs(doc); !slices.Equal(links, tt.kept) {
				t.Errorf("links %q, want %q", links, tt.kept)
			}
		})
	}
}

func TestUnsafeLinkKeepsItsText(t *testing.T) {
	doc, _ := mustParse(t, "nl", "# 1. A\n\n1.1. Zie [het bestand](file:///etc/passwd) hier.\n")
	p := doc.Clause("1.1").Blocks[0].(*model.Paragraph)
	if got := model.PlainText(p.Inlines); !strings.Contains(got, "Zie het bestand hier.") {
		t.Errorf("text %q lost the link's words", got)
	}
}

// TestUnsafeLinkReasonInDutch: the reason a link is not published reads
// in the editor's language, like the rest of the message.
func TestUnsafeLinkReasonInDutch(t *testing.T) {
	_, ds := parse.Parse("t.md", testutil.Source("nl", "# 1. A\n\n1.1. Zie [dit](javascript:alert(1)).\n"))
	if len(ds) != 1 {
		t.Fatalf("diagnostics %v, want one unsafe-link", ds)
	}
	want := `het schema javascript: is geen web-, e-mail- of telefoonadres`
	if got := ds[0].In("nl").Message; !strings.Contains(got, want) {
		t.Errorf("Dutch message %q lacks %q", got, want)
	}
}
