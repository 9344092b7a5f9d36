package parse

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Headings build the clause tree. A numbered heading is a clause; the word
// before its number gives its kind, and containers (Hoofdstuk, Afdeling,
// Abschnitt) hold the articles that follow them. A single number under a
// numbered heading of a higher level counts from it: "### 2." under
// "## C." is C.2. An unnumbered heading inside a numbered clause is a group
// heading; elsewhere it is an unnumbered section.

// paragraphLevel is the level of a clause written as a paragraph: below
// every heading.
const paragraphLevel = 7

// openHeading is a numbered heading whose clause is still open.
type openHeading struct {
	clause  *model.Clause
	level   int
	kind    numKind
	base    string // what its anchor adds its number to: "C." for C.2
	relKids bool   // a clause was numbered relative to it
}

// openSection is an unnumbered section still open for deeper sections.
type openSection struct {
	clause *model.Clause
	level  int
}

// prepare reads what decides the meaning of numbers in the whole document
// before the tree is built: whether it has article words, which kind of
// number is its citation unit, and whether its first heading is its title.
func (b *builder) prepare(blocks []rawBlock) {
	b.num = &numbering{language: b.doc.Meta.Language, unit: kindArticle}
	kinds := map[numKind]bool{}
	level1, headings := 0, 0
	for _, rb := range blocks {
		text := ""
		switch {
		case rb.level > 0:
			headings++
			if rb.level == 1 {
				level1++
			}
			text = leadText(rb.ins)
		case rb.ins != nil:
			if lv, n := hashes(rb.ins); lv > 0 {
				headings++
				text = leadText(rb.ins)[n:]
			}
		}
		if h, ok := parseNumber(text, true); ok && h.word != "" {
			if isArticleWord(h.word) {
				b.num.articles = true
			}
			k, _ := numberWordKind(h.word)
			kinds[k] = true
		}
	}
	if !b.num.articles && !kinds[kindArticle] {
		for k := kindParagraph; k >= kindBook; k-- {
			if kinds[k] {
				b.num.unit = k
				break
			}
		}
	}
	b.titleOK = level1 == 1 && headings > 1
}

func numberWordKind(word string) (numKind, bool) {
	k, ok := numberWords[strings.ToLower(word)]
	return k, ok
}

// heading places one heading block in the tree.
func (b *builder) heading(rb rawBlock) {
	if b.titleOK && rb.level == 1 && b.current == nil && len(b.doc.Clauses) == 0 {
		if _, ok := parseNumber(leadText(rb.ins), true); !ok {
			// The document's own title: it stays above the sections.
			b.titleOK = false
			b.flushGroup()
			b.doc.Preamble = append(b.doc.Preamble, &model.Heading{Pos: rb.pos, Inlines: rb.ins})
			return
		}
	}
	b.titleOK = false
	if h, ok := parseNumber(leadText(rb.ins), true); ok {
		b.numberedHeading(rb, h)
		return
	}
	b.unnumberedHeading(rb)
}

// unnumberedHeading is a group heading inside a numbered clause of a
// higher level, otherwise a section.
func (b *builder) unnumberedHeading(rb rawBlock) {
	b.popOpen(rb.level)
	b.flushGroup()
	if rb.level > 1 && len(b.open) > 0 {
		b.group = &model.Heading{Pos: rb.pos, Inlines: rb.ins}
		return
	}
	title := model.PlainText(rb.ins)
	c := &model.Clause{Anchor: model.Slug(title), Heading: rb.ins, Title: strings.TrimSpace(title), Pos: rb.pos}
	for len(b.sections) > 0 && b.sections[len(b.sections)-1].level >= rb.level {
		b.sections = b.sections[:len(b.sections)-1]
	}
	if rb.level > 1 && len(b.sections) > 0 {
		p := b.sections[len(b.sections)-1].clause
		c.Parent = p
		p.Children = append(p.Children, c)
	} else {
		b.doc.Clauses = append(b.doc.Clauses, c)
	}
	b.sections = append(b.sections, openSection{c, rb.level})
	b.scope = ""
	b.current = c
}

// numberedHeading adds the clause of a heading that starts with a number.
func (b *builder) numberedHeading(rb rawBlock, h headingNum) {
	ins := trimSpaceLead(dropLead(rb.ins, h.n))
	kind := kindPlain
	if h.word != "" {
		kind, _ = b.num.wordKind(h.word)
	}
	b.sections = nil
	entry := openHeading{level: rb.level, kind: kind}
	var parent *model.Clause
	anchor := ""
	switch {
	case kind == kindAnnex:
		b.open, b.scope = nil, ""
		anchor = b.annexAnchor(h)
		if !isUpperLetter(h.number) {
			b.scope = anchor + "."
		}
	case kind.container():
		parent = b.popToContainer(kind, h.number, rb.level)
		anchor = b.containerAnchor(h, kind, parent)
		b.scope = ""
	case kind == kindArticle:
		parent = b.popToContainer(kind, h.number, rb.level)
		anchor = model.ClauseAnchor(h.number)
		if i := strings.LastIndexByte(anchor, '.'); i > 0 && b.byNum[anchor[:i]] != nil {
			parent = b.byNum[anchor[:i]] // "Section 1.1" under "Section 1"
		}
		b.scope = ""
	case strings.Contains(h.number, "."):
		b.popOpen(rb.level)
		anchor = b.scope + h.number
		parent = b.parentOf(anchor, rb.pos)
	default:
		parent, anchor, entry.base, entry.level = b.relative(h.number, rb.level, rb.pos)
	}
	c := b.newClause(rb.pos, h.word, h.number, anchor, ins)
	b.attach(c, parent)
	entry.clause = c
	b.open = append(b.open, entry)
}

