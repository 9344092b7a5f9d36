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
	var w lineWriter
	if c.Title != "" {
		w.lines = append(w.lines, c.Title)
	}
	w.blocks(c.Blocks)
	return strings.Join(w.lines, "\n")
}

// BlocksText is the text of blocks as the diff compares it (see ClauseText).
func BlocksText(blocks []model.Block) string {
	var w lineWriter
	w.blocks(blocks)
	return strings.Join(w.lines, "\n")
}

// lineWriter collects the lines of a text. Every line starts with the
// prefix of the blocks it stands in ("> " per block quote, ": " per
// definition): the prefix is one buffer that grows and shrinks, so deep
// nesting costs each line its own prefix and nothing more.
type lineWriter struct {
	lines  []string
	prefix []byte
}

func (w *lineWriter) add(text string) {
	w.lines = append(w.lines, string(w.prefix)+text)
}

// nested writes blocks with p added to the prefix.
func (w *lineWriter) nested(p string, blocks []model.Block) {
	n := len(w.prefix)
	w.prefix = append(w.prefix, p...)
	w.blocks(blocks)
	w.prefix = w.prefix[:n]
}

func (w *lineWriter) blocks(blocks []model.Block) {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *model.Paragraph:
			w.add(model.PlainText(n.Inlines))
		case *model.Heading:
			w.add(model.PlainText(n.Inlines))
		case *model.List:
			for _, it := range n.Items {
				w.item(it)
			}
		case *model.ItemBlock:
			w.item(n.Item)
		case *model.Table:
			w.add(row(n.Header))
			for _, r := range n.Rows {
				w.add(row(r))
			}
		case *model.DefinitionList:
			for _, e := range n.Entries {
				w.add(model.PlainText(e.Term))
				w.nested(": ", e.Blocks)
			}
		case *model.Quote:
			w.nested("> ", n.Blocks)
		case *model.CodeBlock:
			for _, l := range strings.Split(strings.TrimRight(n.Text, "\n"), "\n") {
				w.add(l)
			}
		case *model.Rule:
			w.add("---")
		}
	}
}

// item writes a sub-item: its marker and first paragraph on one line,
// further blocks on lines of their own.
func (w *lineWriter) item(it *model.Item) {
	marker := it.Marker
	if marker == "" {
		marker = "-"
	}
	start := len(w.lines)
	w.blocks(it.Blocks)
	if len(w.lines) == start {
		w.add(marker)
		return
	}
	p := len(w.prefix)
	w.lines[start] = w.lines[start][:p] + marker + " " + w.lines[start][p:]
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
