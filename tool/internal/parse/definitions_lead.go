package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var (
	// leadBold is a bold term that opens an entry: **Member**: …, **Member:** …
	leadBold = lazyre.New(`^` + space + `*\x01([^\x01\x02\x03]{1,80}?)(:?)` + space + `*\x02` + space + `*([:–—]?)`)
	// leadQuoted is a quoted term that opens an entry: "Member": …
	leadQuoted = lazyre.New(`^` + space + `*\x01?[` + quoteOpen + `]([^` + quoteOpen + quoteClose + `\x01\x02\x03]{1,80}?)[` + quoteClose + `]\x02?` + space + `*([:–—]?)`)
	// statuteEntry is the term of an entry of a statute's definitions: "a. krediettransactie: …".
	statuteEntry = lazyre.New(`^[\s*_]*(\p{L}[^:;,()\n]{0,60}?)[\s*_]*:`)
)

// fromLead defines the term that opens an entry of a definitions section:
// `**Member**: a person who …`, `"Member": …`; with quoted, a quoted term
// without a colon opens it too (a statute's „personenbezogene Daten“ …).
func (d *definer) fromLead(p *model.Paragraph, spec defSpec, quoted bool) bool {
	f := flatten(p.Inlines)
	var h defHit
	if m := leadBold.FindStringSubmatchIndex(f.s); m != nil && (m[5] > m[4] || m[7] > m[6]) {
		h = defHit{start: m[2], end: m[3], certain: true}
	} else if m := leadQuoted.FindStringSubmatchIndex(f.s); m != nil && (quoted || m[5] > m[4]) {
		h = defHit{start: m[2], end: m[3], certain: true}
	} else {
		return false
	}
	h.start, h.end = unquoted(f.s, h.start, h.end) // **"Order Form"**: …
	term := strings.TrimSpace(f.s[h.start:h.end])
	if len(strings.Fields(term)) > 8 || strings.ContainsAny(term, ".;!?") {
		return false
	}
	p.Inlines = d.markHits(p.Inlines, f, []defHit{h}, spec)
	return true
}

// unquoted returns the bytes of s[a:b] inside the quotes around it, when
// it is quoted: a bold term written with its quotes, **"Order Form"**.
func unquoted(s string, a, b int) (int, int) {
	first, w1 := utf8.DecodeRuneInString(s[a:b])
	last, w2 := utf8.DecodeLastRuneInString(s[a:b])
	if b-a > w1+w2 && strings.ContainsRune(quoteOpen, first) && strings.ContainsRune(quoteClose, last) {
		return a + w1, b - w2
	}
	return a, b
}

// statuteItems defines the terms of a statute's list of definitions: the
// items after "In deze wet wordt verstaan onder:", "Im Sinne dieses
// Gesetzes …", "For the purposes of this Act: …". An intro that names a
// part ("In dit hoofdstuk") limits the definitions to the clause.
func (d *definer) statuteItems(c *model.Clause) {
	scope, open := "", false
	for _, bl := range c.Blocks {
		switch n := bl.(type) {
		case *model.Paragraph: // an intro opens the list; other text continues an entry
			if sc, ok := d.statuteIntroOf(n.Inlines, c.Anchor); ok {
				scope, open = sc, true
			}
		case *model.ItemBlock:
			if open && n.Item.Parent == nil {
				d.fromStatuteItem(n.Item, defSpec{kind: model.DefList, clause: c.Anchor, certain: true, scope: scope})
			}
		default:
			open = false
		}
	}
	for _, parent := range c.Items {
		p := firstParagraph(parent)
		if p == nil {
			continue
		}
		if scope, ok := d.statuteIntroOf(p.Inlines, c.Anchor); ok {
			for _, it := range c.Items {
				if it.Parent == parent {
					d.fromStatuteItem(it, defSpec{kind: model.DefList, clause: c.Anchor, certain: true, scope: scope})
				}
			}
		}
	}
}

// statuteIntroOf is statuteIntro of the plain text of ins, which is made
// only when it holds the colon that ends an intro.
func (d *definer) statuteIntroOf(ins []model.Inline, anchor string) (string, bool) {
	if !plainHas(ins, ':') {
		return "", false
	}
	return statuteIntro(model.PlainText(ins), anchor)
}

// statuteIntro reports whether text opens a list of definitions, and the
// scope of those definitions.
func statuteIntro(text, anchor string) (string, bool) {
	if !strings.HasSuffix(strings.TrimSpace(text), ":") {
		return "", false // the list of definitions follows the colon; most paragraphs end otherwise
	}
	low := strings.ToLower(strings.Join(strings.Fields(text), " "))
	found := false
	for _, w := range lang.StatuteDefinitionIntros {
		if strings.Contains(low, w) {
			found = true
			break
		}
	}
	if !found {
		return "", false
	}
	for _, w := range lang.OverrideWords {
		if strings.Contains(low, w) {
			return anchor, true
		}
	}
	for _, w := range lang.ScopeWords {
		for _, det := range []string{"dit ", "deze ", "this ", "dieses ", "diesem ", "dieser ", "ce ", "cette ", "du présent ", "de la présente "} {
			if strings.Contains(low, det+w) {
				return anchor, true
			}
		}
	}
	return "", true
}

func (d *definer) fromStatuteItem(it *model.Item, spec defSpec) {
	p := firstParagraph(it)
	if p == nil {
		return
	}
	if d.fromLead(p, spec, true) {
		return
	}
	plain := model.PlainText(p.Inlines)
	m := statuteEntry.FindStringSubmatch(plain)
	if m == nil || len(strings.Fields(m[1])) > 6 || strings.TrimSpace(strings.Trim(plain[len(m[0]):], "*_ ")) == "" {
		return // "b. bij een consumentenkoop:" opens a list, it defines nothing
	}
	term := strings.TrimSpace(m[1])
	switch first := p.Inlines[0].(type) {
	case *model.Text:
		i := strings.Index(first.Value, term)
		if i < 0 {
			return
		}
		f := flatten(p.Inlines)
		p.Inlines = d.markHits(p.Inlines, f, []defHit{{start: i, end: i + len(term), certain: true}}, spec)
	case *model.Emphasis:
		t, ok := firstText(first.Children)
		if !ok || !strings.HasPrefix(strings.TrimSpace(t.Value), term) {
			return
		}
		if def := d.record(term, nil, spec, strings.TrimSpace(plain[len(m[0]):]), t.Pos); def != nil {
			p.Inlines[0] = &model.TermDef{Def: def, Children: []model.Inline{first}}
		}
	}
}

func firstParagraph(it *model.Item) *model.Paragraph {
	if len(it.Blocks) == 0 {
		return nil
	}
	p, _ := it.Blocks[0].(*model.Paragraph)
	return p
}
