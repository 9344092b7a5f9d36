package lang

import "testing"

func TestStatuteURL(t *testing.T) {
	for _, tt := range []struct {
		p    Provision
		want string
	}{
		{Provision{ID: "AVG", Article: "45", Language: "nl"}, "https://eur-lex.europa.eu/eli/reg/2016/679/oj/nld#art_45"},
		{Provision{ID: "AVG", Article: "32-36", Language: "en"}, "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_32"},
		{Provision{ID: "AVG", Article: "V", Chapter: true, Language: "nl"}, "https://eur-lex.europa.eu/eli/reg/2016/679/oj/nld"},
		{Provision{ID: "DSGVO", Article: "6", Language: "de"}, "https://eur-lex.europa.eu/eli/reg/2016/679/oj/deu#art_6"},
		{Provision{ID: "RGPD", Article: "6.1", Language: "fr"}, "https://eur-lex.europa.eu/eli/reg/2016/679/oj/fra#art_6"},
		{Provision{ID: "AVG", Article: "6", Language: "xx"}, "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_6"},
		{Provision{ID: "BW", Article: "7:404"}, "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=404"},
		{Provision{ID: "BW", Article: "6:248", Date: "2018-04-18"}, "https://wetten.overheid.nl/jci1.3:c:BWBR0005289&boek=6&artikel=248&z=2018-04-18&g=2018-04-18"},
		{Provision{ID: "BW", Article: "7a:1576"}, "https://wetten.overheid.nl/jci1.3:c:BWBR0006000&boek=7A&artikel=1576"},
		{Provision{ID: "BW", Article: "404"}, ""}, // no book: which article is meant is unknown
		{Provision{ID: "BW", Article: "9:1"}, ""}, // there is no Book 9
		{Provision{ID: "UAVG"}, "https://wetten.overheid.nl/BWBR0040940"},
		{Provision{ID: "Tw", Article: "11.7a"}, "https://wetten.overheid.nl/jci1.3:c:BWBR0009950&artikel=11.7a"},
		{Provision{ID: "BGB", Article: "312"}, "https://www.gesetze-im-internet.de/bgb/__312.html"},
		{Provision{ID: "BGB", Article: "126b"}, "https://www.gesetze-im-internet.de/bgb/__126b.html"},
		{Provision{ID: "BDSG", Article: "26"}, "https://www.gesetze-im-internet.de/bdsg_2018/__26.html"},
		{Provision{ID: "TTDSG", Article: "25"}, "https://www.gesetze-im-internet.de/ttdsg/__25.html"},
		{Provision{ID: "GG", Article: "5"}, "https://www.gesetze-im-internet.de/gg/art_5.html"},
		{Provision{ID: "Code civil", Article: "1103"}, ""},
		{Provision{ID: "Unknown", Article: "1"}, ""},
		{Provision{EU: EUAct{"dir", 2002, 58}, Article: "13", Language: "nl"}, "https://eur-lex.europa.eu/eli/dir/2002/58/oj/nld#art_13"},
	} {
		if got := StatuteURL(tt.p); got != tt.want {
			t.Errorf("StatuteURL(%+v) = %s, want %s", tt.p, got, tt.want)
		}
	}
}

func TestParseEUAct(t *testing.T) {
	for _, tt := range []struct {
		kind, a, b string
		want       string // ELI, or "" when not an act
	}{
		{"", "2016", "679", "reg/2016/679"},
		{"Verordening", "2016", "679", "reg/2016/679"},
		{"Regulation", "45", "2001", "reg/2001/45"},     // before 2015: number/year
		{"Verordnung", "2006", "2004", "reg/2004/2006"}, // "(EG) Nr. 2006/2004"
		{"verordening", "2137", "85", "reg/1985/2137"},  // two-digit year
		{"Regulation", "2015", "2120", "reg/2015/2120"}, // from 2015: year/number
		{"Richtlijn", "2002", "58", "dir/2002/58"},      // directives: year/number
		{"Richtlinie", "93", "13", "dir/1993/13"},       // two-digit year
		{"Directive", "2019", "770", "dir/2019/770"},    //
		{"Implementing Decision", "2021", "914", "dec_impl/2021/914"},
		{"Durchführungsbeschluss", "2021", "914", "dec_impl/2021/914"},
		{"décision d'exécution", "2021", "914", "dec_impl/2021/914"},
		{"Delegated Regulation", "2019", "980", "reg_del/2019/980"},
		{"Richtlijn", "1234", "58", ""}, // no such year
		{"Richtlijn", "0", "58", ""},
	} {
		act, ok := ParseEUAct(tt.kind, tt.a, tt.b)
		got := ""
		if ok {
			got = act.ELI()
		}
		if got != tt.want {
			t.Errorf("ParseEUAct(%q, %s, %s) = %q, want %q", tt.kind, tt.a, tt.b, got, tt.want)
		}
	}
}
