package resolve_test

import (
	"slices"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// TestLinkedParts pins which parts of a clause the resolver links, as
// model.Walk visits them.
func TestLinkedParts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"group heading", "## Rechten van de Klant\n\n9.1. Tekst.", []string{"Klant=Klant"}},
		{"group heading and paragraph", "### Gebruikers\n\n9.1. De Klant.", []string{"Gebruikers=Gebruiker", "Klant=Klant"}},
		{"clause title is a label", "## 9.1. Rechten van de Klant\n\nTekst.", nil},
		{"sub-items", "9.1. Tekst:\n\na) de Klant;\n\n- een Gebruiker.", []string{"Klant=Klant", "Gebruiker=Gebruiker"}},
		{"table cells, not the header", "9.1. Tabel:\n\n| Klant | Rol |\n| --- | --- |\n| Gebruiker | API |", []string{"Gebruiker=Gebruiker", "API=API"}},
		{"block quote", "9.1. Citaat:\n\n> De Klant.", []string{"Klant=Klant"}},
		{"not link text or code", "9.1. Zie [de Klant](https://example.com) en `Klant`.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := usesIn(linked(t, "nl", skeleton+tt.text+"\n"))
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("uses in %q\n got: %q\nwant: %q", tt.text, got, want)
			}
		})
	}
}

// A use in a group heading is a TermUse in the heading, so that the
// renderers link it (issue 9: it was never linked or counted).
func TestGroupHeadingUseIsLinked(t *testing.T) {
	doc := linked(t, "nl", skeleton+"## Rechten van de Klant\n\n9.1. Tekst.\n")
	c := doc.Clause("9.1")
	if c == nil || len(c.Blocks) == 0 {
		t.Fatal("no clause 9.1 with blocks")
	}
	h, ok := c.Blocks[0].(*model.Heading)
	if !ok {
		t.Fatalf("first block of 9.1 is %T, want the group heading", c.Blocks[0])
	}
	var uses []string
	for _, in := range h.Inlines {
		if u, ok := in.(*model.TermUse); ok {
			uses = append(uses, u.Text+"@"+u.Def.Anchor)
		}
	}
	if !slices.Equal(uses, []string{"Klant@def-klant"}) {
		t.Errorf("term uses in the group heading: %q", uses)
	}
}
