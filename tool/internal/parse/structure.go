package parse

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var (
	// paragraphNumber matches a clause written as a paragraph: "1.1.1. Door ...".
	paragraphNumber = lazyre.New(`^([0-9]+(?:\.[0-9]+)+\.?|[A-Z](?:\.[0-9]+)+\.?)\s+`)
)

// builder assembles the clause tree from top-level blocks.
type builder struct {
	conv    *converter
	doc     *model.Document
	current *model.Clause
	group   *model.Heading // an unnumbered heading waiting for the clause it introduces
	byNum   map[string]*model.Clause
	bullets map[*model.Clause]int
	placers map[*model.Clause]*placer // the item levels of each clause (lists.go)
	listTop *model.Clause             // the last top-level clause read from a numbered list (listclauses.go)

	// Headings and numbering (headings.go, numbering.go).
	num      *numbering
	open     []openHeading // numbered headings still open, outermost first
	sections []openSection // unnumbered sections still open
	scope    string        // what numbers inside an annex such as "Bijlage 1" add to: "bijlage-1."
	titleOK  bool          // the first heading may be the document's title
}

func (b *builder) build(blocks []rawBlock) {
	b.byNum = map[string]*model.Clause{}
	b.bullets = map[*model.Clause]int{}
	b.prepare(blocks)
	for _, rb := range blocks {
		switch {
		case rb.level > 0:
			b.heading(rb)
		case rb.list != nil:
			if !b.clauseList(rb.list, "") {
				b.addBlock(b.listBlock(rb))
			}
		case b.hashHeading(rb):
		case rb.ins != nil:
			b.warnRunOn(rb.ins)
			if !b.numberedParagraph(rb) {
				for _, bl := range b.paragraph(rb) {
					b.addBlock(bl)
				}
			}
		default:
			b.addBlock(rb.block)
		}
	}
	b.flushGroup()
}

// flushGroup keeps a group heading that no clause followed as a heading block.
func (b *builder) flushGroup() {
	if b.group != nil {
		g := b.group
		b.group = nil
		b.addBlock(g)
	}
}

func (b *builder) addBlock(bl model.Block) {
	if b.current == nil {
		b.doc.Preamble = append(b.doc.Preamble, bl)
		return
	}
	b.current.Blocks = append(b.current.Blocks, bl)
}

func (b *builder) numberedParagraph(rb rawBlock) bool {
	text := leadingText(rb.ins)
	m := paragraphNumber.FindStringSubmatch(text)
	if m == nil {
		return b.boldClause(rb)
	}
	prev := b.current
	c := b.addClause(rawBlock{pos: rb.pos}, "", model.ClauseAnchor(m[1]), nil)
	body := trimLeading(rb.ins, len(m[0]))
	if len(body) > 0 {
		c.Blocks = append(c.Blocks, &model.Paragraph{Pos: posAfter(rb.ins, len(m[0]), rb.pos), Inlines: body})
	}
	titleContinued(prev, c)
	return true
}

// runOnClause matches a line that starts like a clause: "2.3. ".
var runOnClause = lazyre.New(`^([0-9]+(?:\.[0-9]+)+\.)\s`)

// warnRunOn reports a clause number at the start of a line inside a
// paragraph: in Markdown, a new clause needs a blank line before it.
func (b *builder) warnRunOn(ins []model.Inline) {
	for i := 1; i < len(ins); i++ {
		if _, ok := ins[i-1].(*model.SoftBreak); !ok {
			continue
		}
		if t, ok := ins[i].(*model.Text); ok {
			if m := runOnClause.FindStringSubmatch(t.Value); m != nil {
				b.conv.ds.Add(b.conv.path, t.Pos.Line, t.Pos.Col, diag.Warning, "clause-paragraph",
					"line starts with %q inside a paragraph: leave a blank line before a new clause", m[1])
			}
		}
	}
}

