package lang

// The catalogues of diagnostics: each maps the English format of a message
// legalkit check (or build, pdf, serve) reports to its format in another
// language, with the same verbs (%s, %q, %d ...) for the same arguments,
// in the same order or numbered (%[2]s) where the word order differs. A
// test in package diag finds every format in the source and fails on one
// without a Dutch entry, or with other verbs; it prints the missing ones as
// lines to paste into messages_nl.go.
var messages = map[string]map[string]string{"nl": dutchMessages}

// MessageLanguages lists the languages diagnostics can be written in.
var MessageLanguages = []string{"en", "nl"}

// Message returns the format of an English diagnostic format in a language,
// and whether the catalogue has it. English is the format itself.
func Message(language, english string) (string, bool) {
	if language == "en" {
		return english, true
	}
	s, ok := messages[language][english]
	return s, ok
}

// Messages returns the catalogue of one language (nil for English and for
// a language without one); it is not to be changed.
func Messages(language string) map[string]string { return messages[language] }
