package check

import (
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
	wordsplit "github.com/legalkit/legalkit/tool/internal/words"
)

type tokKind int

const (
	tokWord   tokKind = iota // a word of plain text
	tokPunct                 // punctuation
	tokOpaque                // a term use, reference, link or code: a word that is not plain text
	tokBreak                 // a line break or the start of a block: a sentence starts after it
)

type token struct {
	kind tokKind
	text string
	pos  model.Pos
}

// tokenize splits inlines into words, punctuation and opaque pieces,
// appended to buf[:0]: the caller may reuse one buffer for every list.
func tokenize(buf []token, ins []model.Inline) []token {
	out := append(buf[:0], token{kind: tokBreak})
	var walk func([]model.Inline)
	walk = func(ins []model.Inline) {
		for _, in := range ins {
			switch n := in.(type) {
			case *model.Text:
				out = appendWords(out, n)
			case *model.Emphasis:
				walk(n.Children)
			case *model.LineBreak:
				out = append(out, token{kind: tokBreak})
			case *model.SoftBreak:
			case *model.TermUse:
				out = append(out, token{kind: tokOpaque, text: n.Text, pos: n.Pos})
			case *model.Ref:
				out = append(out, token{kind: tokOpaque, text: n.Text, pos: n.Pos})
			default:
				out = append(out, token{kind: tokOpaque})
			}
		}
	}
	walk(ins)
	return out
}

// appendWords splits a text into word and punctuation tokens with package
// words, the one definition of a word: hyphens and apostrophes inside a
// word belong to it ("Visma-groep", "API's"), and so do the full stops,
// commas and colons inside a number ("4.6.1", "1.000", "7:404").
func appendWords(out []token, t *model.Text) []token {
	col := t.Pos.Col
	for s := t.Value; s != ""; {
		n, kind := wordsplit.Next(s)
		switch kind {
		case wordsplit.Word:
			out = append(out, token{kind: tokWord, text: s[:n], pos: model.Pos{Line: t.Pos.Line, Col: col}})
		case wordsplit.Punct:
			out = append(out, token{kind: tokPunct, text: s[:n], pos: model.Pos{Line: t.Pos.Line, Col: col}})
		}
		col += utf8.RuneCountInString(s[:n])
		s = s[n:]
	}
	return out
}

// inlineLists calls f for every list of inlines in the running text of the
// document, as model.Walk finds it: paragraphs (in sub-items, quotes and
// definitions too), group headings and table cells, but not clause titles,
// table headers or the terms being defined.
func inlineLists(d *model.Document, f func([]model.Inline)) {
	model.Spans(d, func(s *model.Span) {
		switch s.Part {
		case model.PartParagraph, model.PartHeading, model.PartCell:
			f(*s.Inlines)
		}
	})
}
