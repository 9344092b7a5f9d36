package parse

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Contracts converted from Word (Common Paper's among them) write their
// top-level clauses as a numbered list of headings ("9. ## Limitation of
// Liability") and the clauses under them as indented paragraphs that start
// with the clause number: "9.1 <span>Liability Caps.</span> If …". Text
// written right after such a heading ends the Markdown list, so the next
// entry ("10. ## Indemnification") starts a new list that continues the
// numbers of the first.

// subNumber matches a clause number at the start of a paragraph: "9.1 ",
// "9.1.2. ".
var subNumber = lazyre.New(`^([0-9]+(?:\.[0-9]+)+)\.?(?:[ \t]|\x{00a0})+`)

// continuesList reports whether a numbered list continues the numbers of
// the top-level list clauses the current clause belongs to: "9." after
// "8. ## Disclaimer" and the text under it.
func (b *builder) continuesList(n *ast.List) bool {
	top := b.listTop
	if top == nil || !within(b.current, top) {
		return false
	}
	labels := b.conv.listLabels(n)
	return len(labels) > 0 && numberFollows(top.Number, labels[0])
}

// within reports whether c is top or one of its sub-clauses.
func within(c, top *model.Clause) bool {
	for ; c != nil; c = c.Parent {
		if c == top {
			return true
		}
	}
	return false
}

// subClause reads a paragraph of list clause top that starts with a
// number continuing the current clause or one it stands in ("9.1" in 9,
// "9.1.2" in 9.1, "9.2" after 9.1) as that sub-clause, titled by a
// leading span or bold run when there is one. Any other number (an
// amount, a version) stays text.
func (b *builder) subClause(top *model.Clause, pos model.Pos, ins []model.Inline) bool {
	m := subNumber.FindStringSubmatch(leadingText(ins))
	if m == nil {
		return false
	}
	parent := b.enclosing(top, m[1])
	if parent == nil {
		return false
	}
	title, body := clauseTitle(trimLeading(ins, len(m[0])))
	c := b.newClause(pos, "", m[1], parent.Anchor+m[1][len(parent.Number):], title)
	b.attach(c, parent)
	if len(body) > 0 {
		for _, bl := range b.paragraphBlocks(b.placerOf(c), inlinePos(body, pos), body) {
			b.addBlock(bl)
		}
	}
	return true
}

// clauseTitle splits a leading span or bold title that ends with a full
// stop from the text of a clause written as a paragraph: "<span>Liability
// Caps.</span> If …", "**Waiver.** Each …". A bold term that starts a
// sentence ("**"Affiliate"** means") or ends with a colon is no title.
func clauseTitle(ins []model.Inline) (title, body []model.Inline) {
	title, body = splitTitle(ins)
	if !strings.HasSuffix(strings.TrimSpace(model.PlainText(title)), ".") {
		return nil, ins
	}
	return title, body
}

// titleContinued gives clause c, written as a paragraph after prev, the
// title its text starts with when its number continues the clause it
// stands in: "9.1 <span>Caps.</span>" right under "## 9. Liability".
func titleContinued(prev, c *model.Clause) {
	p := c.Parent
	if p == nil || len(c.Blocks) == 0 || !within(prev, p) || !strings.HasPrefix(c.Number, p.Number+".") ||
		strings.Contains(c.Number[len(p.Number)+1:], ".") {
		return
	}
	para, ok := c.Blocks[len(c.Blocks)-1].(*model.Paragraph)
	if !ok {
		return
	}
	title, body := clauseTitle(para.Inlines)
	if title == nil {
		return
	}
	c.Heading, c.Title = title, strings.TrimSpace(model.PlainText(title))
	if len(body) == 0 {
		c.Blocks = c.Blocks[:len(c.Blocks)-1]
		return
	}
	para.Pos, para.Inlines = inlinePos(body, para.Pos), body
}

// enclosing returns the clause a sub-clause number continues: the current
// clause or one of its parents up to top, whose number is the sub-clause's
// without its last part, and whose sub-clauses so far the number follows
// (".1" first, then higher numbers). It returns nil for any other number.
func (b *builder) enclosing(top *model.Clause, number string) *model.Clause {
	i := strings.LastIndexByte(number, '.')
	want, last := number[:i], number[i+1:]
	for c := b.current; c != nil; c = c.Parent {
		if c.Number == want {
			if !followsSiblings(c, last) {
				return nil
			}
			if _, taken := b.byNum[c.Anchor+number[i:]]; taken {
				return nil
			}
			return c
		}
		if c == top {
			break
		}
	}
	return nil
}

// followsSiblings reports whether last, the last part of a new sub-clause
// number of parent, comes after its sub-clauses so far: "1" for the first.
func followsSiblings(parent *model.Clause, last string) bool {
	n := atoiSmall(last)
	if len(parent.Children) == 0 {
		return n == 1
	}
	prev := parent.Children[len(parent.Children)-1].Number
	return n > atoiSmall(prev[strings.LastIndexByte(prev, '.')+1:])
}

// atoiSmall reads up to nine digits; -1 for anything else.
func atoiSmall(s string) int {
	if s == "" || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
