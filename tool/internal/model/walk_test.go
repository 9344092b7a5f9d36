package model

import (
	"fmt"
	"strings"
	"testing"
)

func txt(s string) []Inline { return []Inline{&Text{Value: s}} }

// walkDoc has one of every part that holds text.
func walkDoc() (*Document, *Definition, *Definition, *Definition) {
	rowDef := &Definition{Term: "Klant"}
	dlDef := &Definition{Term: "Dienst"}
	itemDef := &Definition{Term: "Partij"}
	top := &Clause{Number: "1", Anchor: "1", Heading: txt("Title")}
	sub := &Clause{Number: "1.1", Anchor: "1.1", Parent: top}
	top.Children = []*Clause{sub}
	top.Blocks = []Block{
		&Heading{Inlines: txt("Group")},
		&Paragraph{Inlines: []Inline{&Text{Value: "a "}, &Emphasis{Level: 2, Children: txt("bold")},
			&Link{URL: "https://x", Children: txt("link")}, &CodeSpan{Value: "code"}}},
		&CodeBlock{Text: "never text"},
	}
	itemA := &Item{Label: "a", Blocks: []Block{&Paragraph{Inlines: []Inline{&TermDef{Def: itemDef, Children: txt("Partij")}, &Text{Value: ": x"}}},
		&List{Items: []*Item{{Blocks: []Block{&Paragraph{Inlines: txt("nested")}}}}}}}
	sub.Blocks = []Block{
		&ItemBlock{Item: itemA},
		&Table{Header: []Cell{{Inlines: txt("Begrip")}, {Inlines: txt("Definitie")}},
			Rows:    [][]Cell{{{Inlines: txt("Klant")}, {Inlines: txt("de klant")}}, {{Inlines: txt("plain")}, {Inlines: txt("row")}}},
			RowDefs: []*Definition{rowDef, nil}},
		&DefinitionList{Entries: []*DefEntry{{Term: txt("Dienst"), Def: dlDef,
			Blocks: []Block{&Quote{Blocks: []Block{&Paragraph{Inlines: txt("quoted")}}}}}}},
		&Rule{},
	}
	doc := &Document{Preamble: []Block{&Paragraph{Inlines: txt("intro")}}, Clauses: []*Clause{top}}
	return doc, rowDef, dlDef, itemDef
}

func partName(p Part) string {
	return map[Part]string{PartTitle: "title", PartHeading: "heading", PartParagraph: "paragraph",
		PartHeaderCell: "header", PartCell: "cell", PartTerm: "term"}[p]
}

