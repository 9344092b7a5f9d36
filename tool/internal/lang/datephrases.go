package lang

// DateRole says which front matter date a phrase in the text states.
type DateRole int

// The dates a document states about itself.
const (
	DatePublished DateRole = iota // "Last updated", "Laatst gewijzigd", "Stand:"
	DateEffective                 // "Effective date", "Ingangsdatum", "Gültig ab"
)

// DatePhrase is a phrase with which a document states one of its own dates,
// in lower case with single spaces: "laatst gewijzigd op" before
// "18 april 2018". legalkit import reads these dates; legalkit never
// guesses one the text does not state.
type DatePhrase struct {
	Words string
	Role  DateRole
}

// DatePhrases are the phrases in Dutch, English, German and French. A
// phrase counts only when a date follows it, after an optional colon, a
// connecting word (DateConnectors) and a weekday.
var DatePhrases = []DatePhrase{
	// English
	{"effective date", DateEffective}, {"effective", DateEffective}, {"effective as of", DateEffective},
	{"effective from", DateEffective}, {"in effect from", DateEffective}, {"in force from", DateEffective},
	{"last updated", DatePublished}, {"last modified", DatePublished}, {"last revised", DatePublished},
	{"last amended", DatePublished}, {"last changed", DatePublished}, {"published", DatePublished},
	{"updated", DatePublished}, {"date of publication", DatePublished},
	// Dutch
	{"ingangsdatum", DateEffective}, {"datum van inwerkingtreding", DateEffective}, {"van kracht vanaf", DateEffective},
	{"van kracht per", DateEffective}, {"van kracht sinds", DateEffective}, {"geldig vanaf", DateEffective},
	{"geldig per", DateEffective}, {"in werking getreden", DateEffective}, {"in werking per", DateEffective},
	{"laatst gewijzigd", DatePublished}, {"laatst bijgewerkt", DatePublished}, {"laatst bij gewerkt", DatePublished},
	{"laatste wijziging", DatePublished}, {"gepubliceerd", DatePublished}, {"bijgewerkt", DatePublished},
	{"datum van publicatie", DatePublished}, {"publicatiedatum", DatePublished},
	// German
	{"gültig ab", DateEffective}, {"gültig seit", DateEffective}, {"in kraft ab", DateEffective},
	{"in kraft seit", DateEffective}, {"wirksam ab", DateEffective}, {"inkrafttreten", DateEffective},
	{"stand", DatePublished}, {"zuletzt aktualisiert", DatePublished}, {"zuletzt geändert", DatePublished},
	{"letzte aktualisierung", DatePublished}, {"letzte änderung", DatePublished}, {"veröffentlicht", DatePublished},
	{"aktualisiert", DatePublished},
	// French
	{"en vigueur le", DateEffective}, {"en vigueur à compter du", DateEffective}, {"en vigueur au", DateEffective},
	{"en vigueur depuis le", DateEffective}, {"date d'effet", DateEffective}, {"date d’effet", DateEffective},
	{"entrée en vigueur", DateEffective}, {"applicable à compter du", DateEffective},
	{"dernière mise à jour", DatePublished}, {"mis à jour", DatePublished}, {"mise à jour", DatePublished},
	{"publié", DatePublished}, {"date de publication", DatePublished},
}

// DateConnectors may stand between a date phrase and its date:
// "Laatst gewijzigd op 18 april 2018", "Dernière mise à jour le 26 mars 2014".
var DateConnectors = []string{"on", "as of", "from", "op", "per", "vanaf", "am", "vom", "ab", "le", "du", "au", "à compter du"}

// MonthNames lists the months in each language, January first; spellings
// and abbreviations are alternatives separated by "|". Compared
// case-insensitively.
var MonthNames = map[string][12]string{
	"en": {"january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul",
		"august|aug", "september|sept|sep", "october|oct", "november|nov", "december|dec"},
	"nl": {"januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni|jun", "juli|jul",
		"augustus|aug", "september|sept|sep", "oktober|okt", "november|nov", "december|dec"},
	"de": {"januar|jänner|jan", "februar|feb", "märz|maerz|mär", "april|apr", "mai", "juni|jun", "juli|jul",
		"august|aug", "september|sept|sep", "oktober|okt", "november|nov", "dezember|dez"},
	"fr": {"janvier|janv", "février|fevrier|févr", "mars", "avril|avr", "mai", "juin", "juillet|juil",
		"août|aout", "septembre|sept", "octobre|oct", "novembre|nov", "décembre|decembre|déc"},
}

// WeekdayNames are the days of the week, which may precede a date
// ("dinsdag 10 juni 2025", "Mittwoch, 1. April 2020"); they carry no date.
var WeekdayNames = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
}

// CommonWords are frequent short words of each language, by which legalkit
// import tells the language of a text that does not say. A word common to
// two of these languages ("we", "of", "is", "die", "en") is left out.
var CommonWords = map[string][]string{
	"nl": {"het", "een", "van", "niet", "voor", "wij", "uw", "zijn", "met", "dat", "worden", "wordt", "deze", "bij", "naar", "ook"},
	"en": {"the", "and", "to", "you", "your", "for", "with", "that", "are", "this", "or", "by", "from", "which", "not", "our"},
	"de": {"der", "das", "und", "nicht", "sie", "ist", "wir", "mit", "von", "für", "auf", "werden", "zu", "den", "dem", "ein"},
	"fr": {"le", "la", "les", "et", "des", "vous", "est", "pour", "dans", "nous", "une", "du", "sur", "que", "aux", "ou"},
}
