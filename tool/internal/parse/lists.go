package parse

import (
	"github.com/yuin/goldmark/ast"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Sub-items come from Markdown lists and from paragraphs that start with a
// label. Markdown nesting nests them; labels nest them too, by their style
// (see placer). A line inside a paragraph that starts with a label the
// enumeration expects there (the next one of an open level, or the first
// of a new one) starts an item: documents converted from other formats
// often lack the blank line before it.

// placerOf returns the placer of the current clause's own levels.
func (b *builder) placerOf(c *model.Clause) *placer {
	if b.placers == nil {
		b.placers = map[*model.Clause]*placer{}
	}
	p := b.placers[c]
	if p == nil {
		p = &placer{b: b, scope: c.Anchor}
		b.placers[c] = p
	}
	return p
}

// paragraphBlocks turns a paragraph of the current clause into blocks:
// its labelled parts become items, the rest stays a paragraph.
func (b *builder) paragraphBlocks(p *placer, pos model.Pos, ins []model.Inline) []model.Block {
	var out []model.Block
	for i, seg := range b.segments(p, ins) {
		l, n, ok := readMarker(leadingText(seg))
		if !ok {
			segPos := pos
			if i > 0 {
				segPos = posAfter(seg, 0, pos)
			}
			out = append(out, &model.Paragraph{Pos: segPos, Inlines: seg})
			continue
		}
		itPos := pos
		if i > 0 {
			itPos = posAfter(seg, 0, pos)
		}
		it := &model.Item{Label: l.text, Marker: l.marker, Pos: itPos, Clause: b.current}
		if body := trimLeading(seg, n); len(body) > 0 {
			it.Blocks = []model.Block{&model.Paragraph{Pos: posAfter(seg, n, itPos), Inlines: body}}
		}
		p.place(it, l)
		b.current.Items = append(b.current.Items, it)
		out = append(out, &model.ItemBlock{Item: it})
	}
	return out
}

// segments splits a paragraph before each line that starts an item. The
// placer is asked with the levels as they are before the paragraph, and
// with each label found so far placed on a trial copy.
func (b *builder) segments(p *placer, ins []model.Inline) [][]model.Inline {
	trial := &placer{b: b, scope: p.scope, owner: p.owner, stack: copyStack(p.stack)}
	if l, _, ok := readMarker(leadingText(ins)); ok {
		trial.try(l)
	}
	var out [][]model.Inline
	from := 0
	for i := 1; i < len(ins); i++ {
		if !isBreak(ins[i-1]) {
			continue
		}
		l, _, ok := readMarker(leadingText(ins[i:]))
		if !ok || !trial.accepts(l) {
			continue
		}
		trial.try(l)
		if seg := trimBreaks(ins[from : i-1]); len(seg) > 0 {
			out = append(out, seg)
		}
		from = i
	}
	return append(out, ins[from:])
}

// try places a label on a trial placer, without anchoring or reporting.
func (p *placer) try(l label) {
	d, k, _ := p.find(l)
	p.stack = p.stack[:min(d+1, len(p.stack))]
	it := &model.Item{Label: l.text}
	if d == len(p.stack) {
		p.stack = append(p.stack, &level{form: l.form, kind: k})
	}
	p.stack[d].last = it
}

func copyStack(s []*level) []*level {
	out := make([]*level, len(s))
	for i, lv := range s {
		c := *lv
		out[i] = &c
	}
	return out
}

func isBreak(in model.Inline) bool {
	switch in.(type) {
	case *model.SoftBreak, *model.LineBreak:
		return true
	}
	return false
}

// trimBreaks drops line breaks at the end of a segment.
func trimBreaks(ins []model.Inline) []model.Inline {
	for len(ins) > 0 && isBreak(ins[len(ins)-1]) {
		ins = ins[:len(ins)-1]
	}
	return ins
}

// listItems anchors the entries of a Markdown list in placer p: a
// numbered list takes its levels like labelled paragraphs do, its entries
// one level; bullets are counted per clause. Each entry's own blocks are
// read in a placer of its own.
func (b *builder) listItems(p *placer, l *model.List) {
	depth, kind := -1, kindDecimal
	for _, it := range l.Items {
		it.Clause = b.current
		switch {
		case it.Label == "":
			b.bullets[b.current]++
			it.Parent = p.owner
			it.Anchor = model.ItemAnchor(p.scope, "", b.bullets[b.current])
		case depth < 0:
			lb := label{text: it.Label, marker: it.Marker, form: listForm(it.Marker)}
			var restart bool
			depth, kind, restart = p.find(lb)
			p.put(it, lb, depth, kind, restart)
		default:
			p.put(it, label{text: it.Label, marker: it.Marker, form: listForm(it.Marker)}, depth, kind, false)
		}
		b.current.Items = append(b.current.Items, it)
		b.itemBlocks(it)
	}
}

// itemBlocks reads the blocks of a list entry: labelled paragraphs and
// nested lists become its sub-items.
func (b *builder) itemBlocks(it *model.Item) {
	p := &placer{b: b, scope: it.Anchor, owner: it}
	var out []model.Block
	for _, bl := range it.Blocks {
		switch bl := bl.(type) {
		case *model.Paragraph:
			out = append(out, b.paragraphBlocks(p, bl.Pos, bl.Inlines)...)
		case *model.List:
			b.listItems(p, bl)
			out = append(out, bl)
		default:
			out = append(out, bl)
		}
	}
	it.Blocks = out
}

func listForm(marker string) string {
	if len(marker) > 0 && marker[len(marker)-1] == ')' {
		return formParen
	}
	return formDot
}

// writtenNumber matches the marker of a numbered list entry at the start
// of its line, after any indentation and block quote markers.
var writtenNumber = lazyre.New(`^[ \t>]*([0-9]{1,9})[.)]`)

// listLabels returns the labels of a numbered list's entries as written.
// A list whose entries after the first all repeat its first number ("1.",
// "1.", "1.") is numbered by Markdown, which counts on from the first.
func (c *converter) listLabels(n *ast.List) []string {
	var written, counted []string
	same := true
	num := n.Start
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		counted = append(counted, itoa(num))
		w := c.writtenLabel(li)
		if w == "" {
			w = itoa(num)
		}
		if len(written) > 0 && w != written[0] {
			same = false
		}
		written = append(written, w)
		num++
	}
	if same && len(written) > 1 {
		return counted
	}
	return written
}

// writtenLabel reads the number written before a list entry's first
// line; "" when the entry starts on a later line.
func (c *converter) writtenLabel(li ast.Node) string {
	off := c.start(li)
	if off < 0 || off > len(c.src) {
		return ""
	}
	lineStart := off
	for lineStart > 0 && c.src[lineStart-1] != '\n' {
		lineStart--
	}
	m := writtenNumber.FindSubmatch(c.src[lineStart:off])
	if m == nil {
		return ""
	}
	return trimZeros(string(m[1]))
}

// trimZeros drops leading zeros: "01" is item 1.
func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}
