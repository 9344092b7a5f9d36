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

// blocks writes blocks in the order model.Walk visits them.
func (w *lineWriter) blocks(blocks []model.Block) {
	var items []int // per open sub-item, the index of its first line
	model.WalkBlocks(blocks, func(n model.Node, entering bool) model.WalkStatus {
		switch n := n.(type) {
		case *model.Span:
			if entering {
				w.span(n)
			}
			return model.WalkSkipChildren
		case *model.Row:
			if entering {
				w.add(row(n.Cells))
			}
			return model.WalkSkipChildren
		case *model.Quote:
			w.nest("> ", entering)
		case *model.DefEntry:
			// the term on its own line, the description below it
			if entering {
				w.add(model.PlainText(n.Term))
			}
			w.nest(": ", entering)
			return model.WalkContinue
		case *model.Item:
			if entering {
				items = append(items, len(w.lines))
			} else {
				w.marker(n, items[len(items)-1])
				items = items[:len(items)-1]
			}
		case *model.CodeBlock:
			if entering {
				for _, l := range strings.Split(strings.TrimRight(n.Text, "\n"), "\n") {
					w.add(l)
				}
			}
		case *model.Rule:
			if entering {
				w.add("---")
			}
		}
		return model.WalkContinue
	})
}

// nest adds p to the prefix on entering a block and takes it off on leaving.
func (w *lineWriter) nest(p string, entering bool) {
	if entering {
		w.prefix = append(w.prefix, p...)
	} else {
		w.prefix = w.prefix[:len(w.prefix)-len(p)]
	}
}

// span writes a paragraph or group heading as a line; a definition list's
// term is written by its entry.
func (w *lineWriter) span(s *model.Span) {
	if s.Part == model.PartParagraph || s.Part == model.PartHeading {
		w.add(model.PlainText(*s.Inlines))
	}
}

// marker puts a sub-item's marker before its first line, which starts at
// index start; an item without text is its marker alone.
func (w *lineWriter) marker(it *model.Item, start int) {
	marker := it.Marker
	if marker == "" {
		marker = "-"
	}
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