// relative places a single number at level: under the numbered heading
// above it ("### 2." under "## C." is C.2), unless it continues that
// heading's own numbers ("## 1." then "### 2." written one level too
// deep). It returns the parent, the anchor, the base and the level the
// clause is open at.
func (b *builder) relative(number string, level int, pos model.Pos) (*model.Clause, string, string, int) {
	b.popOpen(level)
	if len(b.open) == 0 {
		anchor := b.scope + number
		if b.scope != "" {
			return b.parentOf(anchor, pos), anchor, b.scope, level
		}
		return nil, anchor, "", level
	}
	top := &b.open[len(b.open)-1]
	if top.kind == kindPlain && !top.relKids && numberFollows(top.clause.Number, number) {
		b.open = b.open[:len(b.open)-1]
		return top.clause.Parent, top.base + number, top.base, top.level
	}
	top.relKids = true
	return top.clause, top.clause.Anchor + "." + number, top.clause.Anchor + ".", level
}

// numberFollows reports whether next is the number after prev, of the same
// kind: "3" after "2", "c" after "b".
func numberFollows(prev, next string) bool {
	prev = prev[strings.LastIndexByte(prev, '.')+1:]
	switch {
	case isDigits(prev) && isDigits(next):
		return strings.TrimLeft(next, "0") == model.NextDigits(strings.TrimLeft(prev, "0"))
	case len(prev) == 1 && len(next) == 1 && isLetterByte(prev[0]) && isLetterByte(next[0]):
		return next[0] == prev[0]+1
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// popOpen closes the numbered headings at level or deeper.
func (b *builder) popOpen(level int) {
	for len(b.open) > 0 && b.open[len(b.open)-1].level >= level {
		b.open = b.open[:len(b.open)-1]
	}
}

// popToContainer closes open headings until the innermost one that holds
// a clause of kind k and number at level, and returns it (nil at the top).
// An article goes into the innermost container; a container into one of a
// larger kind, of a higher heading level, or of the same kind whose number
// its own continues ("§ 5.1.3" in "§ 5.1").
func (b *builder) popToContainer(k numKind, number string, level int) *model.Clause {
	for len(b.open) > 0 {
		top := b.open[len(b.open)-1]
		holds := top.kind != k && (k == kindArticle || top.level < level || top.level == level && top.kind < k) ||
			top.kind == k && strings.HasPrefix(number, top.clause.Number+".")
		if top.kind.container() && holds {
			return top.clause
		}
		b.open = b.open[:len(b.open)-1]
	}
	return nil
}

// containerAnchor is the citation unit's bare number, or the word and the
// number ("hoofdstuk-ii"), after the container holding it when the number
// is counted within it ("hoofdstuk-ii-afdeling-1").
func (b *builder) containerAnchor(h headingNum, k numKind, parent *model.Clause) string {
	if k == b.num.unit {
		return model.ClauseAnchor(h.number)
	}
	a := b.num.kindAnchor(h.word, h.number, k)
	if parent != nil && !strings.Contains(h.number, ".") {
		a = parent.Anchor + "-" + a
	}
	return a
}

// annexAnchor keeps a lettered annex's letter ("Appendix A" is A, whose
// clauses are A.1), and gives any other the word and number ("bijlage-1"),
// which its clauses continue ("bijlage-1.2").
func (b *builder) annexAnchor(h headingNum) string {
	if isUpperLetter(h.number) {
		if _, taken := b.byNum[h.number]; !taken {
			return h.number
		}
	}
	return b.num.kindAnchor(h.word, h.number, kindAnnex)
}

func isUpperLetter(s string) bool { return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' }

// boldClause reads a paragraph that starts with a number in bold:
// "**2.3. Late Payment.** Text" is clause 2.3 titled "Late Payment." with
// its text; "**Article 7: Audits.**" is article 7.
func (b *builder) boldClause(rb rawBlock) bool {
	if len(rb.ins) == 0 {
		return false
	}
	em, ok := rb.ins[0].(*model.Emphasis)
	if !ok || em.Level < 2 {
		return false
	}
	h, ok := parseNumber(leadText(em.Children), true)
	if !ok || h.word == "" && !strings.Contains(h.number, ".") && !strings.HasSuffix(strings.TrimSpace(leadText(em.Children)[:h.n]), ".") {
		return false
	}
	title := trimSpaceLead(dropLead(em.Children, h.n))
	if h.word != "" {
		b.numberedHeading(rawBlock{level: paragraphLevel, pos: rb.pos, ins: em.Children}, h)
	} else if strings.Contains(h.number, ".") {
		anchor := b.scope + h.number
		c := b.newClause(rb.pos, "", h.number, anchor, title)
		b.attach(c, b.parentOf(anchor, rb.pos))
	} else {
		parent, anchor, _, _ := b.relative(h.number, paragraphLevel, rb.pos)
		b.attach(b.newClause(rb.pos, "", h.number, anchor, title), parent)
	}
	if body := trimSpaceLead(rb.ins[1:]); len(body) > 0 {
		b.current.Blocks = append(b.current.Blocks, &model.Paragraph{Pos: inlinePos(body, rb.pos), Inlines: body})
	}
	return true
}
