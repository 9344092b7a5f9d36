package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// hashes reports a paragraph written like a heading without the space
// CommonMark needs after the hashes ("###Artikel 33"): its level and the
// bytes the hashes take, or 0.
func hashes(ins []model.Inline) (int, int) {
	if len(ins) == 0 {
		return 0, 0
	}
	t, ok := ins[0].(*model.Text)
	if !ok {
		return 0, 0
	}
	n := 0
	for n < len(t.Value) && t.Value[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(t.Value) || !startsWord(t.Value[n:]) {
		return 0, 0
	}
	return n, n
}

// startsWord reports whether s starts with a letter or "§": "#1 priority"
// and "#!" are text, "###Artikel 33" a heading.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || r == '§'
}

// hashHeading reads "###Artikel 33" as the heading its writer meant, with a
// warning: Markdown shows it as text. Lines after it in the same paragraph
// stay a paragraph.
func (b *builder) hashHeading(rb rawBlock) bool {
	if rb.level != 0 || rb.ins == nil {
		return false
	}
	level, n := hashes(rb.ins)
	if level == 0 {
		return false
	}
	line := rb.ins
	var rest []model.Inline
	for i, in := range rb.ins {
		switch in.(type) {
		case *model.SoftBreak, *model.LineBreak:
			line, rest = rb.ins[:i], rb.ins[i+1:]
		default:
			continue
		}
		break
	}
	b.conv.ds.Add(b.conv.path, rb.pos.Line, rb.pos.Col, diag.Warning, "heading-no-space",
		"%q is not a heading in Markdown, which needs a space after the %s; legalkit reads it as a heading, other Markdown tools show it as text",
		shortText(model.PlainText(line)), strings.Repeat("#", level))
	b.heading(rawBlock{level: level, pos: rb.pos, ins: trimSpaceLead(dropLead(line, n))})
	if len(rest) > 0 {
		p := rawBlock{pos: inlinePos(rest, rb.pos), ins: rest}
		b.warnRunOn(p.ins)
		if !b.numberedParagraph(p) {
			for _, bl := range b.paragraph(p) {
				b.addBlock(bl)
			}
		}
	}
	return true
}

func shortText(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
