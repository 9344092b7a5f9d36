package lang

import (
	"slices"
	"testing"
)

// TestInflectedForms: the forms a reader takes for the term in each
// language: adjectives that inflect with the noun, plurals, possessives.
func TestInflectedForms(t *testing.T) {
	tests := []struct {
		term, lang string
		want       []string
		not        []string
	}{
		{"Intellectuele Eigendomsrecht", "nl", []string{"Intellectueel Eigendomsrecht", "Intellectuele Eigendomsrechten", "Intellectueel Eigendomsrechten"}, nil},
		{"Intellectueel Eigendomsrecht", "nl", []string{"Intellectuele Eigendomsrecht", "Intellectuele Eigendomsrechten"}, nil},
		{"Algemene Voorwaarden", "nl", []string{"Algemeen Voorwaarden"}, nil},
		{"Vertrouwelijke Informatie", "nl", []string{"Vertrouwelijk Informatie"}, nil},
		{"Gevoelige Gegevens", "nl", []string{"Gevoelig Gegevens"}, nil},
		{"Kamer van Koophandel", "nl", []string{"Kamers van Koophandel"}, []string{"Kamer vann Koophandel"}},
		{"Standard Terms", "en", []string{"Standard Terms’s", "Standard Term"}, []string{"Standard Termss"}},
		{"Customer", "en", []string{"Customer's", "Customer’s", "Customers", "Customers’"}, nil},
		{"Vertrag", "de", []string{"Verträge", "Vertrages"}, nil},
		{"Anbieter", "de", []string{"Anbietern", "Anbieters"}, nil},
		{"Bedingung", "de", []string{"Bedingungen"}, nil},
		{"Vertrauliche Information", "de", []string{"Vertraulichen Informationen", "Vertrauliche Informationen"}, nil},
		{"Partie indemnisée", "fr", []string{"Parties indemnisées"}, nil},
		{"Parties indemnisées", "fr", []string{"Partie indemnisée"}, []string{"Partiess indemnisées"}},
		{"Condition d'utilisation", "fr", []string{"Conditions d'utilisation"}, []string{"Conditions d'utilisations"}},
		{"Réseau", "fr", []string{"Réseaux"}, nil},
	}
	for _, tt := range tests {
		got := Forms(tt.term, tt.lang)
		if s := Singular(tt.term, tt.lang); s != "" {
			got = append(got, Forms(s, tt.lang)...)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("forms of %q (%s) = %q, missing %q", tt.term, tt.lang, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("forms of %q (%s) = %q, must not contain %q", tt.term, tt.lang, got, n)
			}
		}
	}
}
