package diff

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// ClauseText is the text of a clause as the diff compares it: the title on
// the first line (when the clause has one), then one line per paragraph,
// sub-item, table row and group heading of the clause's own text. Sub-items
// start with their marker ("a) ..."); table cells are separated by " | ".
// Sub-clauses are not included: they are compared on their own.
func ClauseText(c *model.Clause) string {
	var lines []string
	if c.Title != "" {
		lines = append(lines, c.Title)
	}
	lines = appendBlockLines(lines, c.Blocks, "")
	return strings.Join(lines, "\n")
}

// BlocksText is the text of blocks as the diff compares it (see ClauseText).
func BlocksText(blocks []model.Block) string {
	return strings.Join(appendBlockLines(nil, blocks, ""), "\n")
}

func appendBlockLines(lines []string, blocks []model.Block, prefix string) []string {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *model.Paragraph:
			lines = append(lines, prefix+model.PlainText(n.Inlines))
		case *model.Heading:
			lines = append(lines, prefix+model.PlainText(n.Inlines))
		case *model.List:
			for _, it := range n.Items {
				lines = appendItem(lines, it, prefix)
			}
		case *model.ItemBlock:
			lines = appendItem(lines, n.Item, prefix)
		case *model.Table:
			lines = append(lines, prefix+row(n.Header))
			for _, r := range n.Rows {
				lines = append(lines, prefix+row(r))
			}
		case *model.DefinitionList:
			for _, e := range n.Entries {
				lines = append(lines, prefix+model.PlainText(e.Term))
				lines = appendBlockLines(lines, e.Blocks, prefix+": ")
			}
		case *model.Quote:
			lines = appendBlockLines(lines, n.Blocks, prefix+"> ")
		case *model.CodeBlock:
			for _, l := range strings.Split(strings.TrimRight(n.Text, "\n"), "\n") {
				lines = append(lines, prefix+l)
			}
		case *model.Rule:
			lines = append(lines, prefix+"---")
		}
	}
	return lines
}

// appendItem writes a sub-item: its marker and first paragraph on one line,
// further blocks on lines of their own.
func appendItem(lines []string, it *model.Item, prefix string) []string {
	marker := it.Marker
	if marker == "" {
		marker = "-"
	}
	start := len(lines)
	lines = appendBlockLines(lines, it.Blocks, prefix)
	if len(lines) == start {
		return append(lines, prefix+marker)
	}
	lines[start] = prefix + marker + " " + strings.TrimPrefix(lines[start], prefix)
	return lines
}

func row(cells []model.Cell) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = model.PlainText(c.Inlines)
	}
	return strings.Join(parts, " | ")
}

// Label is how readers name a clause: its number with any prefix
// ("2.3.5", "Appendix A"), or its title when it has no number ("Definities").
func Label(c *model.Clause) string {
	if c == nil {
		return ""
	}
	if c.Number == "" {
		return c.Title
	}
	if c.Prefix != "" {
		return c.Prefix + " " + c.Number
	}
	return c.Number
}
