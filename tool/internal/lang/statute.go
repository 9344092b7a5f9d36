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
}

// StatuteURL returns the official text of a statute provision. article is an
// article number ("45", "7:404"), a range ("32-36", first article used), a
// chapter ("V"), or "" for the whole act.
func StatuteURL(id, article string, chapter bool) string {
	first, _, _ := strings.Cut(article, "-")
	switch id {
	case "AVG":
		base := "https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679"
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
	}
	return ""
}

// bwBooks maps the books of the Burgerlijk Wetboek to their identifiers on
// wetten.overheid.nl.
var bwBooks = map[string]string{
	"1": "BWBR0002656", "2": "BWBR0003045", "3": "BWBR0005291", "4": "BWBR0002761",
	"5": "BWBR0005288", "6": "BWBR0005289", "7": "BWBR0005290", "7a": "BWBR0006000",
	"8": "BWBR0005287", "10": "BWBR0030068",
}