func TestSpansVisitEveryTextPartOnce(t *testing.T) {
	doc, rowDef, dlDef, itemDef := walkDoc()
	names := map[*Definition]string{rowDef: "Klant", dlDef: "Dienst", itemDef: "Partij"}
	var got []string
	Spans(doc, func(s *Span) {
		clause := "-"
		if s.Clause != nil {
			clause = s.Clause.Anchor
		}
		entry := ""
		if s.Entry != nil {
			entry = " entry=" + names[s.Entry]
		}
		got = append(got, fmt.Sprintf("%s %s %q%s", clause, partName(s.Part), PlainText(*s.Inlines), entry))
	})
	want := []string{
		`- paragraph "intro"`,
		`1 heading "Group"`, // a group heading introduces the clause: it comes before the title
		`1 title "Title"`,
		`1 paragraph "a boldlinkcode"`,
		`1.1 paragraph "Partij: x" entry=Partij`,
		`1.1 paragraph "nested" entry=Partij`,
		`1.1 header "Begrip"`,
		`1.1 header "Definitie"`,
		`1.1 term "Klant" entry=Klant`,
		`1.1 cell "de klant" entry=Klant`,
		`1.1 cell "plain"`,
		`1.1 cell "row"`,
		`1.1 term "Dienst" entry=Dienst`,
		`1.1 paragraph "quoted" entry=Dienst`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("spans:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// trace records the walk as "+Type" on entering and "-Type" on leaving.
func trace(n Node, skip, stop string) []string {
	var out []string
	Walk(n, func(n Node, entering bool) WalkStatus {
		name := strings.TrimPrefix(fmt.Sprintf("%T", n), "*model.")
		if !entering {
			out = append(out, "-"+name)
			return WalkContinue
		}
		out = append(out, "+"+name)
		switch name {
		case skip:
			return WalkSkipChildren
		case stop:
			return WalkStop
		}
		return WalkContinue
	})
	return out
}

func TestWalkStatus(t *testing.T) {
	p := &Paragraph{Inlines: []Inline{&Emphasis{Children: txt("x")}, &Link{Children: txt("y")}, &SoftBreak{}}}
	for _, tt := range []struct {
		name, skip, stop, want string
	}{
		{"everything", "", "", "+Paragraph +Span +Emphasis +Text -Text -Emphasis +Link +Text -Text -Link +SoftBreak -SoftBreak -Span -Paragraph"},
		{"skip link text", "Link", "", "+Paragraph +Span +Emphasis +Text -Text -Emphasis +Link -Link +SoftBreak -SoftBreak -Span -Paragraph"},
		{"skip the span", "Span", "", "+Paragraph +Span -Span -Paragraph"},
		{"stop at the link", "", "Link", "+Paragraph +Span +Emphasis +Text -Text -Emphasis +Link"},
	} {
		if got := strings.Join(trace(p, tt.skip, tt.stop), " "); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

func TestWalkTableRows(t *testing.T) {
	def := &Definition{Term: "Klant"}
	tb := &Table{Header: []Cell{{Inlines: txt("h")}}, Rows: [][]Cell{{{Inlines: txt("Klant")}, {Inlines: txt("x")}}}, RowDefs: []*Definition{def}}
	got := strings.Join(trace(tb, "Span", ""), " ")
	want := "+Table +Row +Span -Span -Row +Row +Span -Span +Span -Span -Row -Table"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	var rows []string
	Walk(tb, func(n Node, entering bool) WalkStatus {
		if r, ok := n.(*Row); ok && entering {
			rows = append(rows, fmt.Sprintf("%d:%d:%v", r.Index, len(r.Cells), r.Def != nil))
		}
		return WalkContinue
	})
	if strings.Join(rows, " ") != "-1:1:false 0:2:true" {
		t.Errorf("rows %v", rows)
	}
}

func TestWalkClauseOrder(t *testing.T) {
	doc, _, _, _ := walkDoc()
	var got []string
	Walk(doc, func(n Node, entering bool) WalkStatus {
		switch n := n.(type) {
		case *Clause:
			if entering {
				got = append(got, "+"+n.Anchor)
			} else {
				got = append(got, "-"+n.Anchor)
			}
		case *CodeBlock, *Rule:
			if entering {
				got = append(got, fmt.Sprintf("%T", n))
			}
		}
		return WalkContinue
	})
	want := "+1 *model.CodeBlock +1.1 *model.Rule -1.1 -1"
	if strings.Join(got, " ") != want {
		t.Errorf("got %s, want %s", strings.Join(got, " "), want)
	}
}

func TestWalkFromAClauseKnowsItsClause(t *testing.T) {
	doc, _, _, _ := walkDoc()
	sub := doc.Clauses[0].Children[0]
	n := 0
	Spans(sub, func(s *Span) {
		n++
		if s.Clause != sub {
			t.Errorf("span %q of 1.1 stands in %v", PlainText(*s.Inlines), s.Clause)
		}
	})
	if n == 0 {
		t.Error("no spans in 1.1")
	}
	WalkBlocks(sub.Blocks, func(n Node, entering bool) WalkStatus {
		if s, ok := n.(*Span); ok && s.Clause != nil {
			t.Errorf("WalkBlocks gave clause %s", s.Clause.Anchor)
		}
		return WalkContinue
	})
}

func TestSpanInlinesCanBeReplaced(t *testing.T) {
	doc, _, _, _ := walkDoc()
	Spans(doc, func(s *Span) {
		if s.Part == PartHeading {
			*s.Inlines = txt("Replaced")
		}
	})
	if got := PlainText(doc.Clauses[0].Blocks[0].(*Heading).Inlines); got != "Replaced" {
		t.Errorf("heading is %q", got)
	}
}
