package lang

// CueKind says what kind of target a cue word names.
type CueKind int

// The kinds of cue words.
const (
	CueAny     CueKind = iota // any clause or item: "zie", "overeenkomstig"
	CueArticle                // "artikel", "section": any clause
	CueChapter                // "hoofdstuk", "chapter": a top-level section
	CueMember                 // "lid", "paragraph": a clause inside an article
	CueItem                   // "onder", "sub": a sub-item
	CueAnnex                  // "Bijlage", "Appendix": a document or appendix
)

// Cue is a cue word or phrase that introduces a reference.
type Cue struct {
	Words  string // lower case, single spaces
	Kind   CueKind
	Strong bool // may introduce a bare single number ("artikel 10"); weak cues need a dotted number
}

var cues = map[string][]Cue{
	"nl": {
		{"zie", CueAny, true}, {"zie ook", CueAny, true}, {"zie hiervoor", CueAny, true},
		{"artikel", CueArticle, true}, {"artikelen", CueArticle, true}, {"art.", CueArticle, true},
		{"dit artikel", CueArticle, true}, {"hoofdstuk", CueChapter, true},
		{"lid", CueMember, true}, {"leden", CueMember, true},
		{"onder", CueItem, true}, {"sub", CueItem, true},
		{"overeenkomstig", CueAny, false}, {"conform", CueAny, false}, {"volgens", CueAny, false},
		{"krachtens", CueAny, false}, {"bepaald in", CueAny, false}, {"aangegeven in", CueAny, false},
		{"voorzien in", CueAny, false}, {"vastgelegd in", CueAny, false}, {"vermeld in", CueAny, false},
		{"beschreven in", CueAny, false}, {"genoemd in", CueAny, false}, {"in", CueAny, false},
		{"op", CueAny, false}, {"van", CueAny, false},
	},
	"en": {
		{"see", CueAny, true}, {"see also", CueAny, true},
		{"section", CueArticle, true}, {"sections", CueArticle, true}, {"clause", CueArticle, true},
		{"clauses", CueArticle, true}, {"article", CueArticle, true}, {"articles", CueArticle, true},
		{"this section", CueArticle, true}, {"chapter", CueChapter, true},
		{"paragraph", CueMember, true}, {"paragraphs", CueMember, true},
		{"under", CueItem, true}, {"pursuant to", CueAny, false}, {"in accordance with", CueAny, false},
		{"as set out in", CueAny, false}, {"set out in", CueAny, false}, {"referred to in", CueAny, false},
		{"in", CueAny, false}, {"of", CueAny, false},
	},
}

// Cues returns the cue words of a language, longest phrase first.
func Cues(language string) []Cue {
	cs, ok := cues[language]
	if !ok {
		cs = cues["nl"]
	}
	return cs
}

// AnnexWords are the words that name a document or appendix by its label:
// "Bijlage 1", "Appendix A".
var AnnexWords = []string{"Bijlage", "Appendix", "Annex", "Schedule", "Aanhangsel", "Exhibit"}

// ListWords join the numbers of a reference list: "4.6.3 en 4.6.4".
var ListWords = map[string][]string{
	"nl": {",", "en", "of", "t/m", "tot en met", "-", "–", "en/of"},
	"en": {",", "and", "or", "to", "through", "-", "–", "and/or"},
}

// PeriodWords are units that make a number a period, never a reference:
// "30 dagen".
var PeriodWords = map[string]bool{
	"dag": true, "dagen": true, "werkdag": true, "werkdagen": true, "week": true, "weken": true,
	"maand": true, "maanden": true, "jaar": true, "jaren": true, "uur": true, "uren": true,
	"minuten": true, "kalenderdagen": true, "procent": true,
	"day": true, "days": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "hour": true, "hours": true, "percent": true, "business": true,
}

// CurrencyWords make the number after them an amount, never a reference.
var CurrencyWords = map[string]bool{"EUR": true, "€": true, "USD": true, "$": true, "GBP": true, "£": true, "euro": true}
