package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// numKind is what a number numbers, told by the word written before it:
// "Hoofdstuk 2" is a chapter, "Artikel 2" an article, "Bijlage 2" an annex.
// A number without a word ("2.3") is a plain clause number.
type numKind int

// The kinds of numbers, containers from the largest to the smallest, then
// articles and annexes.
const (
	kindPlain numKind = iota
	kindBook
	kindTitle
	kindChapter
	kindDivision
	kindSubdivision
	kindParagraph
	kindArticle
	kindAnnex
)

// container reports whether clauses of kind k hold articles.
func (k numKind) container() bool { return k >= kindBook && k <= kindParagraph }

// numberWords are the words written before a number, in lower case, with
// the kind they give. "section" and "§" depend on the document: see
// wordKind.
var numberWords = map[string]numKind{
	"boek": kindBook, "book": kindBook, "buch": kindBook, "livre": kindBook, "deel": kindBook,
	"part": kindBook, "teil": kindBook, "partie": kindBook,
	"titel": kindTitle, "title": kindTitle, "titre": kindTitle,
	"hoofdstuk": kindChapter, "chapter": kindChapter, "kapitel": kindChapter, "chapitre": kindChapter,
	"afdeling": kindDivision, "abschnitt": kindDivision, "division": kindDivision,
	"onderafdeling": kindSubdivision, "unterabschnitt": kindSubdivision, "sous-section": kindSubdivision,
	"subdivision": kindSubdivision,
	"paragraaf":   kindParagraph,
	"artikel":     kindArticle, "article": kindArticle, "art.": kindArticle, "clause": kindArticle,
	"section": kindArticle, "sectie": kindArticle, "ziffer": kindArticle, "§": kindArticle,
	"bijlage": kindAnnex, "appendix": kindAnnex, "annex": kindAnnex, "annexe": kindAnnex,
	"schedule": kindAnnex, "exhibit": kindAnnex, "anlage": kindAnnex, "anhang": kindAnnex,
	"aanhangsel": kindAnnex, "attachment": kindAnnex,
}

// numbering holds what decides the kind of "§" and "Section" in one
// document.
type numbering struct {
	language string
	articles bool // the document writes article words (Artikel, Article, Clause) before numbers
	unit     numKind
}

// wordKind returns the kind of a number word. "§" numbers the articles of
// a German statute or of terms that have no other article word, and is a
// paragraaf (a division above articles) in a document whose articles are
// written "Artikel". "Section" is a clause in English and a division in
// French.
func (n *numbering) wordKind(word string) (numKind, bool) {
	lw := strings.ToLower(word)
	k, ok := numberWords[lw]
	switch {
	case !ok:
		return 0, false
	case lw == "§" && n.articles:
		return kindParagraph, true
	case lw == "section" && n.language == "fr":
		return kindDivision, true
	}
	return k, true
}

// isArticleWord reports whether word is an article word other than "§"
// and "Section", whose kind depends on it.
func isArticleWord(word string) bool {
	lw := strings.ToLower(word)
	return numberWords[lw] == kindArticle && lw != "§" && lw != "section"
}

// headingNum is a number found at the start of a heading or paragraph.
type headingNum struct {
	word   string // the word before it as written: "Artikel", "§"; "" for none
	number string // as written, without the trailing full stop: "12a", "1.1", "II", "b"
	n      int    // bytes of the text taken by the word, the number and what follows it
}

// parseNumber reads "Artikel 12a – ", "§ 2 ", "4. ", "b. ", "A.1 " at the
// start of s. With words false, only a number without a word is read.
// A number without a word must end in a full stop when it is a single
// letter or roman numeral ("b.", "IV."), so that a title such as "A new
// account" is not numbered.
func parseNumber(s string, words bool) (headingNum, bool) {
	var h headingNum
	i := 0
	if words {
		if w, n := numberWord(s); n > 0 {
			h.word, i = w, n
		}
	}
	num, n := numberToken(s[i:], h.word != "")
	if n == 0 {
		return headingNum{}, false
	}
	h.number = strings.TrimSuffix(num, ".")
	if h.word != "" && h.number == "1" && frenchFirst(s[i+n:]) {
		n += 2 // "Article 1er – Objet": the first article, numbered 1
	}
	end, ok := numberEnd(s, i+n)
	if !ok {
		return headingNum{}, false
	}
	h.n = end
	return h, true
}