// addClause places a clause in the tree by its number: 1.4.7 goes under 1.4.
func (b *builder) addClause(rb rawBlock, prefix, number string, heading []model.Inline) *model.Clause {
	anchor := b.scope + number
	c := b.newClause(rb.pos, prefix, number, anchor, heading)
	b.attach(c, b.parentOf(anchor, rb.pos))
	return c
}

// newClause makes a clause; a group heading waiting for it goes first.
func (b *builder) newClause(pos model.Pos, prefix, number, anchor string, heading []model.Inline) *model.Clause {
	c := &model.Clause{Number: number, Prefix: prefix, Anchor: anchor, Heading: heading,
		Title: strings.TrimSpace(model.PlainText(heading)), Pos: pos}
	if b.group != nil {
		c.Blocks = append(c.Blocks, b.group)
		b.group = nil
	}
	return c
}

// attach adds c under parent (at the top when nil) and makes it current.
func (b *builder) attach(c, parent *model.Clause) {
	if parent == nil {
		b.doc.Clauses = append(b.doc.Clauses, c)
	} else {
		c.Parent = parent
		parent.Children = append(parent.Children, c)
	}
	if _, dup := b.byNum[c.Anchor]; !dup {
		b.byNum[c.Anchor] = c
	}
	b.current = c
}

func (b *builder) parentOf(number string, pos model.Pos) *model.Clause {
	i := strings.LastIndexByte(number, '.')
	if i < 0 {
		return nil
	}
	want := number[:i]
	for p := want; ; {
		if c, ok := b.byNum[p]; ok {
			if p != want {
				b.conv.ds.Add(b.conv.path, pos.Line, pos.Col, diag.Warning, "clause-gap",
					"clause %s has no clause %s above it; it is placed under %s", number, want, p)
			}
			return c
		}
		j := strings.LastIndexByte(p, '.')
		if j < 0 {
			break
		}
		p = p[:j]
	}
	b.conv.ds.Add(b.conv.path, pos.Line, pos.Col, diag.Warning, "clause-gap",
		"clause %s has no clause %s above it", number, want)
	return nil
}

// paragraph turns labelled parts of a paragraph ("a) text") into
// sub-items of the current clause (lists.go), anything else into a paragraph.
func (b *builder) paragraph(rb rawBlock) []model.Block {
	if b.current == nil {
		return []model.Block{&model.Paragraph{Pos: rb.pos, Inlines: rb.ins}}
	}
	return b.paragraphBlocks(b.placerOf(b.current), rb.pos, rb.ins)
}

// listBlock converts a Markdown list; its entries become sub-items of the
// current clause (lists.go).
func (b *builder) listBlock(rb rawBlock) model.Block {
	l := b.conv.list(rb.list)
	if b.current != nil {
		b.listItems(b.placerOf(b.current), l)
	}
	return l
}

// leadingText returns the text of the first Text inline: the place where a
// number or label is written.
func leadingText(ins []model.Inline) string {
	if len(ins) == 0 {
		return ""
	}
	if t, ok := ins[0].(*model.Text); ok {
		return t.Value
	}
	return ""
}

// trimLeading drops the first n bytes of the first Text inline.
func trimLeading(ins []model.Inline, n int) []model.Inline {
	if len(ins) == 0 || n == 0 {
		return ins
	}
	t := ins[0].(*model.Text)
	if n >= len(t.Value) {
		return ins[1:]
	}
	rest := &model.Text{Pos: model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + runeCount(t.Value[:n])}, Value: t.Value[n:]}
	return append([]model.Inline{rest}, ins[1:]...)
}

func posAfter(ins []model.Inline, n int, fallback model.Pos) model.Pos {
	if len(ins) > 0 {
		if t, ok := ins[0].(*model.Text); ok && n < len(t.Value) {
			return model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + runeCount(t.Value[:n])}
		}
	}
	return fallback
}

func runeCount(s string) int { return len([]rune(s)) }
