package lang

import (
	"strings"
)

// act is where the official text of a known law is published.
type act struct {
	eli string // EUR-Lex: "reg/2016/679"
	bwb string // wetten.overheid.nl: "BWBR0009950"
	gii string // gesetze-im-internet.de: "bgb"
	art bool   // gesetze-im-internet.de numbers its pages by Artikel ("art_6"), not by §
}

// acts holds the official text of every statute ID. An ID without an entry
// (the French codes: Légifrance names articles by internal identifiers, not
// by number) is recognised but not linked.
var acts = map[string]act{
	"AVG": {eli: "reg/2016/679"}, "DSGVO": {eli: "reg/2016/679"}, "RGPD": {eli: "reg/2016/679"},
	"DSA": {eli: "reg/2022/2065"}, "DMA": {eli: "reg/2022/1925"},

	"UAVG": {bwb: "BWBR0040940"}, "Rv": {bwb: "BWBR0001827"}, "Aw": {bwb: "BWBR0001886"},
	"Tw": {bwb: "BWBR0009950"}, "Wft": {bwb: "BWBR0020368"}, "Wck": {bwb: "BWBR0004815"},
	"Wpg": {bwb: "BWBR0022463"}, "Hrgw": {bwb: "BWBR0021777"}, "ACM": {bwb: "BWBR0033043"},

	"BGB": {gii: "bgb"}, "EGBGB": {gii: "bgbeg", art: true}, "HGB": {gii: "hgb"},
	"BDSG": {gii: "bdsg_2018"}, "UWG": {gii: "uwg_2004"}, "TMG": {gii: "tmg"},
	"TTDSG": {gii: "ttdsg"}, "DDG": {gii: "ddg"}, "TKG": {gii: "tkg_2021"},
	"UrhG": {gii: "urhg"}, "UKlaG": {gii: "uklag"}, "PAngV": {gii: "pangv_2022"},
	"AO": {gii: "ao_1977"}, "GG": {gii: "gg", art: true},
}

// bwBooks maps the books of the Burgerlijk Wetboek to their identifiers on
// wetten.overheid.nl (each book is an act of its own there).
var bwBooks = map[string]string{
	"1": "BWBR0002656", "2": "BWBR0003045", "3": "BWBR0005291", "4": "BWBR0002761",
	"5": "BWBR0005288", "6": "BWBR0005289", "7": "BWBR0005290", "7A": "BWBR0006000",
	"8": "BWBR0005034", "10": "BWBR0030068",
}

// eliLanguages are the EUR-Lex language codes of the document languages.
var eliLanguages = map[string]string{"nl": "nld", "en": "eng", "de": "deu", "fr": "fra"}

// Provision is one place in a law a reference points to.
type Provision struct {
	ID       string // statute ID ("AVG", "BW"), or "" for an EU act cited by number
	EU       EUAct  // the EU act cited by number, when ID is ""
	Article  string // "45", "7:404", "11.7a", "32-36" (a range: its first article is linked), "V" for a chapter, "" for the act
	Chapter  bool
	Language string // the document's language: the EU text is linked in it
	Date     string // YYYY-MM-DD the Dutch text is pinned to, or "" for the text in force today
}

// StatuteURL returns the official text of a provision, or "" when legalkit
// knows no stable address for it. EU acts go to EUR-Lex by their ELI in the
// document's language, with the article's anchor; Dutch acts to
// wetten.overheid.nl by a JCI link that names book and article and is pinned
// to the date; German acts to the page of the § on gesetze-im-internet.de.
func StatuteURL(p Provision) string {
	first, _, _ := strings.Cut(p.Article, "-")
	if p.Chapter {
		first = "" // no stable anchors for chapters: the act itself
	}
	if p.ID == "" {
		return euURL(p.EU.ELI(), first, p.Language)
	}
	if p.ID == "BW" {
		return bwURL(first, p.Date)
	}
	a, ok := acts[p.ID]
	switch {
	case !ok:
		return ""
	case a.eli != "":
		return euURL(a.eli, first, p.Language)
	case a.bwb != "":
		return jciURL(a.bwb, "", first, p.Date)
	}
	return giiURL(a, first)
}

func euURL(eli, article, language string) string {
	code, ok := eliLanguages[language]
	if !ok {
		code = "eng"
	}
	u := "https://eur-lex.europa.eu/eli/" + eli + "/oj/" + code
	if n := leadingDigits(article); n != "" {
		u += "#art_" + n
	}
	return u
}

// bwURL links an article of the Burgerlijk Wetboek written with its book
// ("6:236"); without a book the article is ambiguous and not linked.
func bwURL(article, date string) string {
	book, art, ok := strings.Cut(article, ":")
	if !ok {
		return ""
	}
	book = strings.ToUpper(book)
	code, ok := bwBooks[book]
	if !ok {
		return ""
	}
	return jciURL(code, book, art, date)
}

// jciURL is a Juriconnect (JCI 1.3) link to wetten.overheid.nl: the act,
// book and article, and the date as both the date the text is valid on (g)
// and the date it is viewed on (z), as the site's own permanent links do.
func jciURL(bwb, book, article, date string) string {
	if article == "" && date == "" {
		return "https://wetten.overheid.nl/" + bwb
	}
	u := "https://wetten.overheid.nl/jci1.3:c:" + bwb
	if book != "" {
		u += "&boek=" + book
	}
	if article != "" {
		u += "&artikel=" + article
	}
	if date != "" {
		u += "&z=" + date + "&g=" + date
	}
	return u
}

func giiURL(a act, article string) string {
	u := "https://www.gesetze-im-internet.de/" + a.gii + "/"
	if article == "" {
		return u
	}
	page := "__"
	if a.art {
		page = "art_"
	}
	return u + page + strings.ToLower(strings.ReplaceAll(article, " ", "")) + ".html"
}

// leadingDigits returns the article number of an EU act without its
// paragraph ("6" of "6.1"), or "" when article does not start with one.
func leadingDigits(article string) string {
	i := 0
	for i < len(article) && article[i] >= '0' && article[i] <= '9' {
		i++
	}
	return article[:i]
}
