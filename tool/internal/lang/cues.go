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
		{"under", CueItem, false}, {"pursuant to", CueAny, false}, {"in accordance with", CueAny, false},
		{"as set out in", CueAny, false}, {"set out in", CueAny, false}, {"referred to in", CueAny, false},
		{"in", CueAny, false}, {"of", CueAny, false},
	},
	// German: "§ 5" and "Ziffer 3" name a clause; "Absatz" and "Abs." count
	// within the article before them ("§ 5 Abs. 2") or the one they stand
	// in.
	"de": {
		{"siehe", CueAny, true}, {"siehe auch", CueAny, true}, {"vgl.", CueAny, true},
		{"§", CueArticle, true}, {"§§", CueArticle, true},
		{"ziffer", CueArticle, true}, {"ziffern", CueArticle, true}, {"ziff.", CueArticle, true},
		{"artikel", CueArticle, true}, {"art.", CueArticle, true},
		{"kapitel", CueChapter, true},
		{"absatz", CueMember, true}, {"absätze", CueMember, true}, {"abs.", CueMember, true},
		{"gemäß", CueAny, false}, {"nach", CueAny, false}, {"entsprechend", CueAny, false},
		{"im sinne von", CueAny, false}, {"in", CueAny, false},
	},
	// French: "l'article 5" names a clause; "alinéa" and "paragraphe" count
	// within the article before them ("article 5, alinéa 2") or the one
	// they stand in.
	"fr": {
		{"voir", CueAny, true}, {"voir aussi", CueAny, true}, {"cf.", CueAny, true},
		{"article", CueArticle, true}, {"articles", CueArticle, true}, {"art.", CueArticle, true},
		{"l'article", CueArticle, true}, {"l’article", CueArticle, true},
		{"les articles", CueArticle, true}, {"chapitre", CueChapter, true},
		{"paragraphe", CueMember, true}, {"paragraphes", CueMember, true}, {"alinéa", CueMember, true},
		{"conformément à", CueAny, false}, {"selon", CueAny, false},
		{"en application de", CueAny, false}, {"prévu à", CueAny, false}, {"visé à", CueAny, false},
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
	"de": {",", "und", "oder", "bis", "-", "–", "und/oder", "sowie"},
	"fr": {",", "et", "ou", "à", "au", "-", "–", "et/ou"},
}

// ListJoiners are the list words of every language, which the reference
// finder accepts between the numbers of a list whatever the document's
// language.
func ListJoiners() map[string]bool {
	out := map[string]bool{}
	for _, ws := range ListWords {
		for _, w := range ws {
			out[w] = true
		}
	}
	return out
}

// PeriodWords are units that make a number a period, never a reference:
// "30 dagen".
var PeriodWords = map[string]bool{
	"dag": true, "dagen": true, "werkdag": true, "werkdagen": true, "week": true, "weken": true,
	"maand": true, "maanden": true, "jaar": true, "jaren": true, "uur": true, "uren": true,
	"minuten": true, "kalenderdagen": true, "procent": true,
	"day": true, "days": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "hour": true, "hours": true, "percent": true, "business": true,
	"tag": true, "tage": true, "tagen": true, "tages": true, "werktag": true, "werktage": true, "werktagen": true,
	"kalendertag": true, "kalendertage": true, "kalendertagen": true, "woche": true, "wochen": true,
	"monat": true, "monate": true, "monaten": true, "monats": true, "jahr": true, "jahre": true, "jahren": true,
	"jahres": true, "stunde": true, "stunden": true, "prozent": true,
	"jour": true, "jours": true, "semaine": true, "semaines": true, "mois": true, "ans": true,
	"année": true, "années": true, "heure": true, "heures": true, "ouvrés": true, "ouvrables": true,
}

// CurrencyWords make the number after them an amount, never a reference.
var CurrencyWords = map[string]bool{"EUR": true, "€": true, "USD": true, "$": true, "GBP": true, "£": true, "euro": true,
	"Euro": true, "CHF": true, "euros": true}
