package parse

import (
	"slices"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// An HTML block (a <table>, a <p align="center">, an <address>) is read
// token by token, each at its place in the source, and becomes model
// blocks: paragraphs, headings, lists, tables (with colspan and rowspan),
// quotes, code and rules. Inside a table cell or a heading, block
// boundaries are line breaks.

// htmlReader reads the tokens of one HTML block.
type htmlReader struct {
	c        *converter
	z        *html.Tokenizer
	segs     []text.Segment // the block's lines in the source
	lineEnds []int          // offset in the block's text after each line
	off      int            // offset of the current token in the block's text
	next     int            // offset after it
	typ      html.TokenType
	tok      html.Token
	raw      string
	back     bool           // read the current token again
	open     map[string]int // how many of each element are being read
}

// htmlBlock converts an HTML block.
func (c *converter) htmlBlock(n *ast.HTMLBlock) []model.Block {
	c.unclosedHTML(n)
	r := &htmlReader{c: c, open: map[string]int{}}
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		r.line(&b, lines.At(i))
	}
	if n.HasClosure() {
		r.line(&b, n.ClosureLine)
	}
	r.z = html.NewTokenizer(strings.NewReader(b.String()))
	f := &flow{}
	r.content("", f)
	return f.blocks
}

func (r *htmlReader) line(b *strings.Builder, seg text.Segment) {
	r.segs = append(r.segs, seg)
	b.Write(seg.Value(r.c.src))
	r.lineEnds = append(r.lineEnds, b.Len())
}

func (r *htmlReader) read() bool {
	if r.back {
		r.back = false
		return true
	}
	r.off = r.next
	r.typ = r.z.Next()
	if r.typ == html.ErrorToken {
		return false
	}
	r.raw = string(r.z.Raw())
	r.next = r.off + len(r.raw)
	r.tok = r.z.Token()
	return true
}

// pos maps an offset in the block's text to its place in the source.
func (r *htmlReader) pos(off int) model.Pos {
	k := sort.SearchInts(r.lineEnds, off+1)
	if k == len(r.segs) {
		if k == 0 {
			return model.Pos{Line: 1, Col: 1}
		}
		return r.c.pos(r.segs[k-1].Stop)
	}
	start := 0
	if k > 0 {
		start = r.lineEnds[k-1]
	}
	return r.c.pos(r.segs[k].Start + off - start)
}

// tag runs the current start tag through the policy and reports what it drops.
func (r *htmlReader) tag() (*tagDecision, model.Pos) {
	d := r.c.decide(r.raw)
	p := r.pos(r.off)
	r.c.reportTag(d, p.Line, p.Col)
	r.c.recordIDs(d, p)
	return d, p
}

// ends reports whether the current token ends the element end: its
// closing tag, the closing tag of an element around it, or a start tag
// that closes it implicitly (<li> after <li>). Only the element's own
// closing tag is consumed.
func (r *htmlReader) ends(end string) bool {
	switch r.typ {
	case html.EndTagToken:
		if r.tok.Data == end {
			return true
		}
		if r.open[r.tok.Data] > 0 {
			r.back = true
			return true
		}
	case html.StartTagToken:
		if closesImplicitly(end, r.tok.Data) {
			r.back = true
			return true
		}
	}
	return false
}

func closesImplicitly(end, start string) bool {
	switch end {
	case "li":
		return start == "li"
	case "td", "th":
		return slices.Contains([]string{"td", "th", "tr", "thead", "tbody", "tfoot"}, start)
	case "tr":
		return slices.Contains([]string{"tr", "thead", "tbody", "tfoot"}, start)
	case "dt", "dd":
		return start == "dt" || start == "dd"
	case "p":
		return slices.Contains(blockElements, start)
	}
	return false
}

// flow collects what content reads: finished blocks and the inlines of
// the paragraph, cell or heading being read. Nested elements add to the
// flow around them, so deep nesting costs no copying.
type flow struct {
	inline bool // inside a cell or heading: block boundaries are line breaks
	blocks []model.Block
	ins    []model.Inline
}

// flush ends the paragraph being read.
func (f *flow) flush() {
	if f.inline {
		return
	}
	if p := paragraphOf(f.ins); p != nil {
		f.blocks = append(f.blocks, p)
	}
	f.ins = nil
}

func (f *flow) add(bs ...model.Block) {
	f.flush()
	f.blocks = append(f.blocks, bs...)
}

// content reads up to the end of element end ("" for the whole block)
// into f.
func (r *htmlReader) content(end string, f *flow) {
	for r.read() && !r.ends(end) {
		switch r.typ {
		case html.TextToken:
			f.ins = append(f.ins, r.text()...)
		case html.DoctypeToken:
			p := r.pos(r.off)
			r.c.rawHTML(p.Line, p.Col, "HTML declaration %q is not published", clip(r.raw))
		case html.StartTagToken, html.SelfClosingTagToken:
			r.element(f)
		}
	}
	f.flush()
}

