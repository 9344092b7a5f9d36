package model

import (
	"strings"
	"unicode"
)

// PlainText returns inlines as plain text, the way a reader sees them.
func PlainText(ins []Inline) string {
	var b strings.Builder
	writePlain(&b, ins)
	return b.String()
}

func writePlain(b *strings.Builder, ins []Inline) {
	for _, in := range ins {
		switch n := in.(type) {
		case *Text:
			b.WriteString(n.Value)
		case *SoftBreak, *LineBreak:
			b.WriteByte(' ')
		case *Emphasis:
			writePlain(b, n.Children)
		case *CodeSpan:
			b.WriteString(n.Value)
		case *Link:
			writePlain(b, n.Children)
		case *RawHTML:
			b.WriteString(n.Value)
		case *TermUse:
			b.WriteString(n.Text)
		case *TermDef:
			writePlain(b, n.Children)
		case *Ref:
			b.WriteString(n.Text)
		}
	}
}

// BlocksText returns blocks as plain text, one line per paragraph or item.
func BlocksText(blocks []Block) string {
	var lines []string
	var walk func([]Block)
	item := func(it *Item) {
		if it.Marker != "" && it.Marker != "-" {
			lines = append(lines, it.Marker)
		}
		walk(it.Blocks)
	}
	walk = func(bs []Block) {
		for _, bl := range bs {
			switch n := bl.(type) {
			case *Paragraph:
				lines = append(lines, PlainText(n.Inlines))
			case *Heading:
				lines = append(lines, PlainText(n.Inlines))
			case *List:
				for _, it := range n.Items {
					item(it)
				}
			case *ItemBlock:
				item(n.Item)
			case *Table:
				for _, row := range append([][]Cell{n.Header}, n.Rows...) {
					for _, c := range row {
						lines = append(lines, PlainText(c.Inlines))
					}
				}
			case *DefinitionList:
				for _, e := range n.Entries {
					lines = append(lines, PlainText(e.Term))
					walk(e.Blocks)
				}
			case *Quote:
				walk(n.Blocks)
			case *CodeBlock:
				lines = append(lines, n.Text)
			}
		}
	}
	walk(blocks)
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
