package lang

import (
	"slices"
	"testing"
)

func TestForms(t *testing.T) {
	tests := []struct {
		term, lang string
		want       []string // forms that must be produced
		not        []string // forms that must not
	}{
		{"Partij", "nl", []string{"Partij", "Partijen"}, []string{"Partijjen"}},
		{"Vergoeding", "nl", []string{"Vergoedingen"}, nil},
		{"Gebruiker", "nl", []string{"Gebruikers"}, nil},
		{"Module", "nl", []string{"Modules", "Modulen"}, nil},
		{"API", "nl", []string{"API's", "API’s"}, nil},
		{"Boekhoudkantoor", "nl", []string{"Boekhoudkantoren"}, nil},
		{"Cliënt", "nl", []string{"Cliënten"}, nil},
		{"Categorie", "nl", []string{"Categorieën"}, nil},
		{"Bedrijf", "nl", []string{"Bedrijven"}, nil},
		{"Mogelijkheid", "nl", []string{"Mogelijkheden"}, nil},
		{"Geïntegreerde applicatie", "nl", []string{"Geïntegreerde applicaties"}, nil},
		{"Documentatie van de Software", "nl", []string{"Documentaties van de Software"}, []string{"Documentatie van de Softwares"}},
		{"Visma API", "nl", []string{"Visma API's"}, nil},
		{"Party", "en", []string{"Parties"}, []string{"Partyen"}},
		{"Service", "en", []string{"Services"}, nil},
		{"Business", "en", []string{"Businesses"}, nil},
		{"Statement of Work", "en", []string{"Statements of Work"}, nil},
	}
	for _, tt := range tests {
		got := Forms(tt.term, tt.lang)
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
		if got[0] != tt.term {
			t.Errorf("Forms(%q) does not start with the term itself: %q", tt.term, got)
		}
	}
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{"Derdencomponenten": "Derdencomponent", "Diensten": "Dienst", "Bussen": "Bus", "Klant": ""} {
		if got := Singular(in, "nl"); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Singular("Parties", "en"); got != "Party" {
		t.Errorf("Singular(Parties) = %q", got)
	}
}

func TestFormatDate(t *testing.T) {
	if got := FormatDate(2018, 4, 18, "nl"); got != "18 april 2018" {
		t.Errorf("nl: %q", got)
	}
	if got := FormatDate(2018, 4, 18, "en"); got != "18 April 2018" {
		t.Errorf("en: %q", got)
	}
	if got := FormatDate(0, 0, 0, "nl"); got != "onbekend" {
		t.Errorf("unknown nl: %q", got)
	}
}
