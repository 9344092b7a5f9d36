package model

import "testing"

func TestParseDate(t *testing.T) {
	d, err := ParseDate("2018-04-18")
	if err != nil || d.String() != "2018-04-18" || !d.Known() {
		t.Errorf("ParseDate(2018-04-18) = %v, %v", d, err)
	}
	u, err := ParseDate("unknown")
	if err != nil || u.Known() || u.String() != "unknown" {
		t.Errorf("ParseDate(unknown) = %v, %v", u, err)
	}
	for _, bad := range []string{"18.04.2018", "2018-02-30", "", "soon"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q): no error", bad)
		}
	}
	if !d.Before(u) || u.Before(d) {
		t.Error("unknown dates must sort after known ones")
	}
}

func TestPeriodAddTo(t *testing.T) {
	d, _ := ParseDate("2024-01-31")
	for _, tt := range []struct {
		p    Period
		want string
	}{
		{Period{30, Days, "30 dagen"}, "2024-03-01"},
		{Period{2, Weeks, "2 weken"}, "2024-02-14"},
		{Period{1, Months, "1 maand"}, "2024-03-02"}, // Go's AddDate normalises 31 February
	} {
		if got := tt.p.AddTo(d).String(); got != tt.want {
			t.Errorf("%s after %s = %s, want %s", tt.p.Text, d, got, tt.want)
		}
	}
}

func TestSlugAndAnchors(t *testing.T) {
	for in, want := range map[string]string{
		"Geïntegreerde applicatie":                    "geintegreerde-applicatie",
		"API-verificatiegegevens":                     "api-verificatiegegevens",
		"Bijzondere categorieën van persoonsgegevens": "bijzondere-categorieen-van-persoonsgegevens",
		"  Definities  ":                              "definities",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	if ClauseAnchor("1.2.4.") != "1.2.4" || ItemAnchor("3.2.1", "a", 0) != "3.2.1.a" || ItemAnchor("3.3.1", "", 2) != "3.3.1-2" {
		t.Error("anchors do not follow the documented forms")
	}
}

func TestNextDigits(t *testing.T) {
	for n, want := range map[string]string{"0": "1", "9": "10", "19": "20", "099": "100", "99999999999999999999": "100000000000000000000"} {
		if got := NextDigits(n); got != want {
			t.Errorf("NextDigits(%q) = %q, want %q", n, got, want)
		}
	}
}
