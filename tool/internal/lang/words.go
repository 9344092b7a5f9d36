package lang

// DefinitionHeadings are section titles under which tables, definition lists
// and "Term: text" items define terms. Compared case-insensitively.
var DefinitionHeadings = []string{"definities", "definitie", "begrippen", "begripsbepalingen", "begripsomschrijvingen", "definitions", "defined terms", "interpretation",
	"definitions and interpretation", "begriffsbestimmungen", "definitionen", "begriffe", "définitions", "définition", "definitions et interprétation", "interprétation"}

// AliasSeparators split the term column of a definitions table into a term
// and its aliases: "Gegevensverwerking of Verwerking".
var AliasSeparators = map[string]string{"nl": " of ", "en": " or ", "de": " oder ", "fr": " ou "}

// Connectors may stand between the capitalised words of one name:
// "Kamer van Koophandel".
var Connectors = map[string]bool{"van": true, "de": true, "der": true, "voor": true, "of": true, "for": true, "the": true, "and": true, "en": true}

// InlineDefinitionIntros are the words that may precede a quoted term inside
// brackets: (hierna "Gebruiksgegevens"), (de ‘AVG’).
var InlineDefinitionIntros = []string{"", "hierna", "hierna:", "hierna te noemen", "hierna te noemen:", "de", "het", "hereinafter", "hereinafter:", "the", "each a", "together",
	"nachfolgend", "nachfolgend:", "im Folgenden", "im Folgenden:", "ci-après", "ci-après:", "ci-après dénommé", "ci-après dénommée", "le", "la", "les"}

// Unknown is how a missing date reads; Dutch for a language legalkit does
// not know.
func Unknown(language string) string { return For(language).Unknown }
