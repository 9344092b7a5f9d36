package model

import (
	"strings"
	"unicode"
)

// PlainText returns inlines as plain text, the way a reader sees them.
func PlainText(ins []Inline) string {
	var b strings.Builder
	PlainPieces(ins, func(p string) bool { b.WriteString(p); return true })
	return b.String()
}

// PlainPrefix is PlainText up to about n bytes: it stops after the piece
// that reaches n, so reading the start of a long paragraph costs little.
func PlainPrefix(ins []Inline, n int) string {
	var b strings.Builder
	PlainPieces(ins, func(p string) bool { b.WriteString(p); return b.Len() < n })
	return b.String()
}

// PlainPieces gives the pieces of the plain text of ins to yield, in
// order, until yield returns false; it reports whether it gave them all.
// It is the one definition of what a reader sees as the text.
func PlainPieces(ins []Inline, yield func(string) bool) bool {
	for _, in := range ins {
		ok := true
		switch n := in.(type) {
		case *Text:
			ok = yield(n.Value)
		case *SoftBreak, *LineBreak:
			ok = yield(" ")
		case *Emphasis:
			ok = PlainPieces(n.Children, yield)
		case *CodeSpan:
			ok = yield(n.Value)
		case *Link:
			ok = PlainPieces(n.Children, yield)
		case *RawHTML:
			ok = yield(n.Value)
		case *TermUse:
			ok = yield(n.Text)
		case *TermDef:
			ok = PlainPieces(n.Children, yield)
		case *Ref:
			ok = yield(n.Text)
		}
		if !ok {
			return false
		}
	}
	return true
}

// BlocksText returns blocks as plain text, one line per paragraph, heading,
// table cell, definition term and sub-item marker, in the order Walk
// visits them.
func BlocksText(blocks []Block) string {
	var lines []string
	WalkBlocks(blocks, func(n Node, entering bool) WalkStatus {
		if !entering {
			return WalkContinue
		}
		switch n := n.(type) {
		case *Span:
			lines = append(lines, PlainText(*n.Inlines))
			return WalkSkipChildren
		case *Item:
			if n.Marker != "" && n.Marker != "-" {
				lines = append(lines, n.Marker)
			}
		case *CodeBlock:
			lines = append(lines, n.Text)
		}
		return WalkContinue
	})
	return strings.Join(lines, "\n")
}

// Slug turns a title or term into an anchor-friendly ASCII slug:
// "Geïntegreerde applicatie" becomes "geintegreerde-applicatie".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if f, ok := foldAccents[r]; ok {
			r = f
		}
		r = unicode.ToLower(r)
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

var foldAccents = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u',
	'ý': 'y', 'ÿ': 'y', 'ç': 'c', 'ñ': 'n',
	'À': 'a', 'Á': 'a', 'Â': 'a', 'Ä': 'a', 'È': 'e', 'É': 'e', 'Ê': 'e', 'Ë': 'e',
	'Ì': 'i', 'Í': 'i', 'Î': 'i', 'Ï': 'i', 'Ò': 'o', 'Ó': 'o', 'Ô': 'o', 'Ö': 'o',
	'Ù': 'u', 'Ú': 'u', 'Û': 'u', 'Ü': 'u', 'Ç': 'c', 'Ñ': 'n',
}
