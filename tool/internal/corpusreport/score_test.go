package corpusreport

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// score compares counted facts with what legalkit found: Matched of the
// Expected facts were found; legalkit found Found in all.
type score struct {
	Expected int      `json:"expected"`
	Found    int      `json:"found"`
	Matched  int      `json:"matched"`
	Missed   []string `json:"missed,omitempty"` // the first expected facts not found
	Extra    []string `json:"extra,omitempty"`  // the first facts found but not expected
}

const maxListed = 5

// Recall is the share of the expected facts that legalkit found (1 when
// nothing was expected).
func (s score) Recall() float64 { return ratio(s.Matched, s.Expected) }

// Precision is the share of legalkit's facts that were expected (1 when it
// found nothing).
func (s score) Precision() float64 { return ratio(s.Matched, s.Found) }

func ratio(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// MarshalJSON adds recall and precision to the counts.
func (s score) MarshalJSON() ([]byte, error) {
	type plain score
	return json.Marshal(struct {
		plain
		Recall    float64 `json:"recall"`
		Precision float64 `json:"precision"`
	}{plain(s), s.Recall(), s.Precision()})
}

// add pools another score into s (without its lists).
func (s *score) add(o score) {
	s.Expected += o.Expected
	s.Found += o.Found
	s.Matched += o.Matched
}

// docScore is how one version compares with its expectation.
type docScore struct {
	Document     string `json:"document"`
	File         string `json:"file"`
	Clauses      score  `json:"clauses"`
	Items        score  `json:"items"`
	Definitions  score  `json:"definitions"`
	Refs         score  `json:"references"`
	Titles       int    `json:"titles"`        // matched clauses with a title
	TitlesRight  int    `json:"titles_right"`  // those whose title starts as counted
	Anchors      int    `json:"anchors"`       // matched clauses whose source gives an anchor
	AnchorsRight int    `json:"anchors_right"` // those legalkit gave that anchor
}

// fact is one thing found or expected, with the key it is matched on.
type fact struct {
	line int
	key  string
	show string
}

// scoped keeps the facts on the lines the expectation counted.
func (e *expectation) scoped(fs []fact) []fact {
	var out []fact
	for _, f := range fs {
		if e.inScope(f.line) {
			out = append(out, f)
		}
	}
	return out
}

// matchFacts pairs expected and found facts by key, each found fact used
// once.
func matchFacts(expected, found []fact) score {
	s := score{Expected: len(expected), Found: len(found)}
	left := map[string]int{}
	for _, f := range found {
		left[f.key]++
	}
	for _, e := range expected {
		if left[e.key] > 0 {
			left[e.key]--
			s.Matched++
		} else if len(s.Missed) < maxListed {
			s.Missed = append(s.Missed, e.show)
		}
	}
	for _, f := range found {
		if left[f.key] > 0 {
			left[f.key]--
			if len(s.Extra) < maxListed {
				s.Extra = append(s.Extra, f.show)
			}
		}
	}
	return s
}

// compare scores doc against e.
func compare(e *expectation, doc *model.Document) docScore {
	ds := docScore{Document: e.Document, File: e.File}
	clauses := doc.AllClauses()
	ds.Clauses = matchFacts(expectedClauses(e), e.scoped(foundClauses(clauses)))
	ds.Items = matchFacts(expectedItems(e), e.scoped(foundItems(clauses)))
	ds.Definitions = matchFacts(expectedDefinitions(e), e.scoped(foundDefinitions(doc)))
	ds.Refs = matchFacts(expectedRefs(e), e.scoped(foundRefs(doc)))
	byKey := map[string]*model.Clause{}
	for _, c := range clauses {
		k := clauseKey(sourceLine(c.Pos.Line), c.Prefix+" "+c.Number)
		if byKey[k] == nil {
			byKey[k] = c
		}
	}
	for _, ec := range e.Clauses {
		c := byKey[clauseKey(ec.Line, ec.Number)]
		if c == nil {
			continue
		}
		if ec.Title != "" {
			ds.Titles++
			if strings.HasPrefix(fold(c.Title), fold(ec.Title)) {
				ds.TitlesRight++
			}
		}
		if ec.Anchor != "" {
			ds.Anchors++
			if c.Anchor == ec.Anchor {
				ds.AnchorsRight++
			}
		}
	}
	return ds
}

func clauseKey(line int, number string) string {
	return fmt.Sprintf("%d %s", line, normNumber(number))
}

func expectedClauses(e *expectation) []fact {
	var out []fact
	for _, c := range e.Clauses {
		out = append(out, fact{c.Line, clauseKey(c.Line, c.Number), fmt.Sprintf("%d: %s %s", c.Line, c.Number, c.Title)})
	}
	return out
}

func foundClauses(cs []*model.Clause) []fact {
	var out []fact
	for _, c := range cs {
		l := sourceLine(c.Pos.Line)
		out = append(out, fact{l, clauseKey(l, c.Prefix+" "+c.Number), fmt.Sprintf("%d: %s %s", l, c.Number, shorten(c.Title, 30))})
	}
	return out
}

func expectedItems(e *expectation) []fact {
	var out []fact
	for _, it := range e.Items {
		out = append(out, fact{it.Line, fmt.Sprintf("%d %s", it.Line, normLabel(it.Label)), fmt.Sprintf("%d: %s (%s)", it.Line, it.Label, it.Clause)})
	}
	return out
}

func foundItems(cs []*model.Clause) []fact {
	var out []fact
	for _, c := range cs {
		for _, it := range c.Items {
			l := sourceLine(it.Pos.Line)
			out = append(out, fact{l, fmt.Sprintf("%d %s", l, normLabel(it.Label)), fmt.Sprintf("%d: %s (%s)", l, it.Marker, it.Anchor)})
		}
	}
	return out
}

func expectedDefinitions(e *expectation) []fact {
	var out []fact
	for _, d := range e.Definitions {
		out = append(out, fact{d.Line, fmt.Sprintf("%d %s", d.Line, strings.TrimSpace(d.Term)), fmt.Sprintf("%d: %s", d.Line, d.Term)})
	}
	return out
}

func foundDefinitions(doc *model.Document) []fact {
	var out []fact
	for _, d := range doc.Definitions {
		l := sourceLine(d.Pos.Line)
		out = append(out, fact{l, fmt.Sprintf("%d %s", l, strings.TrimSpace(d.Term)), fmt.Sprintf("%d: %s", l, d.Term)})
	}
	return out
}

func expectedRefs(e *expectation) []fact {
	var out []fact
	for _, r := range e.References {
		out = append(out, fact{r.Line, fmt.Sprintf("%d %s", r.Line, normTarget(r.Target)), fmt.Sprintf("%d: %s -> %s", r.Line, r.Text, r.Target)})
	}
	return out
}

// foundRefs lists legalkit's references to clauses and items: those the
// expectations count (statutes and other documents are left out on both
// sides).
func foundRefs(doc *model.Document) []fact {
	var out []fact
	for _, r := range doc.References {
		if r.Kind != model.RefClause && r.Kind != model.RefItem || r.Document != "" {
			continue
		}
		l := sourceLine(r.Pos.Line)
		out = append(out, fact{l, fmt.Sprintf("%d %s", l, normTarget(r.Target)), fmt.Sprintf("%d: %s -> %s", l, r.Text, r.Target)})
	}
	return out
}

// numberWords are words written before a number that do not belong to it.
var numberWords = map[string]bool{
	"§": true, "artikel": true, "article": true, "art.": true, "section": true, "appendix": true, "annex": true,
	"bijlage": true, "anhang": true, "hoofdstuk": true, "abschnitt": true, "afdeling": true, "paragraaf": true,
	"titel": true, "chapter": true, "kapitel": true, "annexe": true,
}

// normNumber makes clause numbers comparable: lower case, without a word
// before the number, spaces, brackets or a trailing full stop.
func normNumber(n string) string {
	var parts []string
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if !numberWords[w] {
			parts = append(parts, w)
		}
	}
	return strings.Trim(strings.Join(parts, ""), ".()")
}

// normLabel makes item labels comparable: without brackets and full stops.
func normLabel(l string) string { return strings.Trim(strings.TrimSpace(l), ".()") }

// normTarget makes reference targets comparable.
func normTarget(t string) string {
	t = strings.ToLower(strings.NewReplacer(" ", "", "§", "", "(", "", ")", "").Replace(t))
	return strings.TrimSuffix(t, ".")
}

// fold is s in lower case with single spaces.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
