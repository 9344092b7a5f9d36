package corpusreport

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// expectation is what a reader counted by hand in one version of a corpus
// document: structural facts and short identifiers, never the text.
type expectation struct {
	Document    string          `json:"document"` // source/name
	File        string          `json:"file"`     // YYYY-MM-DD_sha7.md
	Notes       string          `json:"notes"`
	Scope       *lineRange      `json:"scope,omitempty"` // the lines counted, when not the whole file
	Clauses     []expClause     `json:"clauses"`
	Items       []expItem       `json:"items"`
	Definitions []expDefinition `json:"definitions"`
	References  []expReference  `json:"references"`

	path string // the expectation file
}

// lineRange is a range of lines, both ends included.
type lineRange struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// inScope reports whether line was counted.
func (e *expectation) inScope(line int) bool {
	return e.Scope == nil || line >= e.Scope.From && line <= e.Scope.To
}

// expClause is a clause (section, article, §) as a reader cites it.
type expClause struct {
	Number string `json:"number"` // as written, without a word before it ("§ 5" is "5"); "" when unnumbered
	Title  string `json:"title"`  // how its title starts; "" when it has none
	Line   int    `json:"line"`
	Anchor string `json:"anchor,omitempty"` // the id the source itself gives it, if any
}

// expItem is a sub-item: a labelled part of a clause, or a bullet.
type expItem struct {
	Clause string `json:"clause"` // number of its clause; its title start when unnumbered
	Label  string `json:"label"`  // "a", "1", "iv"; "" for a bullet
	Line   int    `json:"line"`
}

// expDefinition is a defined term where it is defined.
type expDefinition struct {
	Term string `json:"term"`
	Line int    `json:"line"`
}

// expReference is a reference to a clause or item of the same document.
type expReference struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`   // as written, a few words
	Target string `json:"target"` // clause number, or clause number "." item label: "6.b"
}

// loadExpectations reads every *.json file of dir, sorted by name.
func loadExpectations(dir string) ([]*expectation, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []*expectation
	for _, f := range files {
		e, err := readExpectation(f)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// readExpectation reads one file strictly: an unknown field is a mistake.
func readExpectation(path string) (*expectation, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	e := &expectation{path: path}
	if err := dec.Decode(e); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if e.Document == "" || e.File == "" {
		return nil, fmt.Errorf("%s: document and file are required", path)
	}
	if len(e.Clauses) == 0 {
		return nil, fmt.Errorf("%s: no clauses: an expectation counts at least the clauses", path)
	}
	return e, validLines(e)
}

// validLines checks that every counted fact has a line.
func validLines(e *expectation) error {
	var bad []string
	if e.Scope != nil && (e.Scope.From < 1 || e.Scope.To < e.Scope.From) {
		bad = append(bad, fmt.Sprintf("scope %d-%d", e.Scope.From, e.Scope.To))
	}
	for _, c := range e.Clauses {
		if c.Line < 1 || !e.inScope(c.Line) {
			bad = append(bad, "clause "+c.Number)
		}
	}
	for _, it := range e.Items {
		if it.Line < 1 || !e.inScope(it.Line) {
			bad = append(bad, "item "+it.Clause+"."+it.Label)
		}
	}
	for _, d := range e.Definitions {
		if d.Line < 1 || !e.inScope(d.Line) {
			bad = append(bad, "definition "+d.Term)
		}
	}
	for _, r := range e.References {
		if r.Line < 1 || !e.inScope(r.Line) {
			bad = append(bad, "reference "+r.Text)
		}
	}
	if bad != nil {
		return fmt.Errorf("%s: without a line (or outside the scope): %s", e.path, strings.Join(bad, ", "))
	}
	return nil
}
