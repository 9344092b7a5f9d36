package resolve_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestForeignLists checks references into another text that legalkit
// reads only at the end of a list or a sentence, in the forms laws and
// contracts coordinate them: "artikel X, eerste lid, of artikel Y, van de
// Wet Z", "die §§ 59 und 60 Absatz 1, die §§ 78 … des Gesetzes", a name
// wrapped onto the next line, a non-breaking space, emphasis. Such a
// reference is never this document's clause; when legalkit cannot tell
// where the list ends, an unresolved one is doubtful (a warning).
func TestForeignLists(t *testing.T) {
	tests := []refCase{
		{"nl", "Krachtens artikel 35c, eerste lid, of artikel 35d, eerste lid, van de Wet op de ondernemingsraden.", nil},
		{"nl", "Op grond van artikel 126n of artikel 126na, dan wel artikel 126u, van het Wetboek van Strafvordering.", []string{`clause 126n "artikel 126n" ?~`}},
		{"nl", "Ingevolge artikel 383, zevende lid, dan wel artikel 435, zevende lid, van Boek 1 van het Burgerlijk Wetboek.",
			[]string{`statute BW 1:435 "artikel 435, zevende lid, van Boek 1 van het Burgerlijk Wetboek"`}},
		{"nl", "De leden 2 en 4 van artikel 11 van Boek 6 zijn van toepassing.", nil},
		{"nl", "Zoals omschreven in artikel 1 van de notificatierichtlijn.", nil},
		{"nl", "Als bedoeld in artikel\u00a040, onderdeel b, van de Wet bescherming persoonsgegevens.", nil},
		{"nl", "Als bedoeld in artikel 142, eerste lid, van het wetboek van Strafvordering.", nil},
		{"nl", "In verzuim krachtens artikel 83 onder *b* van Boek 6.", []string{`clause 83 "artikel 83" ?~`}},
		{"nl", "Een elektronische handtekening als bedoeld in artikel 15a, vierde lid, van Titel 1, afdeling 1A van Boek 3 van het Burgerlijk Wetboek.", []string{`item 15a.4 "artikel 15a, vierde lid" ?~`}},
		{"nl", "Het bepaalde bij de artikelen 13c, 13g, met dien verstande dat in het eerste lid, onderdeel a, een zin vervalt, 13j, 13k, met uitzondering van het zevende lid, en 13y van de Wet op de telecommunicatievoorzieningen blijft gelden.",
			[]string{`clause 13c "artikelen 13c" ?~`, `clause 13g "13g" ?~`, `item 9.1 "het eerste lid" ?~`, `item 9.7 "het zevende lid" ?~`}},
		{"de", "Es gelten die §§ 59 und 60 Absatz 1, die §§ 78, 79 Absatz 2 und 3 sowie § 80 des\nBeispielgesetzes.", nil},
		{"de", "Es gelten die §§ 93, 97 und 105 Absatz 1, § 111 Absatz 5 in Verbindung mit § 105 Absatz 1 sowie § 116 Absatz 1 der Abgabenordnung.", []string{`statute AO 116 "§ 116 Absatz 1 der Abgabenordnung"`}},
		{"de", "Die Frage wird nach Artikel 267 des Vertrags über die Arbeitsweise der Europäischen Union vorgelegt.", nil},
		{"de", "Aus einem der in Artikel 21 der Charta der Grundrechte genannten Gründe.", nil},
		{"de", "Art. 20 G v. 23.6.2021 I 1858 ist berücksichtigt.", nil},
		// Historical text: an article as it read before.
		{"nl", "Een aanvraag als bedoeld in de artikelen 3.11, vierde lid, of 6.3, zoals deze luidden voor 1 januari 2004.",
			[]string{`item 3.11.4 "artikelen 3.11, vierde lid" ?~`}},
	}
	runRefCases(t, tests, inArticle)
}

