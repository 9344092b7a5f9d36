package lang

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

var changeWords = map[string]*ChangeWords{
	"nl": {
		Added: "toegevoegd", Removed: "verwijderd", Amended: "gewijzigd", Moved: "verplaatst",
		Renumbered: "vernummerd", Editorial: "redactioneel", Unchanged: "ongewijzigd",
		Summary: "Samenvatting", Definitions: "Definities", Definition: "definitie", Changes: "Wijzigingen",
		Clause: "artikel", Clauses: "artikelen", Old: "oud", New: "nieuw",
		Substantive: "inhoudelijk", EditorialChanges: "redactionele wijzigingen",
		Affected: "indirect geraakt", References: "verwijzingen om na te kijken", NoChanges: "Geen wijzigingen.",
		Preamble: "aanhef", Published: "gepubliceerd", Effective: "in werking", Version: "versie", Versions: "versies",
		FirstVersion: "eerste versie", Hidden: "redactionele wijzigingen verborgen",
		Deleted: "verwijderd", Inserted: "ingevoegd",
		Legend: "Verwijderde tekst staat tussen [− en ] en is doorgehaald; ingevoegde tekst staat tussen [+ en ] en is onderstreept.",
		Reasons: map[string]string{
			"whitespace": "witruimte", "typography": "typografie", "capitalisation": "hoofdletters",
			"punctuation": "interpunctie", "reference-renumbered": "verwijzing aangepast aan vernummering",
			"repeated-word": "dubbel woord verwijderd",
		},
		RefIssues: map[string]string{
			"target-removed":    "%s: „%s” verwees naar %s, dat is verwijderd",
			"target-renumbered": "%s: „%s” verwees naar %s, maar dat artikel is nu %s; het nummer wijst nu naar iets anders",
			"target-amended":    "%s: „%s” verwijst naar %s, dat inhoudelijk is gewijzigd",
		},
		UsedIn: "gebruikt in", MovedFrom: "was", Was: "was", Now: "nu", Changelog: "Wijzigingsoverzicht", Draft: "concept",
		Notice: NoticeWords{
			Subject:        "Wijziging van de %s per %s",
			SubjectUnknown: "Wijziging van de %s",
			Intro:          "%s wijzigt de %s. De nieuwe versie (%s) is gepubliceerd op %s en vervangt versie %s.",
			IntroUnknown:   "%s wijzigt de %s. De nieuwe versie (%s) vervangt versie %s.",
			EffectiveOn:    "De nieuwe versie gaat in op %s.",
			EffectiveNone:  "De datum waarop de nieuwe versie ingaat, is nog niet bekend.",
			SubstantiveH:   "Wat er inhoudelijk verandert",
			DefinitionsH:   "Definities",
			EditorialH:     "Redactionele wijzigingen",
			EditorialIntro: "Deze wijzigingen veranderen niets aan de inhoud:",
			OnlyEditorial:  "Deze versie bevat alleen redactionele wijzigingen; de inhoud van de voorwaarden blijft gelijk.",
			Renumbered:     "%d artikelen hebben een ander nummer gekregen; hun tekst is niet gewijzigd.",
			RenumberedOne:  "1 artikel heeft een ander nummer gekregen; de tekst is niet gewijzigd.",
			ItemAdded:      "nieuw",
			ItemRemoved:    "vervallen",
			ItemAmended:    "gewijzigd",
			ItemMoved:      "verplaatst, voorheen %s",
			DefAmended:     "De definitie van „%s” is gewijzigd.",
			DefAdded:       "„%s” is een nieuw gedefinieerd begrip.",
			DefRemoved:     "De definitie van „%s” is vervallen.",
			DefUsedIn:      "Dit raakt de artikelen waarin het begrip voorkomt: %s.",
			ObjectionH:     "Als u het niet eens bent met de wijzigingen",
			Explanation:    "Toelichting",
			FullText:       "De volledige nieuwe tekst staat op %s.",
			Draft:          "CONCEPT: deze versie is nog niet gepubliceerd.",
		},
	},
	"en": {
		Added: "added", Removed: "removed", Amended: "amended", Moved: "moved",
		Renumbered: "renumbered", Editorial: "editorial", Unchanged: "unchanged",
		Summary: "Summary", Definitions: "Definitions", Definition: "definition", Changes: "Changes",
		Clause: "clause", Clauses: "clauses", Old: "old", New: "new",
		Substantive: "substantive", EditorialChanges: "editorial changes",
		Affected: "indirectly affected", References: "references to review", NoChanges: "No changes.",
		Preamble: "preamble", Published: "published", Effective: "effective", Version: "version", Versions: "versions",
		FirstVersion: "first version", Hidden: "editorial changes hidden",
		Deleted: "deleted", Inserted: "inserted",
		Legend: "Deleted text is shown between [− and ] and struck through; inserted text is shown between [+ and ] and underlined.",
		Reasons: map[string]string{
			"whitespace": "whitespace", "typography": "typography", "capitalisation": "capitalisation",
			"punctuation": "punctuation", "reference-renumbered": "reference updated to follow renumbering",
			"repeated-word": "repeated word removed",
		},
		RefIssues: map[string]string{
			"target-removed":    "%s: “%s” referred to %s, which was removed",
			"target-renumbered": "%s: “%s” referred to %s, but that clause is now %s; the number now names something else",
			"target-amended":    "%s: “%s” refers to %s, which was amended in substance",
		},
		UsedIn: "used in", MovedFrom: "was", Was: "was", Now: "now", Changelog: "Changelog", Draft: "draft",
		Notice: NoticeWords{
			Subject:        "Changes to the %s effective %s",
			SubjectUnknown: "Changes to the %s",
			Intro:          "%s is changing the %s. The new version (%s) was published on %s and replaces version %s.",
			IntroUnknown:   "%s is changing the %s. The new version (%s) replaces version %s.",
			EffectiveOn:    "The new version takes effect on %s.",
			EffectiveNone:  "The date on which the new version takes effect is not yet known.",
			SubstantiveH:   "What changes in substance",
			DefinitionsH:   "Definitions",
			EditorialH:     "Editorial changes",
			EditorialIntro: "These changes do not change the substance:",
			OnlyEditorial:  "This version contains editorial changes only; the substance of the terms stays the same.",
			Renumbered:     "%d clauses have a new number; their text has not changed.",
			RenumberedOne:  "1 clause has a new number; its text has not changed.",
			ItemAdded:      "new",
			ItemRemoved:    "removed",
			ItemAmended:    "amended",
			ItemMoved:      "moved, formerly %s",
			DefAmended:     "The definition of “%s” has been amended.",
			DefAdded:       "“%s” is a newly defined term.",
			DefRemoved:     "The definition of “%s” has been removed.",
			DefUsedIn:      "This affects the clauses that use the term: %s.",
			ObjectionH:     "If you do not agree with the changes",
			Explanation:    "Explanation",
			FullText:       "The full new text is available at %s.",
			Draft:          "DRAFT: this version has not been published.",
		},
	},
}

// Changes returns the change words of a language; Dutch for an unknown one.
func Changes(language string) *ChangeWords {
	if w, ok := changeWords[language]; ok {
		return w
	}
	return changeWords["nl"]
}
