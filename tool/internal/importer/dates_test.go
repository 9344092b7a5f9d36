package importer

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

func TestFindDates(t *testing.T) {
	const P, E = lang.DatePublished, lang.DateEffective
	tests := []struct {
		text string
		role lang.DateRole
		date string // "" when no date may be found
	}{
		{"Effective date: April 27, 2026", E, "2026-04-27"},
		{"**Effective Date:** April 27, 2026", E, "2026-04-27"},
		{"Effective May 4, 2026", E, "2026-05-04"},
		{"Last updated June 10, 2025", P, "2025-06-10"},
		{"Last Updated: March 26th, 2014", P, "2014-03-26"},
		{"last amended on November 21th, 2016", P, "2016-11-21"},
		{"Laatst gewijzigd op 27 april 2026", P, "2026-04-27"},
		{"Laatst bij gewerkt op dinsdag 10 juni 2025", P, "2025-06-10"},
		{"gepubliceerd: 18.04.2018", P, "2018-04-18"},
		{"Ingangsdatum: 1 januari 2021", E, "2021-01-01"},
		{"*Van kracht vanaf 28 september 2017*", E, "2017-09-28"},
		{"Stand: 01.02.2019", P, "2019-02-01"},
		{"Gültig ab Mittwoch, 1. April 2020", E, "2020-04-01"},
		{"Gültig ab 27. April 2026", E, "2026-04-27"},
		{"Zuletzt aktualisiert am Dienstag, 10. Juni 2025", P, "2025-06-10"},
		{"Dernière mise à jour le 26 mars 2014.", P, "2014-03-26"},
		{"Dernière mise à jour : mercredi 1er avril 2020", P, "2020-04-01"},
		{"En vigueur le 27 avril 2026", E, "2026-04-27"},
		{"Date d’effet : mardi 10 juin 2025", E, "2025-06-10"},
		{"Published 2026-04-27", P, "2026-04-27"},
		// Not a date the text states about itself, or not a date at all.
		{"the effective date of such changes", E, ""},
		{"changes take effect at the effective date at the top of this page.", E, ""},
		{"Effective date: 31 June 2026", E, ""},
		{"Effective date: April 2026", E, ""},
		{"Effective date: 2026-04-015", E, ""},
		{"September 9, 2020", P, ""},
		{"ineffective 27 April 2026", E, ""},
	}
	for _, tt := range tests {
		got := findDates([]byte("Intro.\n\n" + tt.text + "\n"))
		if tt.date == "" {
			if len(got) != 0 {
				t.Errorf("%q: found %v, want no date", tt.text, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Date.String() != tt.date || got[0].Role != tt.role {
			t.Errorf("%q: found %+v, want %s (role %d)", tt.text, got, tt.date, tt.role)
			continue
		}
		if got[0].Pos.Line != 3 {
			t.Errorf("%q: at line %d, want 3", tt.text, got[0].Pos.Line)
		}
	}
}

func TestFindDatesColumnCountsCharacters(t *testing.T) {
	got := findDates([]byte("Één: Ingangsdatum 1 mei 2020"))
	if len(got) != 1 || got[0].Pos.Col != 6 {
		t.Fatalf("got %+v, want one date at column 6", got)
	}
}