// element reads the element of the current start tag into f.
func (r *htmlReader) element(f *flow) {
	d, p := r.tag()
	name := d.name
	void := r.typ == html.SelfClosingTagToken || slices.Contains(voidElements, name)
	switch {
	case d.skip:
		if !void {
			r.skip(name)
		}
	case void:
		if d.kept && name == "br" {
			f.ins = append(f.ins, &model.LineBreak{})
		}
		if d.kept && name == "hr" && !f.inline {
			f.add(&model.Rule{})
		}
	case !d.kept:
		// Its content reads on as if the tag were not there.
	case d.kind == kindFormat || d.kind == kindLink && d.attrs["href"] != "":
		g := &flow{inline: true}
		r.within(name, g)
		f.ins = append(f.ins, r.c.element(d, p, g.ins)...)
	case d.kind != kindBlock:
		r.within(name, f)
	case f.inline:
		f.ins = append(f.ins, &model.LineBreak{})
		r.within(name, f)
		f.ins = append(f.ins, &model.LineBreak{})
	default:
		r.block(name, p, f)
	}
}

// enter records that element name is being read, until the function it
// returns is called.
func (r *htmlReader) enter(name string) func() {
	r.open[name]++
	return func() { r.open[name]-- }
}

// within reads the content of element name into f.
func (r *htmlReader) within(name string, f *flow) {
	defer r.enter(name)()
	r.content(name, f)
}

func (r *htmlReader) block(name string, p model.Pos, f *flow) {
	switch name {
	case "table":
		f.add(r.table(p)...)
	case "ul", "ol":
		f.add(r.list(name, p))
	case "dl":
		f.add(r.defList(p))
	case "h1", "h2", "h3", "h4", "h5", "h6":
		g := &flow{inline: true}
		r.within(name, g)
		if ins := tidy(g.ins); len(ins) > 0 {
			f.add(&model.Heading{Pos: p, Inlines: ins})
		}
	case "blockquote":
		g := &flow{}
		r.within(name, g)
		f.add(&model.Quote{Blocks: g.blocks})
	case "pre":
		f.add(&model.CodeBlock{Pos: p, Text: r.plain(name)})
	default:
		f.flush()
		r.within(name, f)
	}
}

// skip drops everything up to the closing tag of name.
func (r *htmlReader) skip(name string) {
	depth := 0
	for r.read() {
		switch {
		case r.typ == html.StartTagToken && r.tok.Data == name:
			depth++
		case r.typ == html.EndTagToken && r.tok.Data == name:
			if depth == 0 {
				return
			}
			depth--
		}
	}
}

// plain returns the text up to the closing tag of name, as written.
func (r *htmlReader) plain(name string) string {
	var b strings.Builder
	for r.read() && !(r.typ == html.EndTagToken && r.tok.Data == name) {
		if r.typ == html.TextToken {
			b.WriteString(r.tok.Data)
		}
	}
	return strings.Trim(b.String(), "\n")
}

// entityRef matches a character reference in HTML text.
var entityRef = lazyre.New(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?`)

// text converts the current text token, line by line, each piece at its
// place: HTML reads a line break as a space and ignores the indentation.
func (r *htmlReader) text() []model.Inline {
	var out []model.Inline
	lines := strings.Split(r.raw, "\n")
	start := r.off
	for k, line := range lines {
		if k > 0 {
			out = append(out, &model.SoftBreak{})
		}
		lead := 0
		if k > 0 {
			lead = len(line) - len(strings.TrimLeft(line, " \t"))
		}
		body := line[lead:]
		if k < len(lines)-1 {
			body = strings.TrimRight(body, " \t")
		}
		out = append(out, r.pieces(start+lead, body)...)
		start += len(line) + 1
	}
	return out
}

// pieces splits text at character references, which it decodes.
func (r *htmlReader) pieces(off int, s string) []model.Inline {
	var out []model.Inline
	prev := 0
	for _, m := range entityRef.FindAllStringIndex(s, -1) {
		if m[0] > prev {
			out = append(out, &model.Text{Pos: r.pos(off + prev), Value: s[prev:m[0]]})
		}
		out = append(out, &model.Text{Pos: r.pos(off + m[0]), Value: html.UnescapeString(s[m[0]:m[1]])})
		prev = m[1]
	}
	if prev < len(s) {
		out = append(out, &model.Text{Pos: r.pos(off + prev), Value: s[prev:]})
	}
	return out
}
