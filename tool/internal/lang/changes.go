package lang

import "strings"

// ChangeWords are the words readers see in diffs, redlines, changelogs and
// change notices, in one document language.
type ChangeWords struct {
	// Kinds of change, as adjectives after a clause number: "2.3.5 toegevoegd".
	Added, Removed, Amended, Moved, Renumbered, Editorial, Unchanged string
	// Summary labels.
	Summary, Definitions, Definition, Changes, Clause, Clauses, Old, New string
	Substantive, EditorialChanges, Affected, References, NoChanges       string
	Preamble, Published, Effective, Version, Versions, FirstVersion      string
	Hidden                                                               string // "N" + Hidden: editorial changes left out
	// Redline markers for readers of assistive technology and plain text.
	Deleted, Inserted, Legend string
	// Reasons why a change is editorial.
	Reasons map[string]string
	// Reference issues, as format strings: clause containing the reference,
	// the reference as written, what it pointed at, what it points at now.
	RefIssues map[string]string
	// Definition impact: "gebruikt in" + clause list.
	UsedIn, MovedFrom, Was, Now, Changelog, Draft string
	// Notice texts.
	Notice NoticeWords

	nouns bool // nouns keep their capital in mid-sentence (German)
	agree bool // a participle after a count of two or more takes -s (French)
}

// NoticeWords are the sentences of a change notice. Format verbs are
// noted beside each.
type NoticeWords struct {
	Subject        string // title, effective date
	SubjectUnknown string // title
	Intro          string // publisher, title, new version, publication date, old version
	IntroUnknown   string // publisher, title, new version, old version (publication date unknown)
	EffectiveOn    string // date
	EffectiveNone  string
	SubstantiveH   string
	DefinitionsH   string
	EditorialH     string
	EditorialIntro string
	OnlyEditorial  string
	Renumbered     string // count
	RenumberedOne  string
	ItemAdded      string
	ItemRemoved    string
	ItemAmended    string
	ItemMoved      string // old number
	DefAmended     string // term
	DefAdded       string // term
	DefRemoved     string // term
	DefUsedIn      string // clause list
	ObjectionH     string
	Explanation    string
	FullText       string // address
	Draft          string
}

// Changes returns the change words of a language; Dutch for an unknown one.
func Changes(language string) *ChangeWords { return &For(language).Changes }

// Lower writes a word as it stands in mid-sentence: "Wijzigingsoverzicht"
// becomes "wijzigingsoverzicht", but a German noun keeps its capital
// ("Änderungsverlauf").
func (w *ChangeWords) Lower(s string) string {
	if w.nouns {
		return s
	}
	return strings.ToLower(s)
}

// Counted is the word of a kind of change after a count: "23 vernummerd",
// and in French, where the participle agrees, "23 renumérotés".
func (w *ChangeWords) Counted(word string, n int) string {
	if !w.agree || n < 2 || strings.ContainsAny(word, " ") || strings.HasSuffix(word, "s") || strings.HasSuffix(word, "x") {
		return word
	}
	return word + "s"
}
