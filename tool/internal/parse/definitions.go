package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var (
	// listDefinition matches "Term: text" and "Partij(en): text" at the
	// start of an item; the term is at most 81 letters long (entryTerm).
	listDefinition = lazyre.New(`^(\p{Lu}[^:()]*)(?:\(([\p{Ll}]{1,4})\))?:\s`)
	// aliasInBrackets splits "Bijzondere categorieën ... (Gevoelige persoonsgegevens)".
	aliasInBrackets = lazyre.New(`^(.*?)\s*\(([^()]+)\)$`)
)

// definer collects the definitions of one document.
type definer struct {
	doc     *model.Document
	conv    *converter
	terms   map[string]*model.Definition
	specs   map[*model.Definition]defSpec
	anchors map[string]bool
}

func (d *definer) run() {
	d.terms = map[string]*model.Definition{}
	d.specs = map[*model.Definition]defSpec{}
	d.anchors = map[string]bool{}
	d.inlineBlocks(d.doc.Preamble, "", d.inlines)
	var walk func(c *model.Clause, section bool)
	walk = func(c *model.Clause, section bool) {
		section = section || isDefinitionSection(c.Title)
		if section {
			d.sectionBlocks(c)
		}
		d.statuteItems(c)
		d.inlineBlocks(c.Blocks, c.Anchor, d.inlines)
		for _, ch := range c.Children {
			walk(ch, section)
		}
	}
	for _, top := range d.doc.Clauses {
		walk(top, false)
	}
	d.namedInBrackets()
}

func isDefinitionSection(title string) bool {
	t := strings.ToLower(strings.Trim(strings.Join(strings.Fields(title), " "), " .:*"))
	for _, h := range lang.DefinitionHeadings {
		if t == h {
			return true
		}
	}
	return false
}

// sectionBlocks finds the definitions a definitions section makes in tables,
// definition lists and "Term: text" items.
func (d *definer) sectionBlocks(c *model.Clause) {
	for _, bl := range c.Blocks {
		switch n := bl.(type) {
		case *model.Table:
			if len(n.Header) < 2 {
				continue
			}
			n.RowDefs = make([]*model.Definition, len(n.Rows))
			for i, row := range n.Rows {
				if len(row) < 2 {
					continue
				}
				n.RowDefs[i] = d.fromLabel(row[0].Inlines, model.PlainText(row[1].Inlines), model.DefTable, c.Anchor, n.Pos)
			}
		case *model.DefinitionList:
			for _, e := range n.Entries {
				e.Def = d.fromLabel(e.Term, model.BlocksText(e.Blocks), model.DefDefList, c.Anchor, n.Pos)
			}
		}
	}
	for _, bl := range c.Blocks {
		if p, ok := bl.(*model.Paragraph); ok {
			d.fromEntry(p, c.Anchor)
		}
	}
	for _, it := range c.Items {
		d.fromItem(it, c.Anchor)
	}
}

// fromLabel defines a term from the label of a table row or definition list:
// "Persoonsgegevens*", "Gegevensverwerking of Verwerking*", "A (B)".
func (d *definer) fromLabel(label []model.Inline, text string, kind model.DefKind, clause string, fallback model.Pos) *model.Definition {
	raw := strings.TrimSpace(model.PlainText(label))
	if raw == "" {
		return nil
	}
	pos := fallback
	if t, ok := firstText(label); ok {
		pos = t.Pos
	}
	statutory := strings.Contains(raw, "*")
	raw = strings.TrimSpace(strings.ReplaceAll(raw, "*", ""))
	var aliases []string
	if m := aliasInBrackets.FindStringSubmatch(raw); m != nil {
		raw = strings.TrimSpace(strings.ReplaceAll(m[1], "*", ""))
		aliases = append(aliases, strings.TrimSpace(strings.ReplaceAll(m[2], "*", "")))
	}
	sep, ok := lang.AliasSeparators[d.doc.Meta.Language]
	if !ok {
		sep = lang.AliasSeparators["nl"]
	}
	var names []string
	for _, n := range strings.Split(raw, sep) {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return d.define(names[0], append(names[1:], aliases...), kind, statutory, clause, text, pos)
}

// fromItem defines a term from an item "Term: text".
func (d *definer) fromItem(it *model.Item, clause string) {
	if len(it.Blocks) == 0 {
		return
	}
	if p, ok := it.Blocks[0].(*model.Paragraph); ok {
		d.fromEntry(p, clause)
	}
}

// entryTerm matches listDefinition at the start of text, with a term of at
// most 81 letters. The bound is counted here: written in the pattern
// ([^:()]{0,80}?) it is 80 copies, half a millisecond to compile. Both
// find the same, as the term can only end where a ":" or "(" follows.
func entryTerm(text string) []string {
	m := listDefinition.FindStringSubmatch(text)
	if m == nil || utf8.RuneCountInString(m[1]) > 81 {
		return nil
	}
	return m
}

// fromEntry defines the term of an entry "Term: text", "Partij(en): text"
// or "**Term**: text" of a definitions section.
func (d *definer) fromEntry(p *model.Paragraph, clause string) {
	text := leadingText(p.Inlines)
	m := entryTerm(text)
	if m == nil || len(strings.Fields(m[1])) > 8 {
		d.fromLead(p, defSpec{kind: model.DefList, clause: clause, certain: true}, false)
		return
	}
	term := strings.TrimSpace(m[1])
	var aliases []string
	if m[2] != "" {
		aliases = []string{term + m[2]}
	}
	written := strings.TrimSuffix(strings.TrimRight(m[0], " \t"), ":")
	first := p.Inlines[0].(*model.Text)
	def := d.define(term, aliases, model.DefList, false, clause, strings.TrimSpace(model.PlainText(p.Inlines)[len(m[0]):]), first.Pos)
	if def == nil {
		return
	}
	mark := &model.TermDef{Def: def, Children: []model.Inline{&model.Text{Pos: first.Pos, Value: written}}}
	p.Inlines = append([]model.Inline{mark}, trimLeading(p.Inlines, len(written))...)
}

// inlineFunc rewrites the inlines of one paragraph, item or cell.
type inlineFunc func(ins []model.Inline, clause string) []model.Inline

// inlineBlocks applies f to every paragraph, item and cell.
func (d *definer) inlineBlocks(blocks []model.Block, clause string, f inlineFunc) {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *model.Paragraph:
			n.Inlines = f(n.Inlines, clause)
		case *model.List:
			for _, it := range n.Items {
				d.inlineBlocks(it.Blocks, clause, f)
			}
		case *model.ItemBlock:
			d.inlineBlocks(n.Item.Blocks, clause, f)
		case *model.Table:
			for _, row := range n.Rows {
				for i := range row {
					row[i].Inlines = f(row[i].Inlines, clause)
				}
			}
		case *model.DefinitionList:
			for _, e := range n.Entries {
				d.inlineBlocks(e.Blocks, clause, f)
			}
		case *model.Quote:
			d.inlineBlocks(n.Blocks, clause, f)
		}
	}
}

