package redline

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// Layout is how the HTML redline shows the two versions.
type Layout int

// The HTML layouts.
const (
	Inline     Layout = iota // one text with deletions and insertions marked
	SideBySide               // old and new next to each other, clause by clause
)

// Options control the output.
type Options struct {
	IgnoreEditorial bool   // leave out editorial changes; editorial edits inside substantive changes show as plain new text
	Color           bool   // terminal: ANSI colours (the markers stay)
	Layout          Layout // HTML
	NoTitle         bool   // HTML fragment: leave out the <h1>, for a page that has its own heading
	Context         int    // text and Markdown: words of unchanged text shown around a change; 0 means 8
	// Link returns the address of a clause (by anchor) of the new version,
	// for the list of changes. Nil links to the clause within the redline.
	Link func(anchor string) string
}

func (o Options) context() int {
	if o.Context <= 0 {
		return 8
	}
	return o.Context
}

func words(r *diff.Result) *lang.ChangeWords { return lang.Changes(r.New.Meta.Language) }

func language(r *diff.Result) string { return r.New.Meta.Language }

// date writes a date the way the document's readers expect.
func date(d model.Date, language string) string {
	return lang.FormatDate(d.Year, int(d.Month), d.Day, language)
}

// versionLine describes a version: "versie 2018-06-01, gepubliceerd 1 mei
// 2018, in werking 1 juni 2018".
func versionLine(d *model.Document, language string) string {
	w := lang.Changes(language)
	return fmt.Sprintf("%s %s, %s %s, %s %s", w.Version, d.Meta.Version, w.Published, date(d.Meta.Published, language),
		w.Effective, date(d.Meta.Effective, language))
}

// reasons says why an editorial change is editorial: "interpunctie,
// witruimte"; "" for substantive changes.
func reasons(c *diff.Change, w *lang.ChangeWords) string {
	if !c.TextChanged || c.Text.Substantive() {
		return ""
	}
	var rs []string
	for _, r := range c.Text.Reasons() {
		rs = append(rs, w.Reasons[r])
	}
	return strings.Join(rs, ", ")
}

// showSpace makes a change that is only whitespace visible: ␣ for a space,
// ⇥ for a tab, ↵ for a line end.
func showSpace(s string) string {
	if strings.TrimSpace(s) != "" {
		return s
	}
	return strings.NewReplacer(" ", "␣", "\t", "⇥", "\n", "↵", "\u00a0", "⍽").Replace(s)
}

// label names the clause of a change in one version: number, or title
// for an unnumbered section, or the word for the preamble.
func label(c *diff.Change, cl *model.Clause, w *lang.ChangeWords) string {
	if c.Preamble {
		return w.Preamble
	}
	return diff.Label(cl)
}

// visible turns editorial hunks into plain text when they are to be
// ignored: the deletion disappears, the insertion stays as ordinary text.
func visible(t *diff.TextDiff, ignoreEditorial bool) []diff.Segment {
	if t == nil {
		return nil
	}
	if !ignoreEditorial {
		return t.Segments
	}
	var out []diff.Segment
	for _, s := range t.Segments {
		if s.Op != diff.Equal && !t.Hunks[s.Hunk].Substantive {
			if s.Op == diff.Delete {
				continue
			}
			s = diff.Segment{Op: diff.Equal, Text: s.Text, Hunk: -1}
		}
		if n := len(out); n > 0 && out[n-1].Op == diff.Equal && s.Op == diff.Equal {
			out[n-1].Text += s.Text
			continue
		}
		out = append(out, s)
	}
	return out
}

// piece is part of one line of a redline.
type piece struct {
	op   diff.Op
	text string
}

// lines splits segments at line ends: one slice of pieces per line.
func lines(segs []diff.Segment) [][]piece {
	out := [][]piece{nil}
	for _, s := range segs {
		parts := strings.Split(s.Text, "\n")
		for i, p := range parts {
			if i > 0 {
				out = append(out, nil)
			}
			if p != "" {
				out[len(out)-1] = append(out[len(out)-1], piece{s.Op, p})
			}
		}
	}
	return out
}

// changedLine reports whether a line holds a deletion or an insertion.
func changedLine(ps []piece) bool {
	for _, p := range ps {
		if p.op != diff.Equal {
			return true
		}
	}
	return false
}

// elide shortens long unchanged text around changes to n words on each
// side that touches a change.
func elide(text string, keepStart, keepEnd bool, n int) string {
	fields := strings.Fields(text)
	if len(fields) <= 2*n+1 {
		return text
	}
	lead, trail := "", ""
	if strings.TrimLeft(text, " \t") != text {
		lead = " "
	}
	if strings.TrimRight(text, " \t") != text {
		trail = " "
	}
	switch {
	case keepStart && keepEnd:
		return lead + strings.Join(fields[:n], " ") + " … " + strings.Join(fields[len(fields)-n:], " ") + trail
	case keepStart:
		return lead + strings.Join(fields[:n], " ") + " …"
	case keepEnd:
		return "… " + strings.Join(fields[len(fields)-n:], " ") + trail
	}
	return "…"
}

// shown returns the changes a report lists.
func shown(r *diff.Result, o Options) []*diff.Change { return r.Changes(o.IgnoreEditorial) }

// refIssue writes a reference issue as a sentence.
func refIssue(x *diff.RefIssue, w *lang.ChangeWords) string {
	format := w.RefIssues[x.Issue]
	switch x.Issue {
	case diff.IssueTargetRenumbered:
		return fmt.Sprintf(format, diff.Label(x.Clause), x.Text, diff.Label(x.Was), diff.Label(x.Now))
	default:
		return fmt.Sprintf(format, diff.Label(x.Clause), x.Text, diff.Label(x.Was))
	}
}

// clauseList writes clause labels separated by commas.
func clauseList(cs []*model.Clause) string {
	var out []string
	for _, c := range cs {
		out = append(out, diff.Label(c))
	}
	return strings.Join(out, ", ")
}

// detailed reports whether a change has text worth showing word by word.
func detailed(c *diff.Change, o Options) bool {
	if !c.TextChanged {
		return false
	}
	if o.IgnoreEditorial && !c.Text.Substantive() && c.Kind != diff.Added && c.Kind != diff.Removed {
		return false
	}
	return true
}

// newOutput returns a buffered writer into w that keeps control characters
// from the documents out of the output (see safetext); Flush it at the end.
func newOutput(w io.Writer) *safetext.Writer { return safetext.NewWriter(bufio.NewWriter(w)) }

// newJSONOutput is newOutput for JSON: control characters become \u escapes.
func newJSONOutput(w io.Writer) *safetext.Writer {
	return safetext.NewJSONWriter(bufio.NewWriter(w))
}
