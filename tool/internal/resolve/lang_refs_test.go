package resolve_test

import (
	"slices"
	"testing"
)

// TestReferencesGermanFrench checks the German and French cue words, list
// words, periods and statutes: each case is clause 9.1 of a small document
// with clauses 1, 1.1, 1.2, 2, 2.1 and 2.2.
func TestReferencesGermanFrench(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Siehe 2.1 und 2.2.", []string{`clause 2.1 "Siehe 2.1"`, `clause 2.2 "2.2"`}},
		{"de", "Gemäß Ziffer 2 gilt dies.", []string{`clause 2 "Ziffer 2"`}},
		{"de", "Nach § 1 und § 2 bis 2.2.", []string{`clause 1 "§ 1"`, `clause 2 "§ 2"`, `clause 2.2 "2.2"`}},
		{"de", "Die §§ 1 bis 2 gelten.", []string{`clause 1 "§§ 1"`, `clause 2 "2"`}},
		{"de", "Wie in Artikel 1 und Art. 2 beschrieben.", []string{`clause 1 "Artikel 1"`, `clause 2 "Art. 2"`}},
		{"de", "Gemäß 1.2 oder 2.1.", []string{`clause 1.2 "Gemäß 1.2"`, `clause 2.1 "2.1"`}},
		{"de", "Ziffer 7 gibt es nicht.", []string{`clause 7 "Ziffer 7" ?`}},
		// Absatz after an article number names its paragraph: § 2 Abs. 1 is clause 2.1 here.
		{"de", "Nach § 2 Abs. 1 und Absatz 2.2.", []string{`clause 2.1 "§ 2 Abs. 1"`, `clause 2.2 "Absatz 2.2"`}},
		{"de", "Innerhalb von 30 Tagen, 2 Monaten oder 1 Jahr; EUR 2.500.", nil},
		{"de", "Es gelten § 823 Abs. 1 BGB und Art. 28 DSGVO.", []string{`statute BGB 823 "§ 823 Abs. 1 BGB"`, `statute DSGVO 28 "Art. 28 DSGVO"`}},
		{"de", "Art. 12 bis 22 der DSGVO.", []string{`statute DSGVO 12-22 "Art. 12 bis 22 der DSGVO"`}},
		{"fr", "Voir 2.1 et 2.2.", []string{`clause 2.1 "Voir 2.1"`, `clause 2.2 "2.2"`}},
		{"fr", "Conformément à l'article 2, puis l’article 1.", []string{`clause 2 "l'article 2"`, `clause 1 "l’article 1"`}},
		{"fr", "Les articles 1 à 2 et l'article 1.2 ou 2.1.", []string{`clause 1 "Les articles 1"`, `clause 2 "2"`, `clause 1.2 "l'article 1.2"`, `clause 2.1 "2.1"`}},
		// A bare number after alinéa counts within the clause it stands in,
		// which has no paragraphs: a doubtful reference.
		{"fr", "Selon le paragraphe 1.1 et l'alinéa 2.", []string{`clause 1.1 "paragraphe 1.1"`, `item 9.1.2 "alinéa 2" ?`}},
		{"fr", "Dans un délai de 30 jours, 3 mois ou 2 ans, pour 100 EUR.", nil},
		{"fr", "L'article 28 du RGPD et l'article 1103 du Code civil.", []string{`statute RGPD 28 "article 28 du RGPD"`, `statute Code civil 1103 "article 1103 du Code civil"`}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.text, func(t *testing.T) {
			body := "# 1. Eins\n\n1.1. Text.\n\n1.2. Text.\n\n# 2. Zwei\n\n2.1. Text.\n\n2.2. Text.\n\n# 9. Test\n\n9.1. " + tt.text + "\n"
			got := refsIn(linked(t, tt.lang, body))
			if !slices.Equal(got, tt.want) {
				t.Errorf("references in %q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}
