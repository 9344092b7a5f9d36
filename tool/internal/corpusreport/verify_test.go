package corpusreport

import (
	"fmt"
	"strings"
)

// verify checks an expectation against the lines of its corpus file, so
// that a slip in counting by hand (a wrong line, a misspelt term) or a
// changed corpus is reported instead of scored: every counted fact must be
// visible on its line.
func verify(e *expectation, lines []string) []string {
	var bad []string
	at := func(line int, what string) (string, bool) {
		if line > len(lines) {
			bad = append(bad, fmt.Sprintf("%s: %s is at line %d, but the file has %d lines", e.path, what, line, len(lines)))
			return "", false
		}
		return fold(lines[line-1]), true
	}
	want := func(line int, what string, parts ...string) {
		l, ok := at(line, what)
		for _, part := range parts {
			if ok && !strings.Contains(l, fold(part)) {
				bad = append(bad, fmt.Sprintf("%s: %s: line %d does not contain %q", e.path, what, line, part))
			}
		}
	}
	for _, c := range e.Clauses {
		want(c.Line, "clause "+c.Number, c.Number, c.Title)
	}
	for _, it := range e.Items {
		what := fmt.Sprintf("item %q of %s", it.Label, it.Clause)
		if it.Label != "" {
			want(it.Line, what, it.Label)
		} else if l, ok := at(it.Line, what); ok && !isBullet(l) {
			bad = append(bad, fmt.Sprintf("%s: %s: line %d is not a bullet", e.path, what, it.Line))
		}
	}
	for _, d := range e.Definitions {
		want(d.Line, "definition "+d.Term, d.Term)
	}
	for _, r := range e.References {
		want(r.Line, "reference "+r.Text, r.Text)
	}
	return bad
}

func isBullet(line string) bool {
	l := strings.TrimSpace(line)
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "+ ")
}
