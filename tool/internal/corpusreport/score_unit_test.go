package corpusreport

import (
	"reflect"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

func TestNormNumber(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"§ 5", "5"}, {"Artikel  48a", "48a"}, {"Appendix A", "A"}, {"1.2.", "1.2"}, {"Hoofdstuk IV", "iv"}, {" (3)", "3"},
	} {
		if normNumber(tt.a) != normNumber(tt.b) {
			t.Errorf("%q and %q should compare equal: %q, %q", tt.a, tt.b, normNumber(tt.a), normNumber(tt.b))
		}
	}
	for _, tt := range []struct{ a, b string }{{"1.2", "12"}, {"2a", "2"}, {"Abschnitt 1", "Abschnitt 2"}} {
		if normNumber(tt.a) == normNumber(tt.b) {
			t.Errorf("%q and %q should differ", tt.a, tt.b)
		}
	}
}

func TestMatchFactsUsesEachFoundFactOnce(t *testing.T) {
	exp := []fact{{1, "1 a", "a"}, {1, "1 a", "a again"}, {2, "2 b", "b"}}
	found := []fact{{1, "1 a", "a"}, {3, "3 c", "c"}}
	got := matchFacts(exp, found)
	want := score{Expected: 3, Found: 2, Matched: 1, Missed: []string{"a again", "b"}, Extra: []string{"c"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if got.Recall() != 1.0/3 || got.Precision() != 0.5 {
		t.Errorf("recall %v precision %v", got.Recall(), got.Precision())
	}
}

// TestCompareScoresAParsedDocument checks the comparison end to end on a
// small document legalkit reads well: the positions are those of the file
// before wrapping.
func TestCompareScoresAParsedDocument(t *testing.T) {
	body := "# 1. Scope\n\n1.1. The Customer (\"Customer\") may use it; see 1.2.\n\n1.2. Limits\n\na) one\n\nb) two\n"
	src := wrap(meta{Title: "T", Publisher: "P", Language: "en"}, "acme/terms", "1", []byte(body))
	doc, _ := parse.Parse("acme/terms/1.md", src)
	resolve.Link([]*model.Document{doc})
	e := &expectation{
		Clauses:     []expClause{{Number: "1", Title: "Scope", Line: 1}, {Number: "1.1", Line: 3}, {Number: "1.2", Line: 5}, {Number: "2", Title: "Missing", Line: 9}},
		Items:       []expItem{{Clause: "1.2", Label: "a", Line: 7}, {Clause: "1.2", Label: "b", Line: 9}},
		Definitions: []expDefinition{{Term: "Customer", Line: 3}},
		References:  []expReference{{Line: 3, Text: "see 1.2", Target: "1.2"}},
	}
	s := compare(e, doc)
	if s.Clauses.Matched != 3 || s.Clauses.Expected != 4 || s.Clauses.Found != 3 {
		t.Errorf("clauses %+v", s.Clauses)
	}
	if s.TitlesRight != 1 || s.Titles != 1 {
		t.Errorf("titles %d of %d, want 1 of 1", s.TitlesRight, s.Titles)
	}
	if s.Items.Matched != 2 || s.Definitions.Matched != 1 || s.Refs.Matched != 1 {
		t.Errorf("items %+v definitions %+v references %+v", s.Items, s.Definitions, s.Refs)
	}
	if low := lowRecalls(s, 0.8); len(low) != 1 || !strings.HasPrefix(low[0], "recall of clauses 0.75") {
		t.Errorf("lowRecalls(0.8) = %q, want only the clauses", low)
	}
	e.Scope = &lineRange{From: 1, To: 4}
	e.Clauses, e.Items = e.Clauses[:2], nil
	if s := compare(e, doc); s.Clauses.Found != 2 || s.Items.Found != 0 {
		t.Errorf("a scope 1-4 still scores facts after line 4: clauses %+v items %+v", s.Clauses, s.Items)
	}
}

func TestVerifyCatchesSlips(t *testing.T) {
	lines := []string{"# 1. Scope", "", "1.1. The Customer (\"Customer\") may use it; see 1.2.", "- a bullet"}
	ok := &expectation{path: "x.json",
		Clauses:     []expClause{{Number: "1", Title: "Scope", Line: 1}},
		Items:       []expItem{{Label: "", Line: 4}},
		Definitions: []expDefinition{{Term: "Customer", Line: 3}},
		References:  []expReference{{Line: 3, Text: "see 1.2", Target: "1.2"}},
	}
	if bad := verify(ok, lines); bad != nil {
		t.Errorf("a right expectation is rejected: %q", bad)
	}
	slips := &expectation{path: "x.json",
		Clauses:     []expClause{{Number: "2", Title: "Scope", Line: 1}, {Number: "1", Line: 9}},
		Items:       []expItem{{Label: "", Line: 3}},
		Definitions: []expDefinition{{Term: "Client", Line: 3}},
		References:  []expReference{{Line: 1, Text: "see 1.2", Target: "1.2"}},
	}
	if bad := verify(slips, lines); len(bad) != 5 {
		t.Errorf("want 5 slips reported, got %d: %q", len(bad), bad)
	}
}

func TestSample(t *testing.T) {
	files := []string{"a", "b", "c", "d", "e", "f", "g"}
	for _, tt := range []struct {
		limit int
		want  []string
	}{{0, files}, {10, files}, {1, []string{"g"}}, {2, []string{"a", "g"}}, {3, []string{"a", "d", "g"}}} {
		if got := sample(files, tt.limit); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sample(%d) = %v, want %v", tt.limit, got, tt.want)
		}
	}
}

func TestPatternGroupsMessages(t *testing.T) {
	a := pattern(`"Section 2.1" refers to clause 2.1, which does not exist`)
	b := pattern(`"under 45" refers to clause 45, which does not exist`)
	if a != b || a != `"…" refers to clause N, which does not exist` {
		t.Errorf("patterns %q and %q", a, b)
	}
}
