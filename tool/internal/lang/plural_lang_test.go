package lang

import (
	"slices"
	"testing"
)

// TestFormsGermanFrench checks the plurals and case forms of German and
// French terms: each case lists forms a document uses that must count as
// uses of the term, and forms that must not be produced.
func TestFormsGermanFrench(t *testing.T) {
	tests := []struct {
		term, lang string
		want       []string
		not        []string
	}{
		// German: -e, -en, -n, -er, -s, umlaut plurals, genitive and dative.
		{"Dienst", "de", []string{"Dienste", "Diensten", "Dienstes"}, nil},
		{"Leistung", "de", []string{"Leistungen"}, []string{"Leistünge", "Leistunge"}},
		{"Kunde", "de", []string{"Kunden"}, []string{"Kundeen"}},
		{"Nutzer", "de", []string{"Nutzern", "Nutzers"}, []string{"Nützer"}},
		{"Nutzerin", "de", []string{"Nutzerinnen"}, nil},
		{"Kind", "de", []string{"Kinder", "Kindern"}, nil},
		{"Vertrag", "de", []string{"Verträge", "Verträgen", "Vertrags", "Vertrages"}, nil},
		{"Anspruch", "de", []string{"Ansprüche"}, nil},
		{"Auftrag", "de", []string{"Aufträge"}, nil},
		{"Haus", "de", []string{"Häuser", "Hauses"}, []string{"Haüser", "Hauss"}},
		{"Gebühr", "de", []string{"Gebühren"}, nil},
		{"Partei", "de", []string{"Parteien"}, nil},
		{"Ergebnis", "de", []string{"Ergebnisse"}, []string{"Ergebnise"}},
		{"Konto", "de", []string{"Konten", "Kontos"}, nil},
		{"Datum", "de", []string{"Daten"}, nil},
		{"Firma", "de", []string{"Firmen"}, nil},
		{"Software", "de", []string{"Softwares"}, nil},
		{"Vertrauliche Information", "de", []string{"Vertrauliche Informationen", "Vertraulichen Informationen", "Vertraulichen Information"}, nil},
		{"Recht auf Löschung", "de", []string{"Rechte auf Löschung"}, []string{"Recht auf Löschungen"}},
		// French: -s, -x, -aux, invariable -s/-x/-z, agreement up to the preposition.
		{"Utilisateur", "fr", []string{"Utilisateurs"}, []string{"Utilisateurx"}},
		{"Prix", "fr", []string{"Prix"}, []string{"Prixs", "Prixes"}},
		{"Accès", "fr", []string{"Accès"}, []string{"Accèss"}},
		{"Bureau", "fr", []string{"Bureaux"}, nil},
		{"Jeu", "fr", []string{"Jeux"}, nil},
		{"Bijou", "fr", []string{"Bijoux"}, nil},
		{"Journal", "fr", []string{"Journaux"}, nil},
		{"Travail", "fr", []string{"Travaux"}, nil},
		{"Donnée Personnelle", "fr", []string{"Données Personnelles"}, nil},
		{"Prestataire de Services", "fr", []string{"Prestataires de Services"}, []string{"Prestataire de Servicess"}},
		{"Condition Générale d'Utilisation", "fr", []string{"Conditions Générales d'Utilisation"}, []string{"Conditions Générales d'Utilisations"}},
	}
	for _, tt := range tests {
		got := Forms(tt.term, tt.lang)
		if len(got) == 0 || got[0] != tt.term {
			t.Errorf("Forms(%q, %s) does not start with the term: %q", tt.term, tt.lang, got)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Forms(%q, %s) = %q, missing %q", tt.term, tt.lang, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("Forms(%q, %s) = %q, must not contain %q", tt.term, tt.lang, got, n)
			}
		}
	}
}

func TestSingularGermanFrench(t *testing.T) {
	tests := []struct{ in, lang, want string }{
		{"Leistungen", "de", "Leistung"},
		{"Nutzerinnen", "de", "Nutzerin"},
		{"Kunden", "de", "Kunde"},
		{"Verträge", "de", "Vertrag"},
		{"Ansprüche", "de", "Anspruch"},
		{"Parteien", "de", "Partei"},
		{"Ergebnisse", "de", "Ergebnis"},
		{"Vertrag", "de", ""},
		{"Leistung", "de", ""},
		{"Services", "fr", "Service"},
		{"Données Personnelles", "fr", "Donnée Personnelle"},
		{"Bureaux", "fr", "Bureau"},
		{"Journaux", "fr", "Journal"},
		{"Conditions Générales d'Utilisation", "fr", "Condition Générale d'Utilisation"},
		{"Accès", "fr", ""},
		{"Client", "fr", ""},
	}
	for _, tt := range tests {
		if got := Singular(tt.in, tt.lang); got != tt.want {
			t.Errorf("Singular(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}
