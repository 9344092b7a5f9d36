package resolve_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// articles is a document in the shape of a law or of contracts written
// like one: articles whose paragraphs (leden) are numbered list items, one
// with lettered parts, and clauses numbered 7.1 and 7.2. Each case adds
// its text as article 9, or as a paragraph of article 9 (which has three).
const articles = `# Artikel 1

1. Een.

2. Twee.

# Artikel 2

Inleiding.

## 2.2 Titel

1. Een.

2. Twee.

3. Drie.

# Artikel 3

a. Een.

b. Twee.

c. Drie.

# Artikel 7

7.1. Een.

7.2. Twee.

# Artikel 10

1. Een.

2. Twee.

3. Drie.

# Artikel 13

13.1. Een.

13.2. Twee.

# Artikel 15

Tekst.

# Artikel 9

`

// refsOf lists the references of the clause with the given anchor and its
// items as "kind target" (with "?" when unresolved, "~" when doubtful) and
// their text.
func refsOf(doc *model.Document, anchor string) []string {
	var out []string
	for _, r := range doc.References {
		if r.Clause != anchor {
			continue
		}
		s := fmt.Sprintf("%s %s %q", r.Kind, r.Target, r.Text)
		if !r.Resolved {
			s += " ?"
			if r.Doubt != "" {
				s += "~"
			}
		}
		out = append(out, s)
	}
	return out
}

// refCase is a text and the references of clause 9 it must give.
type refCase struct {
	lang, text string
	want       []string
}

// inArticle adds a text as article 9 of articles; inParagraph as the
// second of its three paragraphs.
func inArticle(text string) string   { return articles + text + "\n" }
func inParagraph(text string) string { return articles + "1. Een.\n\n2. " + text + "\n\n3. Drie.\n" }

