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

// skeleton is a Dutch document with the clauses, items and terms the cases
// refer to. Each case adds clause 9.1 with its own text.
const skeleton = `# 1. Definities

1.1. In deze voorwaarden:

a. Klant: de afnemer.

b. Klantgegevens: gegevens van de afnemer.

c. Partij(en): de leverancier en de afnemer.

d. Gebruiker: iemand met een account.

e. Boekhoudkantoor: een kantoor.

f. API: een interface.

g. Cliënt: klant van een kantoor.

h. Visma: de leverancier.

# 3. Gegevens

## 3.2. Opdracht

3.2.1. Opdracht:

a) eerste.

b) tweede.

3.2.2. Verwerker:

h) acht.

i) negen.

# 4. Beëindiging

4.2.1. Eerste.

4.2.2. Tweede.

4.6.1. Opzegging.

# 10. Aansprakelijkheid

10.1. Beperkt.

# 13. Duur

13.2. Opzegtermijn.

# 14. Software

14.11. Koppelingen.

# 9. Proef

`

func linked(t *testing.T, language, body string) *model.Document {
	t.Helper()
	doc, ds := parse.Parse("case.md", testutil.Source(language, body))
	if doc == nil || ds.HasErrors() {
		t.Fatalf("parse: %v", ds)
	}
	resolve.Link([]*model.Document{doc})
	return doc
}

// refsIn lists the references of clause 9.1 as "kind target" (with "?" when
// unresolved) and their text.
func refsIn(doc *model.Document) []string {
	var out []string
	for _, r := range doc.References {
		if r.Clause != "9.1" {
			continue
		}
		s := fmt.Sprintf("%s %s %q", r.Kind, r.Target, r.Text)
		if !r.Resolved {
			s += " ?"
		}
		out = append(out, s)
	}
	return out
}

