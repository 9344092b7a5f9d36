package diff

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"zie 4.6.1.", []string{"zie", " ", "4.6.1", "."}},
		{"EUR 1.250.000,50", []string{"EUR", " ", "1.250.000,50"}},
		{"art. 7:404 BW", []string{"art", ".", " ", "7:404", " ", "BW"}},
		{"de Visma-groep en API's", []string{"de", " ", "Visma-groep", " ", "en", " ", "API's"}},
		{"Appendix A.1 en A.", []string{"Appendix", " ", "A.1", " ", "en", " ", "A", "."}},
		{"(gebruiks)voorwaarden", []string{"(", "gebruiks", ")", "voorwaarden"}},
		{"„as is”  –\tgeïnitieerd..", []string{"„", "as", " ", "is", "”", "  ", "–", "\t", "geïnitieerd", ".", "."}},
		{"en/of 50%", []string{"en", "/", "of", " ", "50", "%"}},
		{"3.2.2 i)", []string{"3.2.2", " ", "i", ")"}},
		{"e-mail-", []string{"e-mail", "-"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := tokenize(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.Join(got, "") != tt.in {
			t.Errorf("tokens of %q do not rebuild it", tt.in)
		}
	}
}

func TestIsNumberToken(t *testing.T) {
	for tok, want := range map[string]bool{"4": true, "4.6.1": true, "A.1": true, "1.000": true, "7:404": true,
		"A": false, "a.1": false, "4a": false, "Klant": false, "": false} {
		if got := isNumberToken(tok); got != want {
			t.Errorf("isNumberToken(%q) = %v, want %v", tok, got, want)
		}
	}
}