// frenchFirst reports whether s starts with the French ordinal ending of
// 1, "er" (premier) or "re" (première), as in "Article 1er".
func frenchFirst(s string) bool {
	return (strings.HasPrefix(s, "er") || strings.HasPrefix(s, "re")) && (len(s) == 2 || !isLetterByte(s[2]))
}

// numberWord returns the number word at the start of s and the bytes it
// and the spaces after it take, or 0.
func numberWord(s string) (string, int) {
	j := 0
	for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != 0xc2 {
		j++
	}
	word := s[:j]
	if strings.HasPrefix(s, "§") {
		word = "§"
		j = len("§")
	}
	if _, ok := numberWords[strings.ToLower(word)]; !ok {
		return "", 0
	}
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if strings.HasPrefix(s[k:], "\u00a0") {
		k += len("\u00a0")
	}
	if k == j && word != "§" {
		return "", 0
	}
	return word, k
}

// numberToken reads a number: digits with an optional letter ("12a") and
// further dotted parts ("1.1", "2a.1"), an upper-case letter with dotted
// parts ("A.1"), a roman numeral or a single letter. After a word, the
// letter or numeral needs no full stop ("Annex I", "Exhibit A").
func numberToken(s string, afterWord bool) (string, int) {
	i := 0
	switch {
	case i < len(s) && isDigitByte(s[i]):
		i = digitsPart(s, 0)
		for i+1 < len(s) && s[i] == '.' && isDigitByte(s[i+1]) {
			i = digitsPart(s, i+1)
		}
	case i < len(s) && isLetterByte(s[i]):
		for i < len(s) && isLetterByte(s[i]) {
			i++
		}
		run := s[:i]
		if i > 1 && !isRoman(run) {
			return "", 0
		}
		if i == 1 {
			for i+1 < len(s) && s[i] == '.' && isDigitByte(s[i+1]) {
				i = digitsPart(s, i+1)
			}
		}
		if i == len(run) && !afterWord && (i >= len(s) || s[i] != '.') {
			return "", 0
		}
		if isLower(run) && !afterWord && i > len(run) {
			return "", 0 // "b.1" is not written as a number
		}
	default:
		return "", 0
	}
	if i < len(s) && s[i] == '.' {
		i++
	}
	return s[:i], i
}

// digitsPart reads digits from i and an optional letter after them
// ("12a", "4A"), and returns where they end.
func digitsPart(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	if i < len(s) && isLetterByte(s[i]) && (i+1 == len(s) || !isLetterByte(s[i+1])) {
		i++
	}
	return i
}

// numberEnd checks what follows a number at i: the end, spaces, or a
// colon, dash or full stop and then spaces or the end ("Article 7:",
// "Abschnitt 1 - Titel", "Clause 12: Audits."). It returns where the title
// starts.
func numberEnd(s string, i int) (int, bool) {
	j := skipSpaces(s, i)
	if j == len(s) {
		return j, true
	}
	r, w := utf8.DecodeRuneInString(s[j:])
	switch r {
	case ':', '-', '–', '—', '.', ')':
		k := skipSpaces(s, j+w)
		if k == len(s) || k > j+w {
			return k, true
		}
		return 0, false
	}
	if j > i {
		return j, true
	}
	return 0, false
}

func skipSpaces(s string, i int) int {
	for {
		switch {
		case i < len(s) && (s[i] == ' ' || s[i] == '\t'):
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += len("\u00a0")
		default:
			return i
		}
	}
}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isLower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// isRoman reports whether s is written in roman numerals of one case.
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	set := "ivxlc"
	if s[0] < 'a' {
		set = "IVXLC"
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return true
}

// kindAnchor is the anchor of a container or annex: the slug of its word
// and its number ("hoofdstuk-ii", "bijlage-1"). A paragraaf written "§"
// reads "paragraaf".
func (n *numbering) kindAnchor(word, number string, k numKind) string {
	w := model.Slug(word)
	if word == "§" {
		w = "paragraph"
		if n.language == "nl" {
			w = "paragraaf"
		}
	}
	if k == kindArticle || w == "" {
		return number
	}
	return w + "-" + strings.ToLower(number)
}