// inlines marks the terms a paragraph defines in running text as TermDefs:
// quoted or bold terms in brackets, after a naming phrase or before a
// definition verb (see findDefinitions). A bold phrase alone is emphasis.
func (d *definer) inlines(ins []model.Inline, clause string) []model.Inline {
	if plainWithoutCues(ins) {
		return ins // every pattern of findDefinitions needs a quote, a bold or "verstaan"
	}
	ins = unwrapSpans(ins)
	f := flatten(ins)
	hits := findDefinitions(f.s)
	if len(hits) == 0 {
		for _, in := range ins {
			if e, ok := in.(*model.Emphasis); ok {
				e.Children = d.inlines(e.Children, clause)
			}
		}
		return ins // what markHits does without hits
	}
	return d.markHits(ins, f, hits, defSpec{kind: model.DefInline, clause: clause})
}

// plainWithoutCues reports whether ins is plain text (no emphasis, so no
// bold and no span) without quotes and without "verstaan": then its flat
// text holds nothing findDefinitions looks for. Two texts in a row might
// split the word between them: they are not looked at.
func plainWithoutCues(ins []model.Inline) bool {
	afterText := false
	for _, in := range ins {
		switch n := in.(type) {
		case *model.Emphasis:
			return false
		case *model.Text:
			if afterText || quoteOrBold.index(n.Value) >= 0 || strings.Contains(n.Value, "verstaan") {
				return false
			}
			afterText = true
			continue
		}
		afterText = false
	}
	return true
}

// unwrapSpans replaces each span of inline HTML by what it holds: a span
// shows only its text, and a term in it (<span id="4.1">**"X"**</span>
// means) is defined as if it stood alone. The list titles that need a
// span's bounds are read before definitions are.
func unwrapSpans(ins []model.Inline) []model.Inline {
	has := false
	for _, in := range ins {
		if e, ok := in.(*model.Emphasis); ok && e.Mark == "span" {
			has = true
			break
		}
	}
	if !has {
		return ins
	}
	var out []model.Inline
	for _, in := range ins {
		if e, ok := in.(*model.Emphasis); ok && e.Mark == "span" {
			out = append(out, unwrapSpans(e.Children)...)
			continue
		}
		out = append(out, in)
	}
	return out
}

// sentenceWith returns the sentence of text in which term first occurs: the
// text of an inline definition, without the rest of its paragraph.
func sentenceWith(text, term string) string {
	i := strings.Index(text, term)
	if i < 0 {
		return text
	}
	start := 0
	for _, sep := range []string{". ", "; ", ".) "} {
		if j := strings.LastIndex(text[:i], sep); j >= 0 && j+len(sep) > start {
			start = j + len(sep)
		}
	}
	end := len(text)
	for _, sep := range []string{". ", "; "} {
		if j := strings.Index(text[i+len(term):], sep); j >= 0 && i+len(term)+j+1 < end {
			end = i + len(term) + j + 1
		}
	}
	return strings.TrimSpace(text[start:end])
}

// split3 cuts a text into the parts before, inside and after [start, end).
func split3(t *model.Text, start, end int) (before, mid, after *model.Text) {
	at := func(i int) model.Pos {
		return model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + utf8.RuneCountInString(t.Value[:i])}
	}
	if start > 0 {
		before = &model.Text{Pos: t.Pos, Value: t.Value[:start]}
	}
	mid = &model.Text{Pos: at(start), Value: t.Value[start:end]}
	if end < len(t.Value) {
		after = &model.Text{Pos: at(end), Value: t.Value[end:]}
	}
	return
}

// define records a definition of a definitions section: certain.
func (d *definer) define(term string, aliases []string, kind model.DefKind, statutory bool, clause, text string, pos model.Pos) *model.Definition {
	return d.record(term, aliases, defSpec{kind: kind, statutory: statutory, clause: clause, certain: kind != model.DefInline}, text, pos)
}

func firstText(ins []model.Inline) (*model.Text, bool) {
	for _, in := range ins {
		switch n := in.(type) {
		case *model.Text:
			return n, true
		case *model.Emphasis:
			if t, ok := firstText(n.Children); ok {
				return t, true
			}
		}
	}
	return nil, false
}
