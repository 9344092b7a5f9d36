package parse

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Many documents write their clauses as a numbered list: "1. **Your
// Account.** If you create …", "1. #### Introduction", or a list of
// titled entries with a list of titled sub-entries (1, 1.1, 1.2). Such a
// list, outside any numbered clause, is read as clauses: the number comes
// from the list position as written, the title from the entry's heading or
// its leading bold or span text. Lists of plain sentences stay items.

// clauseList reads a numbered list as clauses when it is one; prefix is
// the number of the clause the list stands in ("" at the top).
func (b *builder) clauseList(n *ast.List, prefix string) bool {
	if !n.IsOrdered() || n.FirstChild() == nil {
		return false
	}
	if prefix == "" && (b.current != nil && b.current.Number != "" && !b.continuesList(n) || !b.titled(n.FirstChild())) {
		return false
	}
	labels := b.conv.listLabels(n)
	i := 0
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		number := labels[i]
		if prefix != "" {
			number = prefix + "." + number
		}
		i++
		c := b.listClause(li, number)
		if prefix == "" {
			b.listTop = c
		}
	}
	return true
}

// listClause adds the clause of one list entry and reads its blocks.
func (b *builder) listClause(li ast.Node, number string) *model.Clause {
	pos := b.conv.posOf(li)
	first := li.FirstChild()
	title, body := b.entryTitle(first)
	c := b.addClause(rawBlock{pos: pos}, "", number, title)
	for ch := li.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch := ch.(type) {
		case *ast.Heading:
			if ch == first {
				continue
			}
			b.flushGroup()
			b.group = &model.Heading{Pos: b.conv.posOf(ch), Inlines: b.conv.inlines(ch)}
		case *ast.Paragraph, *ast.TextBlock:
			ins := b.conv.inlines(ch)
			p := b.conv.posOf(ch)
			if ast.Node(ch) == first {
				ins = body
				p = posAfter(ins, 0, p)
			}
			if ast.Node(ch) != first && b.subClause(c, p, ins) {
				continue
			}
			if len(ins) > 0 {
				b.flushGroup()
				for _, bl := range b.paragraphBlocks(b.placerOf(b.current), p, ins) {
					b.addBlock(bl)
				}
			}
		case *ast.List:
			if b.clauseList(ch, c.Number) {
				continue
			}
			b.flushGroup()
			l := b.conv.list(ch)
			b.listItems(b.placerOf(b.current), l)
			b.addBlock(l)
		default:
			if bl := b.conv.block(ch); bl != nil {
				b.flushGroup()
				b.addBlock(bl)
			}
		}
	}
	b.flushGroup()
	return c
}

// titled reports whether a list entry starts with a title.
func (b *builder) titled(li ast.Node) bool {
	title, _ := b.entryTitle(li.FirstChild())
	return len(title) > 0
}

// entryTitle splits the first block of a list entry into its title and the
// rest of its text. A heading is a title; so is leading bold or span text
// that ends the paragraph, ends with a full stop or colon, or is followed
// by one (`**Introduction**. This …`).
func (b *builder) entryTitle(first ast.Node) (title, body []model.Inline) {
	switch n := first.(type) {
	case *ast.Heading:
		return b.conv.inlines(n), nil
	case *ast.Paragraph, *ast.TextBlock:
		ins := b.conv.inlines(n)
		return splitTitle(ins)
	}
	return nil, nil
}

// splitTitle finds a leading bold or span title in ins.
func splitTitle(ins []model.Inline) (title, body []model.Inline) {
	if len(ins) == 0 {
		return nil, ins
	}
	end := 0 // title is ins[start:end]; the rest starts at next
	start, next := 0, 0
	switch t := ins[0].(type) {
	case *model.Emphasis:
		if t.Level != 2 && t.Mark != "span" {
			return nil, ins
		}
		title, end, next = t.Children, 1, 1
	case *model.RawHTML:
		if !strings.HasPrefix(strings.ToLower(t.Value), "<span") {
			return nil, ins
		}
		j := 1
		for j < len(ins) && !isSpanClose(ins[j]) {
			if _, ok := ins[j].(*model.RawHTML); ok {
				return nil, ins
			}
			j++
		}
		if j == len(ins) || j == 1 {
			return nil, ins
		}
		start, end, next = 1, j, j+1
		title = ins[start:end]
	default:
		return nil, ins
	}
	rest := ins[next:]
	text := strings.TrimSpace(model.PlainText(title))
	if text == "" {
		return nil, ins
	}
	switch {
	case strings.TrimSpace(model.PlainText(rest)) == "":
	case strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":"):
	case startsWithStop(rest):
		title, rest = movePunct(title, rest)
	default:
		return nil, ins
	}
	return append([]model.Inline(nil), title...), trimSpaceLeading(rest)
}

func isSpanClose(in model.Inline) bool {
	r, ok := in.(*model.RawHTML)
	return ok && strings.EqualFold(strings.TrimSpace(r.Value), "</span>")
}

// startsWithStop reports whether ins starts with a full stop or colon,
// after spaces, in its first text.
func startsWithStop(ins []model.Inline) bool {
	t, ok := ins[0].(*model.Text)
	if !ok {
		return false
	}
	v := strings.TrimLeft(t.Value, " \t")
	return v != "" && (v[0] == '.' || v[0] == ':')
}

// movePunct moves the full stop or colon that ends a title written after
// its bold ("**Introduction**. This") into the title.
func movePunct(title, rest []model.Inline) ([]model.Inline, []model.Inline) {
	t := rest[0].(*model.Text) // startsWithStop made sure
	v := strings.TrimLeft(t.Value, " \t")
	skip := len(t.Value) - len(v)
	out := append(append([]model.Inline(nil), title...), &model.Text{Pos: t.Pos, Value: v[:1]})
	return out, trimLeading(rest, skip+1)
}

// trimSpaceLeading drops the spaces that separate a title from its text.
func trimSpaceLeading(ins []model.Inline) []model.Inline {
	if len(ins) == 0 {
		return ins
	}
	t, ok := ins[0].(*model.Text)
	if !ok {
		return ins
	}
	v := strings.TrimLeft(t.Value, " \t")
	return trimLeading(ins, len(t.Value)-len(v))
}
