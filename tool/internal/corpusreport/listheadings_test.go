package corpusreport

import (
	"path/filepath"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// TestCorpusListHeadingClauses: the Common Paper Cloud Service Agreement
// writes its clauses as numbered-list headings ("9. ## Limitation of
// Liability") with indented "9.1 <span>Liability Caps.</span>" sub-clauses,
// and the text of clauses 8 and 11 right under their headings. legalkit
// once read neither clauses 9-15 nor any sub-clause of its 2022 versions,
// so their "Section 9.2" and "Section 12" were 68 false reference-dangling
// errors. Every version must now check without an error, and the versions
// written that way (up to 2023; 2024 writes nested lists) have the clauses
// their references name.
func TestCorpusListHeadingClauses(t *testing.T) {
	root := corpusRoot(t)
	d, err := readDocument(filepath.Join(root, "commonpaper", "cloud-service-agreement"))
	if err != nil {
		t.Fatal(err)
	}
	vs, err := runDocument(d, d.Files)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		if v.Doc == nil {
			t.Errorf("%s: no document", v.File)
			continue
		}
		for _, f := range v.Findings {
			if f.Severity == diag.Error {
				t.Errorf("%s:%d: %s: %s", v.File, f.Line, f.Code, f.Message)
			}
		}
		if filepath.Base(v.File) >= "2024" {
			continue
		}
		for _, anchor := range []string{"9", "9.1", "9.2", "12", "14.3", "15"} {
			if v.Doc.Clause(anchor) == nil {
				t.Errorf("%s: no clause %s", v.File, anchor)
			}
		}
	}
}
