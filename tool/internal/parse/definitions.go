package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var (
	// listDefinition matches "Term: text" and "Partij(en): text" at the start of an item.
	listDefinition = regexp.MustCompile(`^(\p{Lu}[^:()]{0,80}?)(?:\(([\p{Ll}]{1,4})\))?:\s`)
	// quotedDefinition matches ("Term"), (hierna "Term"), (de ‘AVG’).
	quotedDefinition = regexp.MustCompile(`\((?:(?:hierna te noemen|hierna|hereinafter|de|het|the):?\s+)?["“‘'](\p{Lu}[^"”’'()]{0,60}?)["”’']\)`)
	// aliasInBrackets splits "Bijzondere categorieën ... (Gevoelige persoonsgegevens)".
	aliasInBrackets = regexp.MustCompile(`^(.*?)\s*\(([^()]+)\)$`)
)

// definer collects the definitions of one document.
type definer struct {
	doc     *model.Document
	conv    *converter
	terms   map[string]*model.Definition
	anchors map[string]bool
}

func (d *definer) run() {
	d.terms = map[string]*model.Definition{}
	d.anchors = map[string]bool{}
	d.inlineBlocks(d.doc.Preamble, "")
	for _, top := range d.doc.Clauses {
		section := isDefinitionSection(top.Title)
		var walk func(c *model.Clause)
		walk = func(c *model.Clause) {
			if section {
				d.sectionBlocks(c)
			}
			d.inlineBlocks(c.Blocks, c.Anchor)
			for _, ch := range c.Children {
				walk(ch)
			}
		}
		walk(top)
	}
}

func isDefinitionSection(title string) bool {
	t := strings.ToLower(strings.Trim(title, " .:"))
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
	p, ok := it.Blocks[0].(*model.Paragraph)
	if !ok {
		return
	}
	text := leadingText(p.Inlines)
	m := listDefinition.FindStringSubmatch(text)
	if m == nil || len(strings.Fields(m[1])) > 8 {
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

// inlineBlocks finds inline definitions in every paragraph, item and cell.
func (d *definer) inlineBlocks(blocks []model.Block, clause string) {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *model.Paragraph:
			n.Inlines = d.inlines(n.Inlines, clause, model.PlainText(n.Inlines))
		case *model.List:
			for _, it := range n.Items {
				d.inlineBlocks(it.Blocks, clause)
			}
		case *model.ItemBlock:
			d.inlineBlocks(n.Item.Blocks, clause)
		case *model.Table:
			for _, row := range n.Rows {
				for i := range row {
					row[i].Inlines = d.inlines(row[i].Inlines, clause, model.PlainText(row[i].Inlines))
				}
			}
		case *model.DefinitionList:
			for _, e := range n.Entries {
				d.inlineBlocks(e.Blocks, clause)
			}
		case *model.Quote:
			d.inlineBlocks(n.Blocks, clause)
		}
	}
}

// inlines marks quoted definitions in brackets and bold terms as TermDefs.
func (d *definer) inlines(ins []model.Inline, clause, context string) []model.Inline {
	var out []model.Inline
	for _, in := range ins {
		switch n := in.(type) {
		case *model.Emphasis:
			if n.Level == 2 && n.Mark == "" { // Markdown bold; HTML bold is typography
				term := strings.TrimSpace(model.PlainText(n.Children))
				if t, ok := firstText(n.Children); ok && isTermPhrase(term) {
					if def := d.define(term, nil, model.DefInline, false, clause, sentenceWith(context, term), t.Pos); def != nil {
						out = append(out, &model.TermDef{Def: def, Children: n.Children})
						continue
					}
				}
			}
			n.Children = d.inlines(n.Children, clause, context)
			out = append(out, n)
		case *model.Text:
			out = append(out, d.quoted(n, clause, context)...)
		default:
			out = append(out, in)
		}
	}
	return out
}

func (d *definer) quoted(t *model.Text, clause, context string) []model.Inline {
	var out []model.Inline
	rest := t
	for {
		loc := quotedDefinition.FindStringSubmatchIndex(rest.Value)
		if loc == nil {
			return append(out, rest)
		}
		start, end := loc[2], loc[3]
		before, term, after := split3(rest, start, end)
		def := d.define(term.Value, nil, model.DefInline, false, clause, sentenceWith(context, term.Value), term.Pos)
		if before != nil {
			out = append(out, before)
		}
		if def != nil {
			out = append(out, &model.TermDef{Def: def, Children: []model.Inline{term}})
		} else {
			out = append(out, term)
		}
		if after == nil {
			return out
		}
		rest = after
	}
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

// isTermPhrase reports whether s looks like a defined term: capitalised, at
// most eight words, no sentence punctuation.
func isTermPhrase(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(strings.Fields(s)) <= 8 && !strings.ContainsAny(s, ".;:!?,")
}

// define records a definition; a second definition of the same term in one
// document is reported and not recorded.
func (d *definer) define(term string, aliases []string, kind model.DefKind, statutory bool, clause, text string, pos model.Pos) *model.Definition {
	term = strings.Join(strings.Fields(term), " ")
	if term == "" {
		return nil
	}
	if prev, dup := d.terms[term]; dup {
		d.conv.ds.Add(d.conv.path, pos.Line, pos.Col, diag.Error, "definition-duplicate",
			"%q is defined twice; first at line %d", term, prev.Pos.Line)
		return nil
	}
	def := &model.Definition{Term: term, Aliases: aliases, Anchor: definitionAnchor(term, d.anchors), Pos: pos, Kind: kind,
		Statutory: statutory, Document: d.doc.Meta.ID, Clause: clause, Text: strings.Join(strings.Fields(text), " ")}
	seen := map[string]bool{}
	names := append([]string{term}, aliases...)
	if s := lang.Singular(term, d.doc.Meta.Language); s != "" {
		names = append(names, s)
	}
	for _, name := range names {
		for _, f := range lang.Forms(name, d.doc.Meta.Language) {
			if !seen[f] {
				seen[f] = true
				def.Forms = append(def.Forms, f)
			}
		}
	}
	d.terms[term] = def
	d.doc.Definitions = append(d.doc.Definitions, def)
	return def
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
