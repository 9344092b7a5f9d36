package corpusreport

import (
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// figures are the counts the report gives for a version, a document or the
// whole corpus.
type figures struct {
	Versions      int `json:"versions"`
	Passing       int `json:"versions_passing"`      // no error at all
	BodyPassing   int `json:"versions_body_passing"` // no error in the document's own lines
	Unparsed      int `json:"versions_unparsed"`     // legalkit made no document of it
	Clauses       int `json:"clauses"`
	UniqueAnchors int `json:"clauses_unique_anchor"`
	Items         int `json:"items"`
	Definitions   int `json:"definitions"`
	References    int `json:"references"`
	Resolved      int `json:"references_resolved"`
	Dangling      int `json:"references_dangling"`
	Errors        int `json:"errors"`
	Warnings      int `json:"warnings"`
	// Findings counts findings by code, then severity.
	Findings map[string]map[diag.Severity]int `json:"findings"`
}

// measure counts what legalkit found in one version.
func measure(v *version) figures {
	f := figures{Versions: 1, Findings: map[string]map[diag.Severity]int{}}
	bodyErr, anyErr := false, false
	for _, fd := range v.Findings {
		if f.Findings[fd.Code] == nil {
			f.Findings[fd.Code] = map[diag.Severity]int{}
		}
		f.Findings[fd.Code][fd.Severity]++
		if fd.Severity == diag.Error {
			f.Errors++
			anyErr = true
			bodyErr = bodyErr || !fd.Wrapper
		} else {
			f.Warnings++
		}
	}
	if v.Doc == nil {
		f.Unparsed = 1
		return f
	}
	if !anyErr {
		f.Passing = 1
	}
	if !bodyErr {
		f.BodyPassing = 1
	}
	anchors := map[string]int{}
	clauses := v.Doc.AllClauses()
	for _, c := range clauses {
		anchors[c.Anchor]++
		f.Items += len(c.Items)
	}
	f.Clauses = len(clauses)
	for _, c := range clauses {
		if c.Anchor != "" && anchors[c.Anchor] == 1 {
			f.UniqueAnchors++
		}
	}
	f.Definitions = len(v.Doc.Definitions)
	for _, r := range v.Doc.References {
		f.References++
		if r.Resolved {
			f.Resolved++
		} else {
			f.Dangling++
		}
	}
	return f
}

// add adds the counts of g to f.
func (f *figures) add(g figures) {
	f.Versions += g.Versions
	f.Passing += g.Passing
	f.BodyPassing += g.BodyPassing
	f.Unparsed += g.Unparsed
	f.Clauses += g.Clauses
	f.UniqueAnchors += g.UniqueAnchors
	f.Items += g.Items
	f.Definitions += g.Definitions
	f.References += g.References
	f.Resolved += g.Resolved
	f.Dangling += g.Dangling
	f.Errors += g.Errors
	f.Warnings += g.Warnings
	if f.Findings == nil {
		f.Findings = map[string]map[diag.Severity]int{}
	}
	for code, bySev := range g.Findings {
		if f.Findings[code] == nil {
			f.Findings[code] = map[diag.Severity]int{}
		}
		for sev, n := range bySev {
			f.Findings[code][sev] += n
		}
	}
}

// percent is 100*n/of, or 0 when of is 0.
func percent(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}
