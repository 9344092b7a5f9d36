package lang

// The words with which drafters define a term in running text, in Dutch,
// English, German and French. Parse looks them up in every language: a
// Dutch document quotes English definitions, and the corpus of real
// documents mixes them.

// DefinitionVerbs follow a quoted or bold term that is being defined:
// "Affiliate" means, « Terme » désigne, „Begriff“ bezeichnet. Lower case.
var DefinitionVerbs = []string{
	"means", "mean", "shall mean", "will mean", "refers to", "refer to", "shall refer to",
	"has the meaning", "have the meaning", "shall have the meaning", "is defined as", "are defined as",
	"betekent", "betekenen", "wordt verstaan", "worden verstaan", "houdt in",
	"bezeichnet", "bezeichnen", "bedeutet", "bedeuten", "meint", "meinen",
	"désigne", "désignent", "signifie", "signifient", "s'entend", "s’entend", "s'entendent", "s’entendent",
}

// NamingIntros introduce the name a text gives to what it has just
// described: (hereinafter "Term"), gezamenlijk aangeduid als **Gegevens**,
// ci-après dénommée « Mozilla », (nachfolgend „Begriff“). Lower case.
var NamingIntros = []string{
	"hereinafter referred to as", "hereinafter called", "hereinafter", "referred to as", "collectively referred to as", "in the following,",
	"hierna te noemen", "hierna genoemd", "hierna", "aangeduid als", "te noemen",
	"nachfolgend bezeichnet als", "nachfolgend genannt", "nachfolgend", "im folgenden", "im folgenden genannt", "genannt",
	"ci-après dénommée", "ci-après dénommées", "ci-après dénommés", "ci-après dénommé", "ci-après désigné", "ci-après", "ci-dessous", "dénommée", "dénommé",
}

// DefiningIntroWords make a bracket with a quoted term certainly a
// definition: (collectively, the "Services"), (each a "Party").
var DefiningIntroWords = []string{
	"hereinafter", "collectively", "together", "each", "individually", "jointly", "referred",
	"hierna", "gezamenlijk", "samen", "ieder", "elk", "elke", "afzonderlijk", "aangeduid", "noemen",
	"nachfolgend", "folgenden", "gemeinsam", "jeweils", "genannt", "bezeichnet",
	"ci-après", "ci-dessous", "dénommé", "dénommée", "dénommés", "dénommées", "collectivement", "ensemble", "chacun", "chacune",
}

// NotDefiningIntros open a bracket that quotes something without defining
// it: (such as "Settings"), (zie "Instellingen"). Lower case.
var NotDefiningIntros = []string{
	"such as", "e.g.", "eg", "like", "including", "for example", "see", "click", "select", "choose", "tap", "labelled", "labeled",
	"zoals", "bijvoorbeeld", "bijv.", "zie", "klik op", "kies",
	"wie", "z. b.", "z.b.", "siehe", "etwa", "beispielsweise",
	"comme", "par exemple", "voir", "cliquez sur", "notamment",
}

// DefinitionListWords name definitions by reference: "De definities
// **Betrokkene**, **Verwerking** … hebben dezelfde betekenis als in de AVG".
var DefinitionListWords = []string{"definities", "definitie", "begrippen", "definitions", "defined terms", "terms", "begriffe", "begriffsbestimmungen", "définitions", "termes"}

// StatuteDefinitionIntros open the list of definitions of a statute: "In
// deze wet wordt verstaan onder:", "In this Act: … means", "Im Sinne
// dieses Gesetzes", "on entend par". Lower case.
var StatuteDefinitionIntros = []string{
	"wordt verstaan onder", "worden verstaan onder", "verstaan onder", "wordt in deze", "in this act", "in these regulations",
	"the following definitions apply", "the following terms", "for the purposes of this",
	"im sinne dieses", "im sinne dieser", "begriffsbestimmungen", "bezeichnet der ausdruck",
	"on entend par", "au sens du présent", "au sens de la présente",
}

// ScopeWords in a statute's definition intro limit its definitions to a
// part of the text: "In dit hoofdstuk wordt verstaan onder".
var ScopeWords = []string{"hoofdstuk", "afdeling", "paragraaf", "titel", "artikel", "chapter", "part", "section", "abschnitt", "kapitel", "unterabschnitt", "chapitre", "titre", "section"}

// OverrideWords in a statute's definition intro make its definitions
// replace earlier ones for a part of the text: "In afwijking van artikel 1
// wordt … verstaan onder:".
var OverrideWords = []string{"in afwijking van", "notwithstanding", "by way of derogation", "abweichend von", "par dérogation"}
