package parse

import (
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// An HTML block (a <table>, a <p align="center">, an <address>) is read
// token by token, each at its place in the source, and becomes model
// blocks: paragraphs, headings, lists, tables (with colspan and rowspan),
// quotes, code and rules. Inside a table cell or a heading, block
// boundaries are line breaks.

// htmlReader reads the tokens of one HTML block.
type htmlReader struct {
	c    *converter
	z    *html.Tokenizer
	segs []text.Segment // the block's lines in the source
	off  int            // offset of the current token in the block's text
	next int            // offset after it
	typ  html.TokenType
	tok  html.Token
	raw  string
	back bool     // read the current token again
	open []string // the elements being read, innermost last
}

// htmlBlock converts an HTML block.
func (c *converter) htmlBlock(n *ast.HTMLBlock) []model.Block {
	r := &htmlReader{c: c}
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		r.segs = append(r.segs, seg)
		b.Write(seg.Value(c.src))
	}
	if n.HasClosure() {
		r.segs = append(r.segs, n.ClosureLine)
		b.Write(n.ClosureLine.Value(c.src))
	}
	r.z = html.NewTokenizer(strings.NewReader(b.String()))
	blocks, _ := r.content("", false)
	return blocks
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
	for _, s := range r.segs {
		if off < s.Len() {
			return r.c.pos(s.Start + off)
		}
		off -= s.Len()
	}
	if len(r.segs) > 0 {
		return r.c.pos(r.segs[len(r.segs)-1].Stop)
	}
	return model.Pos{Line: 1, Col: 1}
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
		if slices.Contains(r.open, r.tok.Data) {
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

// content reads up to the end of element end ("" for the whole block):
// as blocks, or, inline, as one run of inlines.
func (r *htmlReader) content(end string, inline bool) ([]model.Block, []model.Inline) {
	var blocks []model.Block
	var ins []model.Inline
	flush := func() {
		if inline {
			return
		}
		if p := paragraphOf(ins); p != nil {
			blocks = append(blocks, p)
		}
		ins = nil
	}
	for r.read() {
		if r.ends(end) {
			break
		}
		switch r.typ {
		case html.TextToken:
			ins = append(ins, r.text()...)
		case html.DoctypeToken:
			p := r.pos(r.off)
			r.c.rawHTML(p.Line, p.Col, "HTML declaration %q is not published", clip(r.raw))
		case html.StartTagToken, html.SelfClosingTagToken:
			b, in := r.element(inline)
			if b != nil {
				flush()
				blocks = append(blocks, b...)
			}
			ins = append(ins, in...)
		}
	}
	flush()
	return blocks, ins
}

// element reads the element of the current start tag.
func (r *htmlReader) element(inline bool) ([]model.Block, []model.Inline) {
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
			return nil, []model.Inline{&model.LineBreak{}}
		}
		if d.kept && name == "hr" && !inline {
			return []model.Block{&model.Rule{}}, nil
		}
	case !d.kept:
		// Its content reads on as if the tag were not there.
	case d.kind != kindBlock:
		_, children := r.within(name, true)
		return nil, r.c.element(d, p, children)
	case inline:
		_, children := r.within(name, true)
		return nil, append([]model.Inline{&model.LineBreak{}}, append(children, &model.LineBreak{})...)
	default:
		return r.block(name, p), nil
	}
	return nil, nil
}

// within reads the content of element name.
func (r *htmlReader) within(name string, inline bool) ([]model.Block, []model.Inline) {
	r.open = append(r.open, name)
	defer func() { r.open = r.open[:len(r.open)-1] }()
	return r.content(name, inline)
}

func (r *htmlReader) block(name string, p model.Pos) []model.Block {
	switch name {
	case "table":
		return r.table(p)
	case "ul", "ol":
		return []model.Block{r.list(name, p)}
	case "dl":
		return []model.Block{r.defList(p)}
	case "h1", "h2", "h3", "h4", "h5", "h6":
		if _, ins := r.within(name, true); len(tidy(ins)) > 0 {
			return []model.Block{&model.Heading{Pos: p, Inlines: tidy(ins)}}
		}
		return nil
	case "blockquote":
		bs, _ := r.within(name, false)
		return []model.Block{&model.Quote{Blocks: bs}}
	case "pre":
		return []model.Block{&model.CodeBlock{Pos: p, Text: r.plain(name)}}
	}
	bs, _ := r.within(name, false)
	return bs
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
var entityRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?`)

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
