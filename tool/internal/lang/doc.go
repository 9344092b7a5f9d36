// Package lang holds what legalkit knows of the document languages (Dutch and
// English): plural forms of defined terms, the cue words that introduce
// references, statute abbreviations and their official texts, and the words
// readers see.
package lang

// Supported lists the document languages legalkit knows.
var Supported = []string{"nl", "en"}

// IsSupported reports whether code is a supported language.
func IsSupported(code string) bool {
	for _, s := range Supported {
		if s == code {
			return true
		}
	}
	return false
}
