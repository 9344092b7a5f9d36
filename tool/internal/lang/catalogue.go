package lang

import "strings"

// Words is the catalogue of the words legalkit writes for the readers of one
// document language: dates, the words of diffs, redlines, changelogs and
// change notices, and the page furniture of PDFs. Every language has every
// word (a test fails on a missing one). The site's words live in
// templates/html/text.json, so that --templates can change them; the same
// test checks that file.
type Words struct {
	Name    string     // the language's own name: "Nederlands", "Deutsch"
	Unknown string     // a date the source does not state: "onbekend"
	Months  [12]string // month names as they stand in a date
	Changes ChangeWords
	PDF     PDFWords

	// date writes a day, a month name and a year: "1. Juli 2025".
	date func(day int, month string, year int) string
}

// PDFWords are the words of a PDF's title block and page furniture.
type PDFWords struct {
	Version, Published, Effective, Status string // title block labels
	Draft, Final                          string // status values
	Stamp                                 string // the diagonal stamp on every page of a draft: "CONCEPT"
	Page                                  string // footer, page and total: "pagina %d van %d"
	Legend                                string // explains the marks of a PDF redline
	Previous, Current                     string // the versions a redline compares
}

// catalogue holds the words of every supported language, one file each
// (nl.go, en.go, de.go, fr.go).
var catalogue = map[string]*Words{"nl": &dutch, "en": &english, "de": &german, "fr": &french}

// Lookup returns the words of a language, and whether legalkit knows it.
func Lookup(language string) (*Words, bool) {
	w, ok := catalogue[language]
	return w, ok
}

// For returns the words of a language; Dutch for one legalkit does not know.
func For(language string) *Words {
	if w, ok := catalogue[language]; ok {
		return w
	}
	return &dutch
}

// Choices lists the supported languages for a message: "nl, en, de or fr".
func Choices() string {
	if len(Supported) < 2 {
		return strings.Join(Supported, "")
	}
	return strings.Join(Supported[:len(Supported)-1], ", ") + " or " + Supported[len(Supported)-1]
}

// nb is the no-break space French typography puts before : ; ! ? and inside
// guillemets.
const nb = "\u00a0"
