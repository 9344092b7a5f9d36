package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestDefinitionForms: the ways drafters define terms, in the four
// languages, and what is no definition (bold labels, emphasis, quotes in
// running text). want lists every term defined, in order.
func TestDefinitionForms(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		// English.
		{"bold quoted means", "en", "# 1. Definitions\n\n1.1. **\"Affiliate\"** means any entity that controls a party.\n", []string{"Affiliate"}},
		{"quoted means, curly", "en", "Text.\n\n“Affiliate” means any entity.\n", []string{"Affiliate"}},
		{"two names or", "en", "Text.\n\n\"Term\" or \"Alias\" means the period.\n", []string{"Term", "Alias"}},
		{"alias in brackets refers to", "en", "Text.\n\n\"Term\" (or \"Alias\") refers to the period.\n", []string{"Term", "Alias"}},
		{"bold names or means", "en", "Text.\n\n**\"Train\"** or **\"Training\"** means the use of data.\n", []string{"Train", "Training"}},
		{"span before the term", "en", "Text.\n\n<span id=\"4.1\">**\"Available Minutes\"**</span> means the minutes.\n", []string{"Available Minutes"}},
		{"bracket after a phrase", "en", "Text.\n\nThe software of Acme (\"Software\") is licensed.\n", []string{"Software"}},
		{"hereinafter", "en", "Text.\n\nAcme Ltd (hereinafter \"Acme\") and you.\n", []string{"Acme"}},
		{"collectively the", "en", "Text.\n\nArticles, images and code (collectively, the \"Content\") are ours.\n", []string{"Content"}},
		{"each a and together the", "en", "Text.\n\nAcme and you (each a \"Party\" and together the \"Parties\") agree.\n", []string{"Party", "Parties"}},
		{"bold in quotes in brackets", "en", "Text.\n\nThis cover page (“**Cover Page**”) and the terms.\n", []string{"Cover Page"}},
		{"when we say", "en", "Text.\n\nWhen we say \"Company\", \"we\", \"our\", or \"us\", we mean Acme Inc.\n", []string{"Company"}},
		{"lower case term with means", "en", "Text.\n\nFor us, \"personal information\" means information about you.\n", []string{"personal information"}},
		{"definitions section bold colon", "en", "# Definitions\n\n**Member**: a person who joined.\n\n**Fee:** the price.\n", []string{"Member", "Fee"}},
		{"definitions section bold quoted colon", "en", "# Definitions\n\n**\"Order Form\"**: the ordering document.\n\n**“Fee”:** the price.\n", []string{"Order Form", "Fee"}},
		{"definitions section plain colon", "en", "# Definitions\n\nMember: a person who joined.\n", []string{"Member"}},
		{"bold label heading a list item is no term", "en", "Text.\n\n* **Third-party services**: we use some.\n* **Cookies**: small files.\n", nil},
		{"bold label heading a paragraph is no term", "en", "# 1. Terms\n\n1.1. **Introduction**. This agreement applies.\n", nil},
		{"bold inside a word is emphasis", "en", "Text.\n\nWe are **G**lobally **R**ecognised.\n", nil},
		{"bold emphasis in a sentence is no term", "en", "Text.\n\nWe store it with **Stripe** directly.\n", nil},
		{"quote as example is no term", "en", "Text.\n\nOpen the menu (such as \"Settings\") to change it.\n", nil},
		{"quote in running text is no term", "en", "Text.\n\nThe software is provided \"as is\" and \"Acme\" says so.\n", nil},
		{"in the following, a quoted term", "en", "Text.\n\nIn the following, \"provider\" is Acme Ltd. The provider hosts.\n", []string{"provider"}},
		{"in the following without a comma names no term", "en", "Text.\n\nAs set out in the following \"Cookies\" section.\n", nil},
		{"explained by i.e.", "en", "Text.\n\nUse the \"Executable Code\" of the browser, i.e. the version you run.\n", []string{"Executable Code"}},
		{"i.e. too far from the quote explains no term", "en", "Text.\n\nOpen \"Settings\" in the menu of the app, i.e. the gear.\n", nil},
		{"i.e. after a lower case quote explains no term", "en", "Text.\n\nIt comes on an \"as is\" basis, i.e. without warranty.\n", nil},
		// Dutch.
		{"bold in brackets", "nl", "Tekst.\n\nDe klant voegt gegevens toe (**Klantgegevens**) aan de Software.\n", []string{"Klantgegevens"}},
		{"aangeduid als bold", "nl", "Tekst.\n\nDeze gegevens, gezamenlijk aangeduid als **Gegevens**, zijn van de Klant.\n", []string{"Gegevens"}},
		{"hierna", "nl", "Tekst.\n\nDe gegevens van gebruikers (hierna \"Gebruiksgegevens\") zijn van de Klant.\n", []string{"Gebruiksgegevens"}},
		{"de definities list", "nl", "Tekst.\n\nDe definities **Betrokkene**, **Verwerking** en **Gevoelige Gegevens** (**Bijzondere Gegevens**) hebben dezelfde betekenis als in de AVG.\n",
			[]string{"Betrokkene", "Verwerking", "Gevoelige Gegevens", "Bijzondere Gegevens"}},
		{"statute list", "nl", "# Artikel 1\n\nIn deze wet wordt verstaan onder:\n\na. *persoonsgegeven:* elk gegeven over een persoon dat:\n\n1°. een naam noemt,\n\n2°. een adres noemt;\n\nb. verwerker: degene die verwerkt;\n\nc. bij een overeenkomst:\n",
			[]string{"persoonsgegeven", "verwerker"}},
		{"onder wordt verstaan", "nl", "# Artikel 2\n\nOnder schuldbemiddeling wordt verstaan het bemiddelen bij schulden.\n", []string{"schuldbemiddeling"}},
		{"unquoted name in brackets used again", "nl", "Tekst.\n\nLees deze Gebruiksvoorwaarden (Voorwaarden) zorgvuldig. Deze Voorwaarden binden u.\n", []string{"Voorwaarden"}},
		{"unquoted name in brackets used once is no term", "nl", "Tekst.\n\nHet beleid inzake openbaarmaking (Responsible Disclosure Policy) staat online.\n", nil},
		{"de and a noun in brackets, statute", "nl", "Tekst.\n\nDe eerste partij (de kredietgever) leent. De kredietgever vraagt rente.\n", []string{"kredietgever"}},
		{"unquoted abbreviation is no term", "nl", "Tekst.\n\nDe Europese Unie (EU) en de EU.\n", nil},
		{"explained by d.w.z.", "nl", "Tekst.\n\nGebruik de \"Uitvoerbare Code\" van de browser, d.w.z. de versie die u start.\n", []string{"Uitvoerbare Code"}},
		// German.
		{"German quotes in brackets", "de", "Text.\n\nLesen Sie die Nutzungsbedingungen („Bedingungen“) sorgfältig.\n", []string{"Bedingungen"}},
		{"nachfolgend", "de", "Text.\n\nDie Acme GmbH (nachfolgend „Anbieter“) bietet an.\n", []string{"Anbieter"}},
		{"bezeichnet", "de", "Text.\n\n„Kunde“ bezeichnet jede Person, die bestellt.\n", []string{"Kunde"}},
		{"im Folgenden", "de", "Text.\n\nIm Folgenden „Anbieter“ ist die Acme GmbH.\n", []string{"Anbieter"}},
		{"explained by d. h.", "de", "Text.\n\nSie nutzen die „Executable-Code-Version“ des Browsers, d.\u00a0h. die Version, die startet.\n", []string{"Executable-Code-Version"}},
		{"noun in brackets used again", "de", "Text.\n\nVorschriften zum Schutz der Verbraucher (Verbraucherschutzgesetze) gelten. Verbraucherschutzgesetze sind wichtig.\n", []string{"Verbraucherschutzgesetze"}},
		// French.
		{"guillemets in brackets", "fr", "Texte.\n\nLes comptes Mozilla (les « Services ») comprennent votre compte.\n", []string{"Services"}},
		{"ci-après dénommé", "fr", "Texte.\n\nLa société Acme, ci-après dénommée « Acme », fournit le service.\n", []string{"Acme"}},
		{"explained by c'est-à-dire", "fr", "Texte.\n\nVous utilisez la « Version Exécutable » du navigateur, c’est-à-dire la version prête.\n", []string{"Version Exécutable"}},
		{"désigne", "fr", "Texte.\n\n« Terme » désigne la durée du contrat.\n", []string{"Terme"}},
		{"guillemets around underlined term", "fr", "Texte.\n\nLes présentes Conditions (« <u>Conditions</u> ») régissent l’utilisation.\n", []string{"Conditions"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, tt.lang, tt.body)
			var got []string
			for _, d := range doc.Definitions {
				got = append(got, d.Term)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("defined %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDefinitionDuplicateSeverity: defining a term twice is an error only
// when both are certainly definitions for the same part of the text.
func TestDefinitionDuplicateSeverity(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             string // "error", "warning" or "" for none
	}{
		{"two certain definitions", "en", "Text.\n\n\"Fee\" means the price.\n\n\"Fee\" means the amount.\n", "error"},
		{"a definition and a bracket", "en", "Text.\n\n\"Fee\" means the price.\n\nThe price (\"Fee\") is due.\n", "warning"},
		{"two brackets", "en", "Text.\n\nThe services (the \"Services\") and more.\n\nOur offer (the \"Services\") again.\n", "warning"},
		{"two chapters of a statute", "nl", "# Artikel 1\n\nIn dit hoofdstuk wordt verstaan onder:\n\na. koper: wie koopt;\n\n# Artikel 2\n\nIn dit hoofdstuk wordt verstaan onder:\n\na. koper: wie huurt;\n", "warning"},
		{"a statute's override", "nl", "# Artikel 1\n\nIn deze wet wordt verstaan onder:\n\na. koper: wie koopt;\n\n# Artikel 2\n\nIn afwijking van artikel 1 wordt op Saba verstaan onder:\n\na. koper: wie huurt;\n", "warning"},
		{"one definition", "en", "Text.\n\n\"Fee\" means the price.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := parseDiags(tt.lang, tt.body)
			got := ""
			for _, d := range ds {
				if strings.HasSuffix(d, "definition-duplicate") {
					got = strings.Fields(d)[0]
				}
			}
			if got != tt.want {
				t.Errorf("definition-duplicate %q, want %q (%q)", got, tt.want, ds)
			}
		})
	}
}

// parseDiags parses a body and returns its diagnostics as "severity code".
func parseDiags(language, body string) (int, []string) {
	_, ds := parse.Parse("t.md", testutil.Source(language, body))
	var out []string
	for _, d := range ds {
		out = append(out, string(d.Severity)+" "+d.Code)
	}
	return len(out), out
}
