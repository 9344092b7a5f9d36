package parse

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// rawBlock is a top-level block before the clause structure is known.
type rawBlock struct {
	level int // heading level; 0 for other blocks
	pos   model.Pos
	block model.Block
	ins   []model.Inline // heading or paragraph inlines
	list  *ast.List      // Markdown lists are turned into items once their clause is known
}

// converter turns goldmark's AST into model blocks and inlines.
type converter struct {
	path string
	src  []byte
	idx  *lineIndex
	ds   *diag.List
	tags map[string]*tagDecision // the policy's decision per HTML tag as written
	ids  []givenID               // ids authors gave places, in source order
}

func (c *converter) pos(off int) model.Pos {
	l, col := c.idx.pos(off)
	return model.Pos{Line: l, Col: col}
}

// start returns the source offset where a node's text begins.
func (c *converter) start(n ast.Node) int {
	if n.Type() == ast.TypeBlock {
		if ls := n.Lines(); ls != nil && ls.Len() > 0 {
			return ls.At(0).Start
		}
	}
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if off := c.start(ch); off >= 0 {
			return off
		}
	}
	return -1
}

func (c *converter) posOf(n ast.Node) model.Pos {
	off := c.start(n)
	if off < 0 {
		return model.Pos{Line: 1, Col: 1}
	}
	return c.pos(off)
}

// blocks converts the top-level blocks of a document.
func (c *converter) topLevel(doc ast.Node) []rawBlock {
	var out []rawBlock
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			ins, _ := c.attrLists(c.inlines(n))
			out = append(out, rawBlock{level: n.Level, pos: c.posOf(n), ins: ins})
		case *ast.Paragraph:
			if ins, empty := c.attrLists(c.inlines(n)); !empty && len(ins) > 0 {
				out = append(out, rawBlock{pos: c.posOf(n), ins: ins})
			}
		case *ast.HTMLBlock:
			for _, b := range c.htmlBlock(n) {
				out = append(out, rawBlock{pos: c.posOf(n), block: b})
			}
		case *ast.List:
			out = append(out, rawBlock{pos: c.posOf(n), list: n})
		default:
			if b := c.block(n); b != nil {
				out = append(out, rawBlock{pos: c.posOf(n), block: b})
			}
		}
	}
	return out
}

// blocks converts a sequence of nested blocks (inside list items, quotes,
// definition descriptions). Lists become model lists with unanchored items.
func (c *converter) blocks(parent ast.Node) []model.Block {
	var out []model.Block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.HTMLBlock); ok {
			out = append(out, c.htmlBlock(h)...)
		} else if b := c.block(n); b != nil {
			out = append(out, b)
		}
	}
	return out
}

func (c *converter) block(n ast.Node) model.Block {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		ins, empty := c.attrLists(c.inlines(n))
		if empty || len(ins) == 0 {
			return nil
		}
		return &model.Paragraph{Pos: c.posOf(n), Inlines: ins}
	case *ast.Heading:
		ins, _ := c.attrLists(c.inlines(n))
		return &model.Heading{Pos: c.posOf(n), Inlines: ins}
	case *ast.List:
		return c.list(n)
	case *ast.Blockquote:
		return &model.Quote{Blocks: c.blocks(n)}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return &model.CodeBlock{Pos: c.posOf(n), Text: string(n.Lines().Value(c.src))}
	case *ast.ThematicBreak:
		return &model.Rule{}
	case *extast.Table:
		return c.table(n)
	case *extast.DefinitionList:
		return c.defList(n)
	case *ast.LinkReferenceDefinition:
		c.linkDefinition(n)
	}
	return nil
}

func (c *converter) list(n *ast.List) *model.List {
	l := &model.List{Pos: c.posOf(n), Ordered: n.IsOrdered(), Start: n.Start}
	var labels []string
	if n.IsOrdered() {
		labels = c.listLabels(n)
	}
	i := 0
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		it := &model.Item{Pos: c.posOf(li), Blocks: c.blocks(li), Marker: "-"}
		if n.IsOrdered() {
			it.Label = labels[i]
			it.Marker = it.Label + string(n.Marker)
		}
		i++
		l.Items = append(l.Items, it)
	}
	return l
}