// runRefCases checks the references of clause 9 for each case, its text
// placed in the document by body.
func runRefCases(t *testing.T, tests []refCase, body func(string) string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.text, func(t *testing.T) {
			got := refsOf(linked(t, tt.lang, body(tt.text)), "9")
			if !slices.Equal(got, tt.want) {
				t.Errorf("references in %q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestReferenceForms checks the forms in which documents by other authors
// refer to articles, their paragraphs and parts, in four languages.
func TestReferenceForms(t *testing.T) {
	tests := []refCase{
		// Dutch: a paragraph of a named article, by number or ordinal.
		{"nl", "Zie artikel 10, tweede en derde lid.", []string{`item 10.2 "artikel 10, tweede en derde lid"`}},
		{"nl", "Zie artikel 10 lid 2 en 3.", []string{`item 10.2 "artikel 10 lid 2"`, `item 10.3 "3"`}},
		{"nl", "Zie artikel 2.2 lid 3.", []string{`item 2.2.3 "artikel 2.2 lid 3"`}},
		{"nl", "Zie lid 3 van artikel 2.2.", []string{`item 2.2.3 "lid 3 van artikel 2.2"`}},
		{"nl", "Zie artikel 3, onderdeel c.", []string{`item 3.c "artikel 3, onderdeel c"`}},
		{"nl", "Zoals artikel 10, eerste lid, bepaalt.", []string{`item 10.1 "artikel 10, eerste lid"`}},
		{"nl", "De leden 1 en 2 van artikel 10 gelden.", []string{`item 10.1 "leden 1"`, `item 10.2 "2"`, `clause 10 "artikel 10"`}},
		// Articles numbered with a letter: this document has none that
		// legalkit read, so it may have missed them (a doubt, a warning).
		{"nl", "Volgens de artikelen 50g lid 1 en 50h.", []string{`item 50g.1 "artikelen 50g lid 1" ?~`, `clause 50h "50h" ?~`}},
		// A paragraph of an article that has none the document shows: the
		// link leads to the article.
		{"nl", "Zie artikel 15 lid 2.", []string{`clause 15 "artikel 15 lid 2"`}},
		// A paragraph the article does not have is an error.
		{"nl", "Zie artikel 10 lid 7.", []string{`item 10.7 "artikel 10 lid 7" ?`}},
		// Another text: never this document's article.
		{"nl", "Artikel 10 van de Tabakswet geldt.", nil},
		// The directive is a known EU act: a statute reference; Boek 7 is
		// another text, kept as text.
		{"nl", "Zie artikel 1 van Richtlijn 89/552/EEG en artikel 2 van Boek 7.", []string{`statute EU dir 1989/552 1 "artikel 1 van Richtlijn 89/552/EEG"`}},
		{"nl", "Zie artikel 3 van titel 5 van Boek 6.", nil},
		{"nl", "De artikelen 1 en 2 van de Faillissementswet.", nil},
		{"nl", "Artikel 2 van de Participatiewet, en artikel 13 van die wet.", nil},
		{"nl", "Artikel 90 lid 1 of artikel 91 van Boek 3.", nil},
		{"nl", "Zie artikel 10 lid 2 van deze wet.", []string{`item 10.2 "artikel 10 lid 2"`}},
		// Not references.
		{"nl", "Zie Tabel 1.1 en versie 7.2, van 3.0 naar 4.0, met 2.1 miljoen klanten.", nil},
		{"nl", "Kinderen onder 16 jaar en zij onder 13.", nil},
		// English.
		{"en", "See Section 7.1 (Mutual Warranties) and Sections 13.1 through 13.2.", []string{`clause 7.1 "Section 7.1"`, `clause 13.1 "Sections 13.1"`, `clause 13.2 "13.2"`}},
		{"en", "Under Sections 1 and 2 and this Section 9.", []string{`clause 1 "Sections 1"`, `clause 2 "2"`, `clause 9 "this Section 9"`}},
		{"en", "As Article 10(2) and Clause 10(3) say.", []string{`item 10.2 "Article 10(2)"`, `item 10.3 "Clause 10(3)"`}},
		{"en", "Article 15 hereof and Clauses 1 to 3.", []string{`clause 15 "Article 15"`, `clause 1 "Clauses 1"`, `clause 3 "3"`}},
		{"en", "As in Section 5 of the Federal Trade Commission Act and Article 28(3) of the GDPR.", []string{`statute AVG 28 "Article 28(3) of the GDPR"`}},
		{"en", "Section 19 of the UK Addendum; Clause 8.1(d) and Clause 8.5 of the EEA SCCs.", nil},
		{"en", "Commercial items under FAR section 12.212.", nil},
		{"en", "Children under 13 and those under 16 may not.", nil},
		// German.
		{"de", "Nach § 10 Abs. 2 und § 3 Ziffer 4.", []string{`item 10.2 "§ 10 Abs. 2"`, `clause 3 "§ 3 Ziffer 4"`}},
		{"de", "Gemäß Ziffer 7.1 und § 2 Absatz 5 des Telemediengesetzes.", []string{`clause 7.1 "Ziffer 7.1"`, `statute TMG 2 "§ 2 Absatz 5 des Telemediengesetzes"`}},
		{"de", "Gemäß § 13 Absatz 2 Satz 1 dieses Gesetzes.", []string{`clause 13.2 "§ 13 Absatz 2"`}},
		// French.
		{"fr", "Voir l'article 7.2 et les articles 13.1 à 13.2.", []string{`clause 7.2 "l'article 7.2"`, `clause 13.1 "les articles 13.1"`, `clause 13.2 "13.2"`}},
		{"fr", "Selon l'article 10, alinéa 3, et l'article 5 de la Loi Informatique et Libertés.", []string{`item 10.3 "l'article 10, alinéa 3"`}},
	}
	runRefCases(t, tests, inArticle)
}

// TestRelativeParagraphs checks paragraphs named without their article:
// they count within the article they stand in.
func TestRelativeParagraphs(t *testing.T) {
	tests := []refCase{
		{"nl", "Het eerste lid geldt niet.", []string{`item 9.1 "Het eerste lid"`}},
		{"nl", "Zoals in het tweede lid bedoeld.", []string{`item 9.2 "het tweede lid"`}},
		{"nl", "Zie lid 3 en de leden 1 tot en met 2.", []string{`item 9.3 "lid 3"`, `item 9.1 "leden 1"`, `item 9.2 "2"`}},
		{"nl", "Zie lid 7.", []string{`item 9.7 "lid 7" ?`}},
		{"en", "As paragraph 1 says.", []string{`item 9.1 "paragraph 1"`}},
		{"en", "As subsection (b) says.", []string{`item 9.b "subsection (b)" ?~`}},
		{"de", "Wie Absatz 2 sagt.", []string{`item 9.2 "Absatz 2"`}},
		{"fr", "Comme le premier alinéa le dit.", []string{`item 9.1 "le premier alinéa"`}},
	}
	runRefCases(t, tests, inParagraph)
}

// TestParagraphWithoutParagraphs checks a paragraph named in an article
// whose paragraphs legalkit did not find: a doubtful reference, which
// check reports as a warning.
func TestParagraphWithoutParagraphs(t *testing.T) {
	got := refsOf(linked(t, "nl", articles+"Zoals lid 2 bepaalt.\n"), "9")
	want := []string{`item 9.2 "lid 2" ?~`}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
}

// TestParagraphsNotOfThisArticle checks paragraphs that belong to an
// article legalkit could not read: never a paragraph of the text around.
func TestParagraphsNotOfThisArticle(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		// an ordinal list after an article number legalkit cannot read
		{"nl", articles + "1. Een.\n\n2. Zie 6a.14, tweede tot en met derde lid.\n\n3. Drie.\n", nil},
		// a whole law read as one unnumbered section
		{"de", "# Gesetz\n\n(1) Eins.\n\n(2) Zwei, nach Absatz 1.\n", []string{`item gesetz.1 "Absatz 1" ?~`}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			doc := linked(t, tt.lang, tt.body)
			var got []string
			for _, c := range []string{"9", "gesetz"} {
				got = append(got, refsOf(doc, c)...)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestLongExternalList checks a long list of another statute's
// paragraphs, with § and §§ mixed, named only at its end.
func TestLongExternalList(t *testing.T) {
	text := "Nach § 1 Abs. 1 und 2, § 2 Abs. 2 und 3, §§ 3, 10 Abs. 2 und 3 sowie § 13 des Investmentgesetzes.\n"
	if got := refsOf(linked(t, "de", articles+text), "9"); got != nil {
		t.Errorf("references into another statute: %q", got)
	}
}
