package resolve_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// statuteBody is a document with clauses 1, 1.1, 2, 2.1 and 9.1, where the
// text under test stands.
const statuteBody = "# 1. Eins\n\n1.1. Text.\n\n# 2. Zwei\n\n2.1. Text.\n\n# 9. Test\n\n9.1. "

// statutesIn lists the references of clause 9.1 as `kind target "text" url`.
func statutesIn(doc *model.Document) []string {
	var out []string
	for _, r := range doc.References {
		if r.Clause != "9.1" {
			continue
		}
		s := fmt.Sprintf("%s %s %q", r.Kind, r.Target, r.Text)
		if r.URL != "" {
			s += " " + r.URL
		}
		if !r.Resolved {
			s += " ?"
		}
		out = append(out, s)
	}
	return out
}

func linkedOn(t *testing.T, language, effective, text string) *model.Document {
	t.Helper()
	src := "---\nid: acme/terms\ntitle: Terms\npublisher: Acme\nlanguage: " + language +
		"\nversion: \"1\"\npublished: unknown\neffective: " + effective + "\nstatus: draft\n---\n" + statuteBody + text + "\n"
	doc, ds := parse.Parse("case.md", []byte(src))
	if doc == nil || ds.HasErrors() {
		t.Fatalf("parse: %v", ds)
	}
	resolve.Link([]*model.Document{doc})
	return doc
}

const (
	gdprNL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj/nld"
	gdprEN = "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng"
	gdprDE = "https://eur-lex.europa.eu/eli/reg/2016/679/oj/deu"
	gdprFR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj/fra"
	jci    = "https://wetten.overheid.nl/jci1.3:c:"
	gii    = "https://www.gesetze-im-internet.de/"
)