func (c *converter) table(t *extast.Table) *model.Table {
	tb := &model.Table{Pos: c.posOf(t)}
	for _, a := range t.Alignments {
		switch a {
		case extast.AlignLeft:
			tb.Align = append(tb.Align, "left")
		case extast.AlignRight:
			tb.Align = append(tb.Align, "right")
		case extast.AlignCenter:
			tb.Align = append(tb.Align, "center")
		default:
			tb.Align = append(tb.Align, "")
		}
	}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []model.Cell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, model.Cell{Inlines: c.inlines(cell)})
		}
		if _, header := row.(*extast.TableHeader); header {
			tb.Header = cells
		} else {
			tb.Rows = append(tb.Rows, cells)
		}
	}
	return tb
}

func (c *converter) defList(n *extast.DefinitionList) *model.DefinitionList {
	dl := &model.DefinitionList{Pos: c.posOf(n)}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch := ch.(type) {
		case *extast.DefinitionTerm:
			dl.Entries = append(dl.Entries, &model.DefEntry{Term: c.inlines(ch)})
		case *extast.DefinitionDescription:
			if len(dl.Entries) == 0 {
				continue
			}
			e := dl.Entries[len(dl.Entries)-1]
			e.Blocks = append(e.Blocks, c.blocks(ch)...)
		}
	}
	return dl
}

var brTag = lazyre.New(`^<br\s*/?>$`)

// inlines converts the inline children of n.
func (c *converter) inlines(n ast.Node) []model.Inline {
	nodes := make([]ast.Node, 0, n.ChildCount())
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		nodes = append(nodes, ch)
	}
	return c.inlineSeq(nodes)
}

func (c *converter) inline(n ast.Node) []model.Inline {
	switch n := n.(type) {
	case *ast.Text:
		out := c.text(n.Segment.Start, n.Segment.Value(c.src))
		switch {
		case n.HardLineBreak():
			out = append(out, &model.LineBreak{})
		case n.SoftLineBreak():
			out = append(out, &model.SoftBreak{})
		}
		return out
	case *ast.String:
		return []model.Inline{&model.Text{Pos: c.posOf(n.Parent()), Value: string(n.Value)}}
	case *ast.CodeSpan:
		return []model.Inline{&model.CodeSpan{Value: model.PlainText(c.inlines(n))}}
	case *ast.Emphasis:
		return []model.Inline{&model.Emphasis{Level: n.Level, Children: c.inlines(n)}}
	case *ast.Link:
		return c.inlineLink(n)
	case *ast.AutoLink:
		return c.autoLink(n)
	case *ast.Image:
		return c.image(n)
	case *ast.RawHTML:
		ins, _ := c.rawInline(n, []ast.Node{n}, nil, 0, 1)
		return ins
	}
	// Unknown inline kinds (from extensions): keep their text.
	return c.inlines(n)
}

// text converts source text, dropping the backslash of escaped punctuation
// ("\\*" reads "*") and keeping exact positions for what remains.
func (c *converter) text(start int, v []byte) []model.Inline {
	var out []model.Inline
	from := 0
	for i := 0; i+1 < len(v); i++ {
		if v[i] == '\\' && isASCIIPunct(v[i+1]) {
			if i > from {
				out = append(out, &model.Text{Pos: c.pos(start + from), Value: string(v[from:i])})
			}
			from = i + 1
			i++
		}
	}
	if from < len(v) {
		out = append(out, &model.Text{Pos: c.pos(start + from), Value: string(v[from:])})
	}
	return out
}

func isASCIIPunct(b byte) bool {
	return b < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b) >= 0
}

func itoa(n int) string { return strconv.Itoa(n) }
