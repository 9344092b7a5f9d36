package corpusreport

import (
	"encoding/json"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// docReport is the part of the report about one document.
type docReport struct {
	ID       string   `json:"id"`
	Language string   `json:"language"`
	Total    int      `json:"versions_in_corpus"`
	Sampled  bool     `json:"sampled"` // only some versions were run
	Figures  figures  `json:"figures"`
	Versions []verRow `json:"versions"`
}

// verRow is one version in the JSON report.
type verRow struct {
	File    string  `json:"file"`
	Figures figures `json:"figures"`
}

// report is the corpus report.
type report struct {
	Schema    string       `json:"schema"`
	Documents []*docReport `json:"documents"`
	Total     figures      `json:"total"`
	TopErrors []errorGroup `json:"top_errors"`
	// Expectations compares versions with what a reader counted by hand.
	Expectations []docScore `json:"expectations"`
	errors       map[string]*errorGroup
}

// errorGroup is one kind of error message: its code and the message with
// numbers and quoted text replaced, how often it occurs, and examples.
type errorGroup struct {
	Code     string   `json:"code"`
	Pattern  string   `json:"pattern"`
	Count    int      `json:"count"`
	Examples []string `json:"examples"` // file:line: message
}

const maxExamples = 3

func newReport() *report {
	return &report{Schema: "legalkit.corpus-report/1", errors: map[string]*errorGroup{}}
}

// addDocument adds the versions of one document, in order.
func (r *report) addDocument(d document, vs []*version) {
	dr := &docReport{ID: d.ID(), Language: d.Meta.Language, Total: len(d.Files), Sampled: len(vs) < len(d.Files)}
	for _, v := range vs {
		f := measure(v)
		dr.Figures.add(f)
		dr.Versions = append(dr.Versions, verRow{File: v.File, Figures: f})
		for _, fd := range v.Findings {
			if fd.Severity == diag.Error {
				r.addError(fd)
			}
		}
	}
	r.Documents = append(r.Documents, dr)
	r.Total.add(dr.Figures)
}

var (
	quoted = regexp.MustCompile(`"[^"]*"|“[^”]*”`)
	number = regexp.MustCompile(`[0-9]+([.:][0-9]+)*`)
)

// pattern is a message without its particulars: quoted text and numbers.
func pattern(msg string) string {
	return number.ReplaceAllString(quoted.ReplaceAllString(msg, `"…"`), "N")
}

func (r *report) addError(fd finding) {
	key := fd.Code + "\x00" + pattern(fd.Message)
	g := r.errors[key]
	if g == nil {
		g = &errorGroup{Code: fd.Code, Pattern: pattern(fd.Message)}
		r.errors[key] = g
	}
	g.Count++
	if len(g.Examples) < maxExamples && !hasExampleFrom(g.Examples, fd.File) {
		at := fmt.Sprintf("%s:%d", fd.File, fd.Line)
		if fd.Wrapper {
			at = fd.File + " (front matter added by the report)"
		}
		g.Examples = append(g.Examples, at+": "+fd.Message)
	}
}

// hasExampleFrom reports whether an example comes from the document of
// file already: examples show different documents.
func hasExampleFrom(examples []string, file string) bool {
	dir := path.Dir(file) + "/"
	for _, e := range examples {
		if strings.HasPrefix(e, dir) {
			return true
		}
	}
	return false
}

// finish ranks the error messages: most frequent first, then by code and
// pattern, the top 20.
func (r *report) finish() {
	r.TopErrors = r.TopErrors[:0]
	for _, g := range r.errors {
		r.TopErrors = append(r.TopErrors, *g)
	}
	sort.Slice(r.TopErrors, func(i, j int) bool {
		a, b := r.TopErrors[i], r.TopErrors[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Pattern < b.Pattern
	})
	if len(r.TopErrors) > 20 {
		r.TopErrors = r.TopErrors[:20]
	}
}

// writeJSON writes the machine-readable report.
func (r *report) writeJSON(w io.Writer) error {
	e := json.NewEncoder(w)
	e.SetIndent("", " ")
	return e.Encode(r)
}

// writeText writes the report for people: one line per document, the
// total, findings by code and the most frequent errors.
func (r *report) writeText(w io.Writer) {
	fmt.Fprintf(w, "%-62s %-4s %9s %4s %4s %7s %6s %6s %5s %6s %6s %6s %6s %6s\n",
		"document", "lang", "versions", "pass", "body", "clauses", "uniq%", "items", "defs", "refs", "resolv", "dangl", "errors", "warns")
	for _, d := range r.Documents {
		ver := fmt.Sprint(d.Figures.Versions)
		if d.Sampled {
			ver += "/" + fmt.Sprint(d.Total)
		}
		writeRow(w, d.ID, d.Language, ver, d.Figures)
	}
	writeRow(w, "TOTAL", "", fmt.Sprint(r.Total.Versions), r.Total)
	fmt.Fprintln(w, "\nfindings by code (error / warning):")
	codes := make([]string, 0, len(r.Total.Findings))
	for c := range r.Total.Findings {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		fmt.Fprintf(w, "  %-28s %7d / %d\n", c, r.Total.Findings[c][diag.Error], r.Total.Findings[c][diag.Warning])
	}
	fmt.Fprintln(w, "\ntop error messages (count, code, message pattern, examples):")
	for i, g := range r.TopErrors {
		fmt.Fprintf(w, "%2d. %6d  %s: %s\n", i+1, g.Count, g.Code, g.Pattern)
		for _, e := range g.Examples {
			fmt.Fprintf(w, "              %s\n", shorten(e, 220))
		}
	}
}

func writeRow(w io.Writer, id, lang, ver string, f figures) {
	fmt.Fprintf(w, "%-62s %-4s %9s %4d %4d %7d %6.1f %6d %5d %6d %6d %6d %6d %6d\n",
		id, lang, ver, f.Passing, f.BodyPassing, f.Clauses, percent(f.UniqueAnchors, f.Clauses),
		f.Items, f.Definitions, f.References, f.Resolved, f.Dangling, f.Errors, f.Warnings)
}

// shorten cuts s to at most n characters.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
