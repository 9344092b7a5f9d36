package diff

import (
	"slices"
	"testing"
)

func TestClassify(t *testing.T) {
	c := &classifier{
		renumber: map[string]string{"2.3.15": "2.3.16", "4": "3", "3.5": "3.4"},
		oldTerms: map[string]bool{"Klant": true, "Geïntegreerde": true},
		newTerms: map[string]bool{"Klant": true, "Geïntegreerde": true},
		cues:     map[string]bool{"artikel": true, "zie": true},
	}
	tests := []struct {
		name, old, new string
		editorial      bool
		reasons        []string
	}{
		{"double space", "komen overeen  geen", "komen overeen geen", true, []string{ReasonWhitespace}},
		{"line break", "een\nregel", "een regel", true, []string{ReasonWhitespace}},
		{"words joined", "on line diensten", "online diensten", false, nil},
		{"curly quotes", `de knop "Ik ga akkoord"`, "de knop “Ik ga akkoord”", true, []string{ReasonTypography}},
		{"dash", "vereist - zie", "vereist – zie", true, []string{ReasonTypography}},
		{"capital at sentence start", "tenzij anders bepaald", "Tenzij anders bepaald", true, []string{ReasonCapitalisation}},
		{"capital makes a defined term", "de klant betaalt", "de Klant betaalt", false, nil},
		{"capitals of a term's other words", "Geïntegreerde Applicatie", "Geïntegreerde applicatie", true, []string{ReasonCapitalisation}},
		{"double full stop", "geïnitieerd..", "geïnitieerd.", true, []string{ReasonPunctuation}},
		{"comma", "Tenzij dit schriftelijk", "Tenzij, dit schriftelijk", true, []string{ReasonPunctuation}},
		{"hyphen inside a word", "niet-exclusief recht", "niet exclusief recht", true, []string{ReasonPunctuation}},
		{"percent is not punctuation", "50% korting", "50 korting", false, nil},
		{"decimal comma is part of the number", "1,5 procent", "15 procent", false, nil},
		{"slash is not punctuation", "en/of", "en of", false, nil},
		{"reference renumbered", "zie 2.3.15.", "zie 2.3.16.", true, []string{ReasonRenumbered}},
		{"reference renumbered after a cue", "zie artikel 4 hierboven", "zie artikel 3 hierboven", true, []string{ReasonRenumbered}},
		{"a bare number without a cue is an amount", "binnen 4 weken", "binnen 3 weken", false, nil},
		{"reference changed to another clause", "zie 2.3.15.", "zie 2.3.17.", false, nil},
		{"renumbered and punctuation", "(zie 3.5);", "(zie 3.4).", true, []string{ReasonRenumbered, ReasonPunctuation}},
		{"repeated word", "betaald en en worden", "betaald en worden", true, []string{ReasonRepeatedWord}},
		{"a word removed", "betaald en niet worden", "betaald en worden", false, nil},
		{"number changed", "30 dagen", "60 dagen", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := WordDiff(tt.old, tt.new)
			c.classify(d)
			if d.Substantive() == tt.editorial {
				t.Fatalf("%s: substantive = %v, want %v", redlineOf(d), d.Substantive(), !tt.editorial)
			}
			if got := d.Reasons(); tt.editorial && !slices.Equal(got, tt.reasons) {
				t.Errorf("%s: reasons %v, want %v", redlineOf(d), got, tt.reasons)
			}
		})
	}
}
