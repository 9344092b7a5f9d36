// Package diag holds legalkit's diagnostics: findings with a file position,
// a severity and a stable code, and their text, JSON and GitHub formats.
// A Diagnostic is also the one error type for a mistake at a place in any
// file legalkit reads (Markdown, site.json, style.json, templates): see At
// and DecodeJSON. Columns count characters, not bytes.
package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Severity is how serious a diagnostic is.
type Severity string

// The severities. Errors always fail a check; warnings only with --strict.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Diagnostic is one finding, at file:line:col.
type Diagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`

	// Format and Args are what Message was made of: the English format
	// and its formatted arguments, so that In can write the message in
	// another language. Format is "" for a message that cannot be.
	Format string `json:"-"`
	Args   Args   `json:"-"`
}

// New returns a diagnostic whose message is format with args (as
// fmt.Sprintf), kept so that it can be written in another language: a
// literal format needs a translation in the catalogues of package lang.
func New(file string, line, col int, sev Severity, code, format string, args ...any) Diagnostic {
	d := Diagnostic{File: file, Line: line, Col: col, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...)}
	if a, ok := formatArgs(format, args); ok {
		d.Format, d.Args = format, a
	}
	return d
}

// String formats the diagnostic as file:line:col: severity: code: message.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s: %s", d.File, d.Line, d.Col, d.Severity, d.Code, d.Message)
}

// Error makes a Diagnostic usable as an error.
func (d Diagnostic) Error() string { return d.String() }

// List is a list of diagnostics.
type List []Diagnostic

// Add appends a diagnostic.
func (l *List) Add(file string, line, col int, sev Severity, code, format string, args ...any) {
	*l = append(*l, New(file, line, col, sev, code, format, args...))
}

// Sort orders the list by file, line, column, code and message, and drops
// exact duplicates.
func (l List) Sort() List {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Message < b.Message
	})
	out := l[:0]
	for i, d := range l {
		if i > 0 && d == l[i-1] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Count returns the number of errors and of warnings.
func (l List) Count() (errors, warnings int) {
	for _, d := range l {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	e, _ := l.Count()
	return e > 0
}

// Formats lists the output formats, for help texts and validation.
var Formats = []string{"text", "json", "github"}

// Write prints the list in the given format: "text" (one line each and a
// summary), "json" (an array) or "github" (workflow annotations).
func (l List) Write(w io.Writer, format string) error {
	switch format {
	case "json":
		if l == nil {
			l = List{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(l)
	case "github":
		for _, d := range l {
			level := "error"
			if d.Severity == Warning {
				level = "warning"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level,
				ghEscapeProp(d.File), d.Line, d.Col, ghEscapeProp(d.Code), ghEscapeData(d.Message))
		}
		return nil
	case "text", "":
		for _, d := range l {
			fmt.Fprintln(w, d)
		}
		return nil
	}
	return fmt.Errorf("unknown format %q: use %s", format, strings.Join(Formats, ", "))
}

// Summary returns "2 errors, 5 warnings" style text.
func (l List) Summary() string { return l.SummaryIn("en") }

var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
var ghProp = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func ghEscapeData(s string) string { return ghData.Replace(s) }
func ghEscapeProp(s string) string { return ghProp.Replace(s) }