// TestStatuteCitations checks the citation forms of statutes as drafting
// writes them, in four languages, with the article they link to.
func TestStatuteCitations(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		// Dutch: lid and onder between article and act, the civil code by book.
		{"nl", "Zoals bedoeld in artikel 28, derde lid, AVG.", []string{`statute AVG 28 "artikel 28, derde lid, AVG" ` + gdprNL + `#art_28`}},
		{"nl", "Een persoonsgegeven (artikel 4 onder 7 AVG).", []string{`statute AVG 4 "artikel 4 onder 7 AVG" ` + gdprNL + `#art_4`}},
		{"nl", "Op grond van artikel 6, eerste lid, onder f, van de AVG.", []string{`statute AVG 6 "artikel 6, eerste lid, onder f, van de AVG" ` + gdprNL + `#art_6`}},
		{"nl", "Zie art. 6:236 BW.", []string{`statute BW 6:236 "art. 6:236 BW" ` + jci + `BWBR0005289&boek=6&artikel=236`}},
		{"nl", "Conform artikel 6:236 van het Burgerlijk Wetboek.", []string{`statute BW 6:236 "artikel 6:236 van het Burgerlijk Wetboek" ` + jci + `BWBR0005289&boek=6&artikel=236`}},
		{"nl", "Als bedoeld in artikel 61 lid 1 van Boek 7 van het Burgerlijk Wetboek.", []string{`statute BW 7:61 "artikel 61 lid 1 van Boek 7 van het Burgerlijk Wetboek" ` + jci + `BWBR0005290&boek=7&artikel=61`}},
		{"nl", "Zie artikel 8:1 BW.", []string{`statute BW 8:1 "artikel 8:1 BW" ` + jci + `BWBR0005034&boek=8&artikel=1`}},
		{"nl", "Volgens artikel 11.7a van de Telecommunicatiewet.", []string{`statute Tw 11.7a "artikel 11.7a van de Telecommunicatiewet" ` + jci + `BWBR0009950&artikel=11.7a`}},
		{"nl", "Zie artikel 22 UAVG.", []string{`statute UAVG 22 "artikel 22 UAVG" ` + jci + `BWBR0040940&artikel=22`}},
		{"nl", "De Richtlijn 2002/58/EG en richtlijn nr. 2002/21/EG gelden.", []string{
			`statute EU dir 2002/58 "Richtlijn 2002/58/EG" https://eur-lex.europa.eu/eli/dir/2002/58/oj/nld`,
			`statute EU dir 2002/21 "richtlijn nr. 2002/21/EG" https://eur-lex.europa.eu/eli/dir/2002/21/oj/nld`}},
		{"nl", "Artikel 13 van Richtlijn 93/13/EEG.", []string{`statute EU dir 1993/13 13 "Artikel 13 van Richtlijn 93/13/EEG" https://eur-lex.europa.eu/eli/dir/1993/13/oj/nld#art_13`}},
		{"nl", "Verordening (EEG) nr. 2137/85 en verordening (EG) nr. 1211/2009.", []string{
			`statute EU 1985/2137 "Verordening (EEG) nr. 2137/85" https://eur-lex.europa.eu/eli/reg/1985/2137/oj/nld`,
			`statute EU 2009/1211 "verordening (EG) nr. 1211/2009" https://eur-lex.europa.eu/eli/reg/2009/1211/oj/nld`}},
		{"nl", "De artikelen 99, 100 en 107 tot en met 109 van het Wetboek van Burgerlijke Rechtsvordering.", []string{
			`statute Rv 99 "artikelen 99" ` + jci + `BWBR0001827&artikel=99`, `statute Rv 100 "100" ` + jci + `BWBR0001827&artikel=100`,
			`statute Rv 107-109 "107 tot en met 109 van het Wetboek van Burgerlijke Rechtsvordering" ` + jci + `BWBR0001827&artikel=107`}},
		// An act legalkit does not know is kept as text: no reference, no error.
		{"nl", "Zie artikel 7.2.2. van de Wet educatie en beroepsonderwijs en artikel 21, onderdeel c, van die wet.", nil},
		{"nl", "Artikel 41, tweede lid, van de Wet bescherming persoonsgegevens en artikel 13bis, vierde lid, Kaderrichtlijn.", nil},
		{"nl", "Zie artikel 2 van de Mededingingswet.", nil},
		// English.
		{"en", "Under Article 45(2) of the General Data Protection Regulation.", []string{`statute AVG 45 "Article 45(2) of the General Data Protection Regulation" ` + gdprEN + `#art_45`}},
		{"en", "As in Art. 28 GDPR and Article 89 (1) GDPR.", []string{`statute AVG 28 "Art. 28 GDPR" ` + gdprEN + `#art_28`, `statute AVG 89 "Article 89 (1) GDPR" ` + gdprEN + `#art_89`}},
		{"en", "Under Article 6(1)(f) GDPR and Article 22 (1) and (4) GDPR.", []string{`statute AVG 6 "Article 6(1)(f) GDPR" ` + gdprEN + `#art_6`, `statute AVG 22 "Article 22 (1) and (4) GDPR" ` + gdprEN + `#art_22`}},
		{"en", "Article 28(3) of the GDPR applies.", []string{`statute AVG 28 "Article 28(3) of the GDPR" ` + gdprEN + `#art_28`}},
		{"en", "Directive (EU) 2019/770 and Regulation (EU) 2022/2065.", []string{
			`statute EU dir 2019/770 "Directive (EU) 2019/770" https://eur-lex.europa.eu/eli/dir/2019/770/oj/eng`,
			`statute EU 2022/2065 "Regulation (EU) 2022/2065" https://eur-lex.europa.eu/eli/reg/2022/2065/oj/eng`}},
		{"en", "Commission Implementing Decision (EU) 2021/914 and Regulation (EC) No 45/2001.", []string{
			`statute EU dec_impl 2021/914 "Implementing Decision (EU) 2021/914" https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj/eng`,
			`statute EU 2001/45 "Regulation (EC) No 45/2001" https://eur-lex.europa.eu/eli/reg/2001/45/oj/eng`}},
		{"en", "Article 5 of the Data Protection Act 2018 and Article 2 of this Agreement.", []string{`clause 2 "Article 2"`}},
		// German.
		{"de", "Nach Art. 6 Abs. 1 lit. f DSGVO und Art. 6 para. 1 lit. b DSGVO.", []string{
			`statute DSGVO 6 "Art. 6 Abs. 1 lit. f DSGVO" ` + gdprDE + `#art_6`, `statute DSGVO 6 "Art. 6 para. 1 lit. b DSGVO" ` + gdprDE + `#art_6`}},
		{"de", "Es gelten § 312 BGB, § 26 BDSG und § 126 b BGB.", []string{
			`statute BGB 312 "§ 312 BGB" ` + gii + `bgb/__312.html`, `statute BDSG 26 "§ 26 BDSG" ` + gii + `bdsg_2018/__26.html`,
			`statute BGB 126b "§ 126 b BGB" ` + gii + `bgb/__126b.html`}},
		{"de", "Art. 33 und 34 Datenschutz-Grundverordnung; Art. 29 i.V.m. 28 DSGVO.", []string{
			`statute DSGVO 33 "Art. 33" ` + gdprDE + `#art_33`, `statute DSGVO 34 "34 Datenschutz-Grundverordnung" ` + gdprDE + `#art_34`,
			`statute DSGVO 29 "Art. 29" ` + gdprDE + `#art_29`, `statute DSGVO 28 "28 DSGVO" ` + gdprDE + `#art_28`}},
		{"de", "Gemäß § 13 des Bürgerlichen Gesetzbuchs und § 7 Abs. 2 Nr. 1 UWG sowie Art. 28 Abs. 3 DS-GVO.", []string{
			`statute BGB 13 "§ 13 des Bürgerlichen Gesetzbuchs" ` + gii + `bgb/__13.html`,
			`statute UWG 7 "§ 7 Abs. 2 Nr. 1 UWG" ` + gii + `uwg_2004/__7.html`,
			`statute DSGVO 28 "Art. 28 Abs. 3 DS-GVO" ` + gdprDE + `#art_28`}},
		{"de", "Artikel 9 Absatz 1 der Verordnung (EU) 2016/679 und Artikel 13 der Richtlinie 2002/58/EG.", []string{
			`statute EU 2016/679 9 "Artikel 9 Absatz 1 der Verordnung (EU) 2016/679" ` + gdprDE + `#art_9`,
			`statute EU dir 2002/58 13 "Artikel 13 der Richtlinie 2002/58/EG" https://eur-lex.europa.eu/eli/dir/2002/58/oj/deu#art_13`}},
		{"de", "Artikel 3 Absatz 4 Buchstabe b und Absatz 5 der Richtlinie 2000/31/EG; § 29 Abs. 1 des AGB-Gesetzes.", []string{
			`statute EU dir 2000/31 3 "Artikel 3 Absatz 4 Buchstabe b und Absatz 5 der Richtlinie 2000/31/EG" https://eur-lex.europa.eu/eli/dir/2000/31/oj/deu#art_3`}},
		{"de", "§ 5 Nummer 7 des Strafgesetzbuches und § 4 des Unterlassungsklagengesetzes.", []string{
			`statute UKlaG 4 "§ 4 des Unterlassungsklagengesetzes" ` + gii + `uklag/__4.html`}},
		// French: the French codes are recognised but not linked (Légifrance
		// names its articles by internal identifiers).
		{"fr", "Selon l'article 21 du règlement (UE) 2016/679 et l'article 6 du RGPD.", []string{
			`statute EU 2016/679 21 "article 21 du règlement (UE) 2016/679" ` + gdprFR + `#art_21`, `statute RGPD 6 "article 6 du RGPD" ` + gdprFR + `#art_6`}},
		{"fr", "L'article 1103 du Code civil et l'article L. 221-18 du Code de la consommation.", []string{
			`statute Code civil 1103 "article 1103 du Code civil"`, `statute Code de la consommation L.221-18 "article L. 221-18 du Code de la consommation"`}},
		{"fr", "La directive 2002/58/CE et l'article 6.1.f du RGPD.", []string{
			`statute EU dir 2002/58 "directive 2002/58/CE" https://eur-lex.europa.eu/eli/dir/2002/58/oj/fra`,
			`statute RGPD 6.1 "article 6.1.f du RGPD" ` + gdprFR + `#art_6`}},
		{"fr", "Voir l'article 12 de la loi n° 78-17 du 6 janvier 1978.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.text, func(t *testing.T) {
			got := statutesIn(linkedOn(t, tt.lang, "unknown", tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("references in %q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestStatutePinnedToDate checks that links to Dutch statutes show the law
// as it was on the version's effective date; EU and German links are not
// dated (EUR-Lex's ELI names the act as published).
func TestStatutePinnedToDate(t *testing.T) {
	doc := linkedOn(t, "nl", "2018-04-18", "Zie art. 7:404 BW, artikel 11.7a Tw en artikel 32 AVG.")
	got := statutesIn(doc)
	want := []string{
		`statute BW 7:404 "art. 7:404 BW" ` + jci + `BWBR0005290&boek=7&artikel=404&z=2018-04-18&g=2018-04-18`,
		`statute Tw 11.7a "artikel 11.7a Tw" ` + jci + `BWBR0009950&artikel=11.7a&z=2018-04-18&g=2018-04-18`,
		`statute AVG 32 "artikel 32 AVG" ` + gdprNL + `#art_32`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
}

// TestStatuteNotAClauseReference checks that the article number of a law
// is never read as a reference to the document's own clause: clause 2.1
// exists, yet "artikel 2.1 van de Wet milieubeheer" is about that act.
func TestStatuteNotAClauseReference(t *testing.T) {
	doc := linkedOn(t, "nl", "unknown", "Zie artikel 2.1 van de Wet milieubeheer en artikel 2.1.")
	got := statutesIn(doc)
	want := []string{`clause 2.1 "artikel 2.1"`}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
	for _, r := range doc.References {
		if strings.Contains(r.Text, "milieubeheer") {
			t.Errorf("an unknown act became a reference: %+v", r)
		}
	}
}
