package lang

import "strings"

// Ordinals number a paragraph of an article by word: "het tweede lid",
// "artikel 40, eerste lid", "premier alinéa". Lower case.
var Ordinals = map[string]int{
	"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
	"achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"erster": 1, "ersten": 1, "zweiter": 2, "zweiten": 2, "dritter": 3, "dritten": 3, "vierten": 4,
	"premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
}

// MemberWords name a paragraph (lid) of an article, in every language:
// "artikel 10 lid 2", "het eerste lid", "§ 3 Abs. 2", "article 5, alinéa 2".
var MemberWords = map[string]bool{
	"lid": true, "leden": true, "paragraph": true, "paragraphs": true, "subsection": true, "subsections": true,
	"absatz": true, "abs.": true, "absätze": true, "alinéa": true, "alinéas": true, "paragraphe": true,
}

// PartWords name a lettered or numbered part of an article or paragraph:
// "artikel 3, onderdeel c", "lid 1 onder b", "Nr. 2".
var PartWords = map[string]bool{
	"onderdeel": true, "onderdelen": true, "onder": true, "sub": true,
	"nr.": true, "nummer": true, "ziffer": true, "buchstabe": true, "lit.": true, "point": true,
}

// NotReferenceLabels are words that make the number after them the label of
// something that is not a clause: "Tabel 1.1", "versie 1.2", "Figure 2.1".
// Lower case.
var NotReferenceLabels = map[string]bool{
	"tabel": true, "table": true, "tabelle": true, "tableau": true, "figuur": true, "figure": true,
	"fig.": true, "abbildung": true, "versie": true, "version": true, "versión": true, "release": true,
	"v": true, "pagina": true, "page": true, "seite": true, "p.": true, "blz.": true, "bladzijde": true,
	"stb.": true, "stcrt.": true, "nr": true, "no.": true, "nummer": true, "number": true, "kamerstukken": true,
}

// AmountWords make the number before them an amount: "2,1 miljoen".
var AmountWords = map[string]bool{
	"miljoen": true, "miljard": true, "duizend": true, "million": true, "millions": true, "billion": true,
	"billions": true, "thousand": true, "millionen": true, "milliarden": true, "milliarde": true,
	"milliard": true, "milliards": true, "mille": true, "mln": true, "mld": true,
}

// SelfScopes are the phrases after a reference that keep it in this
// document: "artikel 41 van deze wet", "Section 5 of this Agreement",
// "article 15 hereof". Lower case; a phrase ending in a space is followed by
// a noun.
var SelfScopes = []string{
	"van deze ", "van dit ", "uit deze ", "uit dit ", "of this ", "of these ", " hereof", " herein", " hereto",
	"dieses ", "dieser ", "des vorliegenden ", "du présent ", "de la présente ", "des présentes",
}

// OtherScopes are the phrases after a reference that name another text
// without naming it again: "artikel 21 van die wet", "of that Act".
var OtherScopes = []string{
	"van die ", "van dat ", "van genoemde ", "van de genoemde ", "of that ", "of such ", "of said ",
	"des genannten ", "der genannten ", "de ladite ", "dudit ", "de cette loi",
	// German amendment notes: "Art. 20 G v. 23.6.2021", an article of an
	// amending act (Gesetz, Verordnung) of that date.
	"g v. ", "gesetz vom ", "vo v. ", "verordnung vom ",
}

// ScopeIntros introduce the name of the text a reference points into:
// "van de Tabakswet", "of the Federal Trade Commission Act", "der DSGVO".
var ScopeIntros = []string{
	"van de ", "van het ", "van ", "uit de ", "uit het ", "of the ", "of our ", "of ", "under the ",
	"des ", "der ", "du ", "de la ", "de l'", "de l’", "des ", "de ",
}

// actWords end the names of acts, regulations and other texts: a reference
// followed by "van de Tabakswet" or "of the Privacy Policy" points there.
var actWords = []string{
	"wet", "wetboek", "besluit", "regeling", "richtlijn", "verordening", "verdrag", "boek",
	"act", "code", "directive", "regulation", "convention", "policy", "notice", "addendum", "clauses", "terms",
	"agreement", "statute", "law", "rules", "treaty", "order", "form", "statement",
	"gesetz", "gesetzes", "gesetzbuch", "gesetzbuchs", "verordnung", "ordnung", "richtlinie", "buch", "buches", "abkommen",
	"loi", "règlement", "directive", "décret", "convention", "traité", "politique",
	"vertrag", "vertrags", "vertrages", "charta", "charter", "charte",
	"voorwaarden", "verklaring", "bedingungen", "erklärung", "conditions", "déclaration",
}

// StructureWords name a division of a text that a scope phrase may pass
// through before naming the text: "artikel 3 van titel 5 van Boek 6".
var StructureWords = map[string]bool{
	"titel": true, "afdeling": true, "hoofdstuk": true, "paragraaf": true, "deel": true,
	"title": true, "part": true, "chapter": true, "subpart": true,
	"abschnitt": true, "kapitel": true, "teil": true, "titre": true, "chapitre": true,
}

// ActName reports whether name, the capitalised words after a scope
// intro, reads as the name of another text: a word ending in an act word
// ("Tabakswet", "Burgerlijk Wetboek", "Richtlijn", "Privacy Policy",
// "Datenschutz-Grundverordnung"), or an abbreviation in capitals ("DSGVO",
// "UK GDPR").
func ActName(name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
		if len(w) >= 3 && w[len(w)-1] == 's' && strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1] && strings.ToLower(w[:len(w)-1]) != w[:len(w)-1] {
			return true // a plural abbreviation: "SCCs", "BCRs"
		}
		low := strings.ToLower(w)
		for _, a := range actWords {
			if strings.HasSuffix(low, a) {
				return true
			}
		}
	}
	return false
}

// HistoricalPhrases, after a reference in the same sentence, say that it
// names a provision as it read before: it may no longer exist. Lower case.
var HistoricalPhrases = []string{
	"zoals deze luidde", "zoals die luidde", "zoals dat luidde", "zoals dit luidde", "zoals het luidde",
	"zoals zij luidde", "zoals luidend", "zoals deze gold", "zoals dat gold",
	"as in force before", "as it read before", "as they read before", "as then in force", "as in effect before",
	"in der bis zum", "in der vor dem", "in der bis ", "geltenden fassung", "in der fassung",
	"dans sa rédaction antérieure", "dans leur rédaction antérieure", "dans sa version antérieure",
}

// PendingMarkers start the first paragraph of a provision that is not yet
// in force, as consolidated laws mark it ("Treedt in werking op een nader
// te bepalen tijdstip"): what it names may come into force with it. Lower
// case.
var PendingMarkers = []string{
	"treedt in werking", "tritt am ", "tritt mit ", "not yet in force", "entre en vigueur le", "(noch nicht in kraft",
}

// ThisArticle are the words that name the article a text stands in: "de
// leden 1 tot en met 3 van dit artikel". Lower case.
var ThisArticle = []string{"dit artikel", "deze paragraaf", "this section", "this clause", "this article",
	"dieses artikels", "dieses paragraphen", "dieser vorschrift", "de cet article", "du présent article"}