func TestReferences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"cue zie", "Zie 4.6.1 voor opzegging.", []string{`clause 4.6.1 "Zie 4.6.1"`}},
		{"followed by a colon", "Zoals vastgelegd in 4.2.1: dit.", []string{`clause 4.2.1 "vastgelegd in 4.2.1"`}},
		{"cue artikel", "Conform artikel 13.2 van deze voorwaarden.", []string{`clause 13.2 "artikel 13.2"`}},
		{"article level", "De leden van dit artikel 10 gelden.", []string{`clause 10 "dit artikel 10"`}},
		{"item", "Volgens 3.2.2 i) en 3.2.1 a) hierboven.", []string{`item 3.2.2.i "Volgens 3.2.2 i)"`, `item 3.2.1.a "3.2.1 a)"`}},
		{"bare dotted number that exists", "Dit volgt uit 4.2.1, niet uit 7.7.", []string{`clause 4.2.1 "4.2.1"`}},
		{"bare number without cue that does not exist", "Versie 7.7 is oud.", nil},
		{"list continues the cue", "Overeenkomstig 4.2.1 en 4.2.2.", []string{`clause 4.2.1 "Overeenkomstig 4.2.1"`, `clause 4.2.2 "4.2.2"`}},
		{"list with bracketed words", "Verleend in 4.2.1 (Klanten) of 4.2.2 (ISV's).", []string{`clause 4.2.1 "in 4.2.1"`, `clause 4.2.2 "4.2.2"`}},
		{"relative items", "De onder 1, 2 en 3 genoemde informatie.\n\n1. een\n2. twee\n3. drie", []string{`item 9.1.1 "onder 1"`, `item 9.1.2 "2"`, `item 9.1.3 "3"`}},
		{"single number needs a strong cue", "Binnen 14 dagen, in 10 gevallen.", nil},
		{"dangling with cue", "Zie 9.9.", []string{`clause 9.9 "Zie 9.9" ?`}},
		{"dangling item", "Zie 3.2.1 z) daarvoor.", []string{`item 3.2.1.z "Zie 3.2.1 z)" ?`}},
		{"statute article", "Op grond van artikel 32 AVG.", []string{`statute AVG 32 "artikel 32 AVG"`}},
		{"statute range", "De artikelen 32 t/m 36 van de AVG.", []string{`statute AVG 32-36 "artikelen 32 t/m 36 van de AVG"`}},
		{"statute chapter", "Hoofdstuk V van de AVG is van toepassing.", []string{`statute AVG V "Hoofdstuk V van de AVG"`}},
		{"statute civil code", "De werking van art. 7:404 BW en Artikel 7:408 BW.", []string{`statute BW 7:404 "art. 7:404 BW"`, `statute BW 7:408 "Artikel 7:408 BW"`}},
		{"statute reversed", "Zoals uiteengezet in de AVG, artikel 32.", []string{`statute AVG 32 "AVG, artikel 32"`}},
		{"regulation number", "Zoals gebruikt in EU 2016/679 Algemene Verordening.", []string{`statute EU 2016/679 "EU 2016/679"`}},
		{"amount", "Maximaal EUR 1.250.000 of EUR 100,000.", nil},
		{"date", "Gepubliceerd: 18.04.2018.", nil},
		{"period", "Binnen 30 dagen en één (1) jaar, 50% of 1,5 maand.", nil},
		{"number inside a word or address", "Zie www.visma.com/4.6.1 en versie v4.6.1.", nil},
		{"appendix of this document", "Zie Appendix A.", []string{`clause A "Appendix A"`}},
		{"letters that grow in lower case", "ȺȺȺȺȺȺ Zie 4.6.1 en ȺȺ zie 4.2.1.", []string{`clause 4.6.1 "Zie 4.6.1"`, `clause 4.2.1 "zie 4.2.1"`}},
		{"letters that shrink in lower case", "\u212a\u212a\u212a\u212a zie 4.6.1.", []string{`clause 4.6.1 "zie 4.6.1"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := skeleton + "9.1. " + tt.text + "\n\n# Appendix A – Bijlage\n\n## A.1 Categorieën\n\nTekst.\n"
			got := refsIn(linked(t, "nl", body))
			if !slices.Equal(got, tt.want) {
				t.Errorf("references in %q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestReferencesEnglish(t *testing.T) {
	body := "# 1. Scope\n\n1.1. One.\n\n1.2. Two.\n\n# 9. Test\n\n9.1. See section 1.2, clause 1 and paragraph 1.1, pursuant to 1.2 and chapter 1.1.\n"
	got := refsIn(linked(t, "en", body))
	want := []string{`clause 1.2 "section 1.2"`, `clause 1 "clause 1"`, `clause 1.1 "paragraph 1.1"`, `clause 1.2 "pursuant to 1.2"`, `clause 1.1 "chapter 1.1"`}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
}

// usesIn lists the term uses of clause 9.1 as "form=term".
func usesIn(doc *model.Document) []string {
	var out []string
	for _, def := range doc.AllDefinitions() {
		for _, u := range def.Uses {
			if u.Clause == "9.1" {
				out = append(out, fmt.Sprintf("%d:%s=%s", u.Pos.Col, u.Form, def.Term))
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		var ca, cb int
		fmt.Sscanf(a, "%d", &ca)
		fmt.Sscanf(b, "%d", &cb)
		return ca - cb
	})
	for i, s := range out {
		out[i] = s[strings.IndexByte(s, ':')+1:]
	}
	return out
}

func TestTermUses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"longest match first", "De Klantgegevens van de Klant.", []string{"Klantgegevens=Klantgegevens", "Klant=Klant"}},
		{"not inside a longer word", "Het Gebruikersaccount van de Gebruikers.", []string{"Gebruikers=Gebruiker"}},
		{"case-sensitive", "De klant en de Klant.", []string{"Klant=Klant"}},
		{"hyphen compound is another word", "De Visma-groep en Visma's partners.", []string{"Visma's=Visma"}},
		{"unicode letters", "De Cliënten, niet de Cliëntgegevens.", []string{"Cliënten=Cliënt"}},
		{"plural by spelling rule", "Alle Boekhoudkantoren en Partijen.", []string{"Boekhoudkantoren=Boekhoudkantoor", "Partijen=Partij"}},
		{"apostrophe plural", "De API's en API’s.", []string{"API's=API", "API’s=API"}},
		{"inside emphasis", "Dit geldt *voor de Klant* alleen.", []string{"Klant=Klant"}},
		{"not in links or code", "Zie [Klant](https://example.com) en `Klant`.", nil},
		{"not in a reference", "Zie Bijlage Klant.", []string{"Klant=Klant"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := usesIn(linked(t, "nl", skeleton+"9.1. "+tt.text+"\n"))
			if !slices.Equal(got, tt.want) {
				t.Errorf("uses in %q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTermUsePositions(t *testing.T) {
	doc := linked(t, "nl", skeleton+"9.1. Eerst de Klant,\nen dan nog een Klant.\n")
	var got []model.Pos
	for _, def := range doc.Definitions {
		if def.Term == "Klant" {
			for _, u := range def.Uses {
				if u.Clause == "9.1" {
					got = append(got, u.Pos)
				}
			}
		}
	}
	lines := strings.Count(string(testutil.Source("nl", skeleton)), "\n")
	want := []model.Pos{{Line: lines + 1, Col: 15}, {Line: lines + 2, Col: 16}}
	if !slices.Equal(got, want) {
		t.Errorf("positions %v, want %v", got, want)
	}
}

func TestNoUseInOwnDefinition(t *testing.T) {
	body := "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Gebruiker | Een Gebruiker van de Software. |\n| Software | De Software die de Gebruiker gebruikt. |\n"
	doc := linked(t, "nl", body)
	for _, def := range doc.Definitions {
		for _, u := range def.Uses {
			if u.Pos.Line == def.Pos.Line {
				t.Errorf("%q is used in its own definition entry at %v", def.Term, u.Pos)
			}
		}
		if len(def.Uses) != 1 {
			t.Errorf("%q has %d uses, want 1 (in the other entry)", def.Term, len(def.Uses))
		}
	}
}

func TestAnnexAndCrossDocument(t *testing.T) {
	main, _ := parse.Parse("terms/acme/terms/1.md", []byte("---\nid: acme/terms\ntitle: Algemene Voorwaarden\npublisher: Acme\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: published\naliases: [Algemene Voorwaarden]\nannexes: [acme/dpa]\n---\n# 1. Definities\n\n1.1. Begrippen:\n\na. Klant: de afnemer.\n\n# 13. Duur\n\n13.2. Opzegging, zie Bijlage 1.\n"))
	annex, _ := parse.Parse("terms/acme/dpa/1.md", []byte("---\nid: acme/dpa\ntitle: \"Bijlage 1: Verwerkersovereenkomst\"\npublisher: Acme\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: published\naliases: [Bijlage 1]\nannex-of: acme/terms\n---\n# 1. Duur\n\n1.1. De Klant kan opzeggen volgens artikel 13.2 van de Algemene Voorwaarden, niet volgens artikel 1.2 van de Algemene Voorwaarden.\n"))
	resolve.Link([]*model.Document{annex, main})
	if len(annex.Inherited) != 1 || annex.Inherited[0].Term != "Klant" {
		t.Fatalf("annex inherits %v, want Klant", annex.Inherited)
	}
	var got []string
	for _, r := range append(main.References, annex.References...) {
		got = append(got, fmt.Sprintf("%s %s#%s %v", r.Kind, r.Document, r.Target, r.Resolved))
	}
	want := []string{"document acme/dpa#acme/dpa true", "clause acme/terms#13.2 true", "clause acme/terms#1.2 false"}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
	uses := main.Definitions[0].Uses
	if len(uses) != 1 || uses[0].Document != "acme/dpa" {
		t.Errorf("the annex's use of Klant is not recorded on the main definition: %+v", uses)
	}
}
