package parse

import (
	"regexp"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var (
	// headingNumber matches "1.", "1.1. Order", "A.1 Titel", "Artikel 3 – Titel",
	// "Appendix A – Titel".
	headingNumber = regexp.MustCompile(`^(?:(Artikel|Article|Hoofdstuk|Chapter|Bijlage|Appendix|Annex|Schedule|Section|Sectie|Aanhangsel)\s+)?([0-9]+(?:\.[0-9]+)*\.?|[A-Z](?:\.[0-9]+)+\.?|[A-Z]\.)(?:\s*[–—:-]\s+|\s+|$)`)
	// prefixedLetter matches "Appendix A" without a full stop after the letter.
	prefixedLetter = regexp.MustCompile(`^(Bijlage|Appendix|Annex|Schedule|Aanhangsel)\s+([A-Z])(?:\s*[–—:-]\s+|\s+|$)`)
	// paragraphNumber matches a clause written as a paragraph: "1.1.1. Door ...".
	paragraphNumber = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)+\.?|[A-Z](?:\.[0-9]+)+\.?)\s+`)
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
}

func (b *builder) build(blocks []rawBlock) {
	b.byNum = map[string]*model.Clause{}
	b.bullets = map[*model.Clause]int{}
	for _, rb := range blocks {
		switch {
		case rb.level == 1:
			if !b.numberedHeading(rb) {
				b.flushGroup()
				title := model.PlainText(rb.ins)
				c := &model.Clause{Anchor: model.Slug(title), Heading: rb.ins, Title: strings.TrimSpace(title), Pos: rb.pos}
				b.doc.Clauses = append(b.doc.Clauses, c)
				b.current = c
			}
		case rb.level > 1:
			if !b.numberedHeading(rb) {
				b.flushGroup()
				b.group = &model.Heading{Pos: rb.pos, Inlines: rb.ins}
			}
		case rb.list != nil:
			if !b.clauseList(rb.list, "") {
				b.addBlock(b.listBlock(rb))
			}
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

func (b *builder) numberedHeading(rb rawBlock) bool {
	text := leadingText(rb.ins)
	prefix, number, rest := "", "", ""
	if m := prefixedLetter.FindStringSubmatch(text); m != nil {
		prefix, number, rest = m[1], m[2], text[len(m[0]):]
	} else if m := headingNumber.FindStringSubmatch(text); m != nil {
		prefix, number, rest = m[1], m[2], text[len(m[0]):]
	} else {
		return false
	}
	ins := trimLeading(rb.ins, len(text)-len(rest))
	b.addClause(rb, prefix, model.ClauseAnchor(number), ins)
	return true
}

func (b *builder) numberedParagraph(rb rawBlock) bool {
	text := leadingText(rb.ins)
	m := paragraphNumber.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	c := b.addClause(rawBlock{pos: rb.pos}, "", model.ClauseAnchor(m[1]), nil)
	body := trimLeading(rb.ins, len(m[0]))
	if len(body) > 0 {
		c.Blocks = append(c.Blocks, &model.Paragraph{Pos: posAfter(rb.ins, len(m[0]), rb.pos), Inlines: body})
	}
	return true
}

// runOnClause matches a line that starts like a clause: "2.3. ".
var runOnClause = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)+\.)\s`)

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
	c := &model.Clause{Number: number, Prefix: prefix, Anchor: number, Heading: heading,
		Title: strings.TrimSpace(model.PlainText(heading)), Pos: rb.pos}
	if b.group != nil {
		c.Blocks = append(c.Blocks, b.group)
		b.group = nil
	}
	parent := b.parentOf(number, rb.pos)
	if parent == nil {
		b.doc.Clauses = append(b.doc.Clauses, c)
	} else {
		c.Parent = parent
		parent.Children = append(parent.Children, c)
	}
	if _, dup := b.byNum[number]; !dup {
		b.byNum[number] = c
	}
	b.current = c
	return c
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
