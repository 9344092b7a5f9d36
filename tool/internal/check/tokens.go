package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
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

// tokenize splits inlines into words, punctuation and opaque pieces.
func tokenize(ins []model.Inline) []token {
	out := []token{{kind: tokBreak}}
	var walk func([]model.Inline)
	walk = func(ins []model.Inline) {
		for _, in := range ins {
			switch n := in.(type) {
			case *model.Text:
				out = append(out, words(n)...)
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

// words splits a text into word and punctuation tokens. Hyphens and
// apostrophes inside a word belong to it: "Visma-groep", "API's".
func words(t *model.Text) []token {
	var out []token
	s := t.Value
	col := t.Pos.Col
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
			col++
		case isLetterOrDigit(r):
			j, c := i, col
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isLetterOrDigit(r2) || (r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < len(s) && nextIsLetter(s[j+n2:]) && j > i {
					j += n2
					c++
					continue
				}
				break
			}
			out = append(out, token{kind: tokWord, text: s[i:j], pos: model.Pos{Line: t.Pos.Line, Col: col}})
			i, col = j, c
		default:
			out = append(out, token{kind: tokPunct, text: s[i : i+n], pos: model.Pos{Line: t.Pos.Line, Col: col}})
			i += n
			col++
		}
	}
	return out
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetterOrDigit(r)
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