// TestParagraphListsOfAnArticle checks paragraphs and parts that continue
// the article named before them in a list: they are that article's, never
// the paragraphs of the article they stand in.
func TestParagraphListsOfAnArticle(t *testing.T) {
	tests := []refCase{
		{"nl", "Zie de artikelen 7, 10, eerste, tweede lid, derde lid, en 13 van deze wet.",
			[]string{`clause 7 "artikelen 7"`, `item 10.1 "10, eerste, tweede lid"`, `item 10.3 "derde lid"`}},
		{"nl", "De artikelen 10, tweede lid, onder d, derde lid, onder c, en 2.2, derde lid, gelden.",
			[]string{`item 10.2 "artikelen 10, tweede lid, onder d"`, `item 10.3 "derde lid"`, `clause 2.2 "2.2"`}},
		{"de", "Entgegen § 10 Abs. 1 oder § 2.2 Abs. 1 Satz 1 oder Abs. 3 Satz 1.",
			[]string{`item 10.1 "§ 10 Abs. 1"`, `item 2.2.1 "§ 2.2 Abs. 1"`, `item 2.2.3 "Abs. 3"`}},
		{"nl", "Afwijking van lid 1 en van artikel 170 lid 3 van Boek 6 is nietig.",
			[]string{`item 9.1 "lid 1"`}},
		{"nl", "Artikel 10 en het derde lid zijn van overeenkomstige toepassing.",
			[]string{`clause 10 "Artikel 10"`, `item 9.3 "het derde lid"`}},
		{"nl", "Zie artikel 10 lid 1 en de leden 1 tot en met 3 van dit artikel.",
			[]string{`item 10.1 "artikel 10 lid 1"`, `item 9.1 "leden 1"`, `item 9.3 "3"`}},
	}
	runRefCases(t, tests, inParagraph)
}

// TestSentenceDoubts checks why legalkit is unsure of an unresolved
// reference: the text its sentence names, the provision as it read
// before, a provision not in force yet; and that a reference said to be
// this document's stays an error.
func TestSentenceDoubts(t *testing.T) {
	tests := []struct {
		lang, body, doubt string
	}{
		{"nl", articles + "Krachtens artikel 44, met uitzondering van het eerste lid, alsmede de regels van de Wet op de ondernemingsraden.\n",
			"the sentence goes on to name another text, Wet op de ondernemingsraden, which the reference may belong to"},
		{"nl", articles + "Een aanvraag als bedoeld in artikel 44, zoals dit luidde voor 1 januari 2004.\n",
			"the sentence names the provision as it read before, and it may no longer exist"},
		{"nl", articles + "Treedt in werking op een nader te bepalen tijdstip\n\nIndien voor artikel 44 een besluit is genomen.\n",
			"the provision it stands in is not in force yet, and what it names may come with it"},
		{"nl", articles + "Zie artikel 16 van deze wet en artikel 3 van de Wet op de ondernemingsraden.\n", ""},
		{"en", articles + "See Section 16 of this Agreement and Section 3 of the Privacy Policy.\n", ""},
		{"en", articles + "Clause 17 of the SCCs: Option 1 applies; for Clause 44(a), Option 2 applies.\n",
			"the sentence names another text before it, SCCs, which the reference may belong to"},
		{"en", articles + "Table 4 of the UK Addendum is modified as per Section 44.\n",
			"the sentence names another text before it, UK Addendum, which the reference may belong to"},
		{"en", articles + "Guidance of the Article 44 Working Party applies.\n",
			"capitalised words follow it, and \"Article 44 Working Party\" may be a name, not a reference"},
		{"en", articles + "Our website meets Section 508 and WCAG 2.1 AA.\n",
			"the document has no clause numbered anywhere near 508, which may be another text's"},
		// a reference to this document between them: the name is not this one's
		{"en", articles + "Under Article 28 of the GDPR and Section 7.1, Section 16 applies.\n", ""},
	}
	for _, tt := range tests {
		doc := linked(t, tt.lang, tt.body)
		var got []string
		for _, r := range doc.References {
			if r.Clause == "9" && !r.Resolved {
				got = append(got, r.DoubtText())
			}
		}
		if len(got) == 0 || got[0] != tt.doubt {
			t.Errorf("%s: doubts %q, want first %q", strings.TrimPrefix(tt.body, articles), got, tt.doubt)
		}
	}
}

// TestHeadingOwnNumbers checks that a heading's own numbers are no
// references, after a bracketed remark too: "(XXXX) §§ 17 bis 19
// (weggefallen)" heads repealed sections.
func TestHeadingOwnNumbers(t *testing.T) {
	doc := linked(t, "de", "# Gesetz\n\n## § 1 Eins\n\nText.\n\n## (XXXX) §§ 17 bis 19 (weggefallen)\n\n## § 20 Zwanzig\n\nNach § 1.\n")
	var got []string
	for _, r := range doc.References {
		got = append(got, r.Text)
	}
	if !slices.Equal(got, []string{"§ 1"}) {
		t.Errorf("references %q, want only \"§ 1\"", got)
	}
}

