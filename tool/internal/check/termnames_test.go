package check_test

import (
	"slices"
	"strings"
	"testing"
)

// TestTermUndefinedNames: names of laws, authorities, countries, the
// publisher and the title are not terms to define; German nouns are
// capitalised; a term the document uses but never defines still is one.
func TestTermUndefinedNames(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             bool // term-undefined reported
	}{
		{"an undefined term", "en", "Text.\n\nWe provide the Services. You pay for the Services.\n", true},
		{"a country", "en", "Text.\n\nData stays in the United States. Or in the United States.\n", false},
		{"an authority", "nl", "Tekst.\n\nMeld het bij de Kamer van Koophandel. En bij de Kamer van Koophandel.\n", false},
		{"an authority compound", "nl", "Tekst.\n\nDe Mededingingsautoriteit beslist. Vraag het de Mededingingsautoriteit of de Mededingingsautoriteit.\n", false},
		{"a law", "nl", "Tekst.\n\nZie de Telecommunicatiewet. Lees de Telecommunicatiewet.\n", false},
		{"a law of several words", "en", "Text.\n\nSee the Data Protection Act. Read the Data Protection Act.\n", false},
		{"a nationality adjective", "nl", "Tekst.\n\nHet Europees Parlement besluit. Het Europees Parlement stemt.\n", false},
		{"the publisher", "en", "Text.\n\nThe Acme products. All the Acme products.\n", false},
		{"a compound of the publisher", "nl", "Tekst.\n\nDe Acme-groep levert. Alle bedrijven van de Acme-groep leveren.\n", false},
		{"a proper noun everywhere", "en", "Text.\n\nYou use Firefox. We make Firefox and improve Firefox. Update the Firefox app.\n", false},
		{"a term mostly with an article", "en", "Text.\n\nYou use the Platform. We make the Platform. Update Platform settings.\n", true},
		{"a law named by a lower-case word after it", "nl", "Tekst.\n\nZie de Algemene wet bestuursrecht. Lees de Algemene wet bestuursrecht.\n", false},
		{"German nouns joined by an article", "de", "Text.\n\nWir regeln die Verarbeitung der Daten. Die Verarbeitung der Daten ist sicher.\n", false},
		{"a German noun", "de", "Text.\n\nWir verarbeiten die Daten. Wir löschen die Daten.\n", false},
		{"a German phrase", "de", "Text.\n\nWir schützen die Vertraulichen Informationen. Wir löschen die Vertraulichen Informationen.\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.ContainsFunc(findings(t, tt.lang, tt.body), func(f string) bool { return strings.HasSuffix(f, "term-undefined") })
			if got != tt.want {
				t.Errorf("term-undefined reported %v, want %v: %q", got, tt.want, findings(t, tt.lang, tt.body))
			}
		})
	}
}

// TestTermCaseLowerCaseTerm: a statute's lower-case term written with a
// capital is no case slip; a capitalised term written otherwise is.
func TestTermCaseLowerCaseTerm(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"lower-case term capitalised", "# Artikel 1\n\nIn deze wet wordt verstaan onder:\n\na. richtlijn: de richtlijn over krediet;\n\n# Artikel 2\n\nDe Richtlijn geldt en de richtlijn ook.\n", false},
		{"capitalised term in lower case words", "Tekst.\n\nDe Vertrouwelijke Informatie (**Vertrouwelijke Informatie**) en de Vertrouwelijke informatie.\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.ContainsFunc(findings(t, "nl", tt.body), func(f string) bool { return strings.HasSuffix(f, "term-case") })
			if got != tt.want {
				t.Errorf("term-case reported %v, want %v: %q", got, tt.want, findings(t, "nl", tt.body))
			}
		})
	}
}
