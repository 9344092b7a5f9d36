package lang

import (
	"strings"
)

// Statute is a law that documents refer to by abbreviation.
type Statute struct {
	Abbrev string // as written: "AVG", "BW"
	ID     string // canonical: "AVG", "BW"
	Name   string
}

// Statutes lists the laws legalkit recognises, by the abbreviations
// documents use.
var Statutes = map[string]Statute{
	"AVG":  {"AVG", "AVG", "Algemene verordening gegevensbescherming (EU) 2016/679"},
	"GDPR": {"GDPR", "AVG", "General Data Protection Regulation (EU) 2016/679"},
	"UAVG": {"UAVG", "UAVG", "Uitvoeringswet Algemene verordening gegevensbescherming"},
	"BW":   {"BW", "BW", "Burgerlijk Wetboek"},
	"Rv":   {"Rv", "Rv", "Wetboek van Burgerlijke Rechtsvordering"},
	"Aw":   {"Aw", "Aw", "Auteurswet"},
	// German and French: the GDPR in the reader's language, and the civil codes.
	"DSGVO":      {"DSGVO", "DSGVO", "Datenschutz-Grundverordnung (EU) 2016/679"},
	"BDSG":       {"BDSG", "BDSG", "Bundesdatenschutzgesetz"},
	"BGB":        {"BGB", "BGB", "Bürgerliches Gesetzbuch"},
	"RGPD":       {"RGPD", "RGPD", "Règlement général sur la protection des données (UE) 2016/679"},
	"Code civil": {"Code civil", "Code civil", "Code civil"},
}

// StatuteURL returns the official text of a statute provision. article is an
// article number ("45", "7:404"), a range ("32-36", first article used), a
// chapter ("V"), or "" for the whole act.
func StatuteURL(id, article string, chapter bool) string {
	first, _, _ := strings.Cut(article, "-")
	switch id {
	case "AVG", "DSGVO", "RGPD":
		base := "https://eur-lex.europa.eu/legal-content/" + gdprLanguage[id] + "/TXT/HTML/?uri=CELEX:32016R0679"
		if first == "" || chapter {
			return base // EUR-Lex has no stable anchors for chapters: the regulation itself
		}
		return base + "#art_" + first
	case "BW":
		book, art, ok := strings.Cut(first, ":")
		if !ok {
			return "https://wetten.overheid.nl/BWBR0005291"
		}
		if code, ok := bwBooks[book]; ok {
			return "https://wetten.overheid.nl/" + code + "/#Artikel" + art
		}
		return "https://wetten.overheid.nl/BWBR0005291"
	case "UAVG":
		if first == "" {
			return "https://wetten.overheid.nl/BWBR0040940"
		}
		return "https://wetten.overheid.nl/BWBR0040940/#Artikel" + first
	case "Rv":
		return "https://wetten.overheid.nl/BWBR0001827/#Artikel" + first
	case "Aw":
		return "https://wetten.overheid.nl/BWBR0001886/#Artikel" + first
	case "BGB", "BDSG":
		law := map[string]string{"BGB": "bgb", "BDSG": "bdsg_2018"}[id]
		if first == "" {
			return "https://www.gesetze-im-internet.de/" + law + "/"
		}
		return "https://www.gesetze-im-internet.de/" + law + "/__" + strings.ToLower(first) + ".html"
	case "Code civil":
		// Légifrance names articles by an internal identifier, not by number:
		// the code itself.
		return "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721"
	}
	return ""
}

// gdprLanguage is the EUR-Lex language of each name of the GDPR.
var gdprLanguage = map[string]string{"AVG": "NL", "DSGVO": "DE", "RGPD": "FR"}

// bwBooks maps the books of the Burgerlijk Wetboek to their identifiers on
// wetten.overheid.nl.
var bwBooks = map[string]string{
	"1": "BWBR0002656", "2": "BWBR0003045", "3": "BWBR0005291", "4": "BWBR0002761",
	"5": "BWBR0005288", "6": "BWBR0005289", "7": "BWBR0005290", "7a": "BWBR0006000",
	"8": "BWBR0005287", "10": "BWBR0030068",
}
