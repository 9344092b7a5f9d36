package check

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/legalkit/legalkit/tool/internal/model"
	wordsplit "github.com/legalkit/legalkit/tool/internal/words"
)

// Look-alike text: a defined term, a clause number or a reference that
// displays as other text than it is. Bidi controls reorder what readers see
// (text-bidi), invisible characters hide inside a word (text-invisible), and
// Cyrillic or Greek letters, or digits other than 0-9, pass for Latin ones
// (text-mixed-script). legalkit matches terms and numbers by what is
// written, so such text is not the term or the clause it seems to be.

// charKind says what a character of running text belongs to.
type charKind uint8

const (
	inText charKind = iota
	inTerm          // a use or the inline definition of a defined term
	inRef           // a reference
)

// char is one character of an inline list with its position; Line 0 marks
// a boundary (a line break, a link, code) that ends every word.
type char struct {
	r    rune
	pos  model.Pos
	kind charKind
	done bool // a bidi control already reported
}

// word is a stretch [from, to) of chars: letters, digits, marks, format
// characters, and full stops between them ("1.2.4").
type word struct {
	from, to int
	what     string // "" when the word is not a term, a number or a reference
}

var numberWord = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]+)*|[A-Z](?:\.[0-9]+)+)\.?$`)

// lookalikes reports look-alike text in terms, clause numbers and references.
func (c *checker) lookalikes() {
	terms := termWords(c.doc)
	allInlineLists(c.doc, func(ins []model.Inline) {
		if !suspicious(ins) {
			return
		}
		cs := flatten(ins, inText, nil)
		ws := splitWords(cs)
		for i := range ws {
			ws[i].what = classify(cs, ws[i], terms)
		}
		c.bidiScopes(cs, ws)
		for _, w := range ws {
			if w.what != "" {
				c.spoofedWord(cs, w)
			}
		}
	})
}

// termWords holds every defined form, and every capitalised word of one,
// as it reads with invisible characters removed and look-alikes folded.
func termWords(d *model.Document) map[string]bool {
	out := map[string]bool{}
	for _, def := range d.AllDefinitions() {
		for _, f := range append([]string{def.Term}, def.Forms...) {
			out[fold(f)] = true
			for _, w := range strings.Fields(f) {
				if r := []rune(fold(w)); len(r) > 1 && unicode.IsUpper(r[0]) {
					out[string(r)] = true
				}
			}
		}
	}
	return out
}

// fold returns s as readers see it: invisible and bidi characters removed,
// look-alike letters and other digits replaced by the Latin ones.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r = foldRune(r); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldRune returns the Latin letter or digit r passes for, r itself, or -1
// for a character readers do not see.
func foldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	if isBidi(r) || isInvisible(r) {
		return -1
	}
	if l, ok := lookalikes[r]; ok {
		return l
	}
	if d, ok := otherDigit(r); ok {
		return rune(d)
	}
	return r
}

// suspicious is a quick test: does any text of ins hold a character that
// the checks look at?
func suspicious(ins []model.Inline) bool {
	found := false
	walkText(ins, func(s string) {
		for _, r := range s {
			if r >= 0x80 && (isBidi(r) || isInvisible(r) || scriptOf(r) != "" && !unicode.Is(unicode.Latin, r) || unicode.IsDigit(r)) {
				found = true
				return
			}
		}
	})
	return found
}

func walkText(ins []model.Inline, f func(string)) {
	for _, in := range ins {
		switch n := in.(type) {
		case *model.Text:
			f(n.Value)
		case *model.TermUse:
			f(n.Text)
		case *model.Ref:
			f(n.Text)
		case *model.Emphasis:
			walkText(n.Children, f)
		case *model.TermDef:
			walkText(n.Children, f)
		}
	}
}

// flatten turns inlines into characters with their positions.
func flatten(ins []model.Inline, kind charKind, out []char) []char {
	boundary := char{r: ' '}
	for _, in := range ins {
		switch n := in.(type) {
		case *model.Text:
			out = appendChars(out, n.Value, n.Pos, kind)
		case *model.TermUse:
			out = appendChars(out, n.Text, n.Pos, inTerm)
		case *model.Ref:
			out = appendChars(out, n.Text, n.Pos, inRef)
		case *model.Emphasis:
			out = flatten(n.Children, kind, out)
		case *model.TermDef:
			out = flatten(n.Children, inTerm, out)
		default:
			out = append(out, boundary)
		}
	}
	return out
}

func appendChars(out []char, s string, p model.Pos, kind charKind) []char {
	col := p.Col
	for _, r := range s {
		cp := model.Pos{}
		if p.Line > 0 {
			cp = model.Pos{Line: p.Line, Col: col}
		}
		out = append(out, char{r: r, pos: cp, kind: kind})
		col++
	}
	return out
}

// isWordRune reports whether r is part of a word as the look-alike checks
// read one: a letter of package words, or a bidirectional control or an
// invisible character hidden inside a word.
func isWordRune(r rune) bool { return wordsplit.IsLetter(r) || isBidi(r) || isInvisible(r) }

// splitWords finds the words of cs. A full stop belongs to a word when a
// word character follows it ("1.2.4", but not the end of a sentence).
func splitWords(cs []char) []word {
	var out []word
	for i := 0; i < len(cs); {
		if !isWordRune(cs[i].r) {
			i++
			continue
		}
		j := i + 1
		for j < len(cs) && (isWordRune(cs[j].r) || cs[j].r == '.' && j+1 < len(cs) && isWordRune(cs[j+1].r)) {
			j++
		}
		out = append(out, word{from: i, to: j})
		i = j
	}
	return out
}

// classify says what a word is: a reference, a defined term or a number,
// described for a message; "" for other words.
func classify(cs []char, w word, terms map[string]bool) string {
	var raw strings.Builder
	kind := inText
	for _, ch := range cs[w.from:w.to] {
		raw.WriteRune(ch.r)
		kind = max(kind, ch.kind)
	}
	folded := fold(raw.String())
	switch {
	case folded == "":
		return ""
	case kind == inRef:
		return fmt.Sprintf("the reference %q", folded)
	case kind == inTerm || terms[folded]:
		return fmt.Sprintf("the defined term %q", folded)
	case numberWord.MatchString(folded) && strings.ContainsAny(folded, "0123456789"):
		return fmt.Sprintf("the number %q", folded)
	}
	return ""
}