// TestParagraphListsOfAnArticleTricky checks lists whose numbers are
// paragraphs, not articles: "§ 6 Absatz 4, 5 Satz 2 und Absatz 6", "artikel
// 10, leden 1 tot en met 2 alsmede lid 3".
func TestParagraphListsOfAnArticleTricky(t *testing.T) {
	tests := []refCase{
		{"de", "Es gilt § 10 Absatz 1, 2 Satz 2 und Absatz 3.",
			[]string{`item 10.1 "§ 10 Absatz 1"`, `item 10.2 "2"`, `item 10.3 "Absatz 3"`}},
		{"nl", "Van toepassing zijn artikel 10, leden 1 tot en met 2 alsmede lid 3.",
			[]string{`item 10.1 "artikel 10, leden 1"`, `item 10.2 "2"`, `item 10.3 "lid 3"`}},
	}
	runRefCases(t, tests, inParagraph)
}

// TestSectionsOfOtherParts checks sections of an exhibit or schedule and
// of terms named after the reference: never this document's clause.
func TestSectionsOfOtherParts(t *testing.T) {
	tests := []refCase{
		{"en", "As set out in Section 3 of Exhibit A.", []string{`document Exhibit A "Exhibit A" ?`}},
		{"nl", "Zie artikel 5 van de Algemene Voorwaarden van Leverancier.", nil},
		{"nl", "Op grond van artikel 7 van de Europese richtlijn 2011/83/EU.", []string{`statute EU dir 2011/83 "richtlijn 2011/83/EU"`}},
		{"de", "Gemäß Ziffer 3 der Allgemeinen Geschäftsbedingungen des Anbieters.", nil},
	}
	runRefCases(t, tests, inArticle)
}

// TestAgreementByItsMainWord checks "of the Agreement" in a Data
// Processing Agreement: it may be the main agreement, so a section that
// this document lacks is doubtful; in the Agreement itself it is not.
func TestAgreementByItsMainWord(t *testing.T) {
	for _, tt := range []struct{ title, doubt string }{
		{"Data Processing Agreement", "the words after it, \"of the Agreement\", may name another document than this one"},
		{"Agreement", ""},
	} {
		src := strings.Replace(string(testutil.Source("en", "# 1. Scope\n\nLiability is governed by Section 44 of the Agreement.\n")), "title: Terms", "title: "+tt.title, 1)
		doc, _ := parse.Parse("case.md", []byte(src))
		resolve.Link([]*model.Document{doc})
		if len(doc.References) != 1 || doc.References[0].Resolved {
			t.Fatalf("%s: references %v, want one unresolved", tt.title, doc.References)
		}
		r := doc.References[0]
		if got := r.DoubtText(); got != tt.doubt {
			t.Errorf("%s: doubt %q, want %q", tt.title, got, tt.doubt)
		}
	}
}

// TestFrenchFirstArticle: "Article 1er" heads article 1, and "l'article
// 1er" refers to it.
func TestFrenchFirstArticle(t *testing.T) {
	doc := linked(t, "fr", "# Article 1er – Objet\n\nTexte.\n\n# Article 2 – Prix\n\nVoir l'article 1er et l'article 2.\n")
	var got []string
	for _, r := range doc.References {
		got = append(got, fmt.Sprintf("%s %s %q %v", r.Kind, r.Target, r.Text, r.Resolved))
	}
	want := []string{`clause 1 "l'article 1er" true`, `clause 2 "l'article 2" true`}
	if !slices.Equal(got, want) {
		t.Errorf("references %q, want %q", got, want)
	}
}

// TestNoDoubtFromEmphasisAlone: text in emphasis after a reference that
// names no other text leaves an unresolved reference an error.
func TestNoDoubtFromEmphasisAlone(t *testing.T) {
	doc := linked(t, "nl", articles+"Zie artikel 16 en *let op* de termijn.\n")
	for _, r := range doc.References {
		if r.Text == "artikel 16" && (r.Resolved || r.Doubt != "") {
			t.Errorf("artikel 16: resolved %v, doubt %q; want an unresolved reference without doubt", r.Resolved, r.Doubt)
		}
	}
}

// TestSectionOfThisSchedule: "Section 3 of Schedule 2" in the schedule
// itself is its own section.
func TestSectionOfThisSchedule(t *testing.T) {
	src := strings.Replace(string(testutil.Source("en", "# 1. Scope\n\nText.\n\n# 2. Levels\n\nAs in Section 1 of Schedule 2.\n")), "title: Terms", "title: Schedule 2 – Support", 1)
	doc, _ := parse.Parse("case.md", []byte(src))
	resolve.Link([]*model.Document{doc})
	if len(doc.References) == 0 || doc.References[0].Text != "Section 1" || !doc.References[0].Resolved {
		t.Errorf("first reference %+v, want Section 1 resolved in this schedule", doc.References)
	}
}
