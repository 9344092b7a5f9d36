package parse_test

import (
	"fmt"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// TestHTMLTable: an HTML table of a privacy notice becomes a table with
// its header, spans and lists in cells as lines, each text at its place.
func TestHTMLTable(t *testing.T) {
	md := "# 1. Gebruik\n\n<table>\n    <thead>\n        <tr><th>Doel</th><th>Gegevens</th></tr>\n    </thead>\n    <tbody>\n" +
		"        <tr>\n            <td>Om de browser\n            te leveren</td>\n            <td>\n                <ul>\n                    <li>Technische gegevens</li>\n                    <li>Locatie</li>\n                </ul>\n            </td>\n        </tr>\n" +
		"        <tr><td colspan=\"2\">Zie <a href=\"https://example.com/p\">onze verklaring</a> &amp; meer</td></tr>\n    </tbody>\n</table>\n"
	doc, msgs := mustParse(t, "nl", md)
	if len(msgs) != 0 {
		t.Errorf("diagnostics %q", msgs)
	}
	blocks := doc.Clause("1").Blocks
	if len(blocks) != 1 {
		t.Fatalf("blocks %#v", blocks)
	}
	tb, ok := blocks[0].(*model.Table)
	if !ok {
		t.Fatalf("block %T, want a table", blocks[0])
	}
	var cells []string
	for _, row := range append([][]model.Cell{tb.Header}, tb.Rows...) {
		var r []string
		for _, c := range row {
			s := model.PlainText(c.Inlines)
			if c.ColSpan > 0 {
				s += fmt.Sprintf(" (colspan %d)", c.ColSpan)
			}
			r = append(r, s)
		}
		cells = append(cells, fmt.Sprint(r))
	}
	want := []string{"[Doel Gegevens]", "[Om de browser te leveren Technische gegevens Locatie]", "[Zie onze verklaring & meer (colspan 2)]"}
	if fmt.Sprint(cells) != fmt.Sprint(want) {
		t.Errorf("cells\n got: %q\nwant: %q", cells, want)
	}
	// "te leveren" stands on source line 20 (the front matter has 10), indented 12.
	second := tb.Rows[0][0].Inlines[2].(*model.Text)
	if second.Value != "te leveren" || second.Pos != (model.Pos{Line: 20, Col: 13}) {
		t.Errorf("second line %q at %v, want \"te leveren\" at 20:13", second.Value, second.Pos)
	}
	if _, ok := tb.Rows[0][1].Inlines[1].(*model.LineBreak); !ok {
		t.Errorf("list entries in a cell are not lines: %#v", tb.Rows[0][1].Inlines)
	}
}
