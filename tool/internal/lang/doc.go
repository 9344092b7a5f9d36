// Package lang holds what legalkit knows of the document languages (Dutch,
// English, German and French): plural forms of defined terms, the cue words
// that introduce references, statute abbreviations and their official texts,
// dates, and the catalogue of the words readers see (catalogue.go, with one
// file per language).
package lang

// Supported lists the document languages legalkit knows.
var Supported = []string{"nl", "en", "de", "fr"}

// IsSupported reports whether code is a supported language.
func IsSupported(code string) bool {
	_, ok := catalogue[code]
	return ok
}
