package redline

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiBold  = "\x1b[1m"
	ansiReset = "\x1b[0m"
)

// Text writes the comparison for a terminal: the summary, one line per
// changed clause, references to review, then the changed words of each
// changed clause with a little unchanged text around them. Deletions read
// [-so-], insertions {+so+}; with o.Color they are also red and green.
// Control characters in the documents never reach the terminal: they are
// shown as visible symbols (see safetext).
func Text(w io.Writer, r *diff.Result, o Options) error {
	sw := safetext.NewWriter(bufio.NewWriter(w))
	t := &textWriter{w: sw, r: r, o: o, words: words(r)}
	t.write()
	return sw.Flush()
}

type textWriter struct {
	w     *safetext.Writer
	r     *diff.Result
	o     Options
	words *lang.ChangeWords
}

// colored writes s in an ANSI colour when colours are on: the colour codes
// are the only control characters the text report writes.
func (t *textWriter) colored(code, s string) {
	if !t.o.Color || s == "" {
		io.WriteString(t.w, s)
		return
	}
	t.w.WriteRaw(code)
	io.WriteString(t.w, s)
	t.w.WriteRaw(ansiReset)
}

func (t *textWriter) write() {
	r, w, lg := t.r, t.words, language(t.r)
	t.colored(ansiBold, r.New.Meta.Title)
	fmt.Fprintf(t.w, " (%s)\n", r.New.Meta.ID)
	if r.Old.Meta.ID != r.New.Meta.ID {
		fmt.Fprintf(t.w, "%s: %s (%s)\n", w.Old, r.Old.Meta.Title, r.Old.Meta.ID)
	}
	fmt.Fprintf(t.w, "%-6s %s\n", w.Old+":", versionLine(r.Old, lg))
	fmt.Fprintf(t.w, "%-6s %s\n\n", w.New+":", versionLine(r.New, lg))
	t.summary()
	t.changeList()
	t.references()
	for _, c := range shown(r, t.o) {
		if detailed(c, t.o) {
			t.detail(c)
		}
	}
	for _, d := range r.DefChanges(t.o.IgnoreEditorial) {
		t.definition(d)
	}
}

func (t *textWriter) summary() {
	r, w, lg := t.r, t.words, language(t.r)
	var parts []string
	for _, c := range r.Summary.Counts(lg) {
		parts = append(parts, fmt.Sprintf("%d %s", c.N, c.Label))
	}
	fmt.Fprintf(t.w, "%s: %s\n", w.Summary, strings.Join(parts, ", "))
	parts = parts[:0]
	for _, c := range r.Summary.DefCounts(lg) {
		parts = append(parts, fmt.Sprintf("%d %s", c.N, c.Label))
	}
	fmt.Fprintf(t.w, "%s: %s\n", w.Definitions, strings.Join(parts, ", "))
	fmt.Fprintf(t.w, "%s: %d, %s: %d, %s: %d\n", capital(w.Substantive), r.Summary.Substantive,
		w.Affected, r.Summary.Affected, w.References, r.Summary.References)
	if t.o.IgnoreEditorial {
		if n := len(r.Changes(false)) - len(r.Changes(true)); n > 0 {
			fmt.Fprintf(t.w, "(%d %s)\n", n, w.Hidden)
		}
	}
}

// changeList writes one line per changed clause: kind, old number, new
// number, title.
func (t *textWriter) changeList() {
	cs := shown(t.r, t.o)
	defs := t.r.DefChanges(t.o.IgnoreEditorial)
	if len(cs) == 0 && len(defs) == 0 {
		fmt.Fprintf(t.w, "\n%s\n", t.words.NoChanges)
		return
	}
	kw, ow, nw := 0, 0, 0
	for _, c := range cs {
		kw = max(kw, utf8.RuneCountInString(c.Describe(t.words)))
		ow = max(ow, utf8.RuneCountInString(orDash(label(c, c.Old, t.words))))
		nw = max(nw, utf8.RuneCountInString(orDash(label(c, c.New, t.words))))
	}
	fmt.Fprintln(t.w)
	for _, c := range cs {
		line := fmt.Sprintf("  %s  %s → %s", pad(c.Describe(t.words), kw), pad(orDash(label(c, c.Old, t.words)), ow),
			pad(orDash(label(c, c.New, t.words)), nw))
		if cl := c.Clause(); cl != nil && cl.Number != "" && cl.Title != "" {
			line += "  " + cl.Title
		}
		if why := reasons(c, t.words); why != "" {
			line += "  (" + why + ")"
		}
		fmt.Fprintln(t.w, strings.TrimRight(line, " "))
	}
	for _, d := range defs {
		line := fmt.Sprintf("  %s %s: %s", t.words.Definition, d.Kind.Word(t.words), d.Term)
		if !d.Substantive {
			line += " (" + t.words.Editorial + ")"
		}
		fmt.Fprintln(t.w, line)
	}
}

func (t *textWriter) references() {
	if len(t.r.References) == 0 {
		return
	}
	fmt.Fprintf(t.w, "\n%s:\n", capital(t.words.References))
	for _, x := range t.r.References {
		fmt.Fprintf(t.w, "  %s\n", refIssue(x, t.words))
	}
}

// detail writes the changed lines of a clause.
func (t *textWriter) detail(c *diff.Change) {
	head := label(c, c.New, t.words)
	if c.New == nil {
		head = label(c, c.Old, t.words)
	} else if c.Old != nil && diff.Label(c.Old) != diff.Label(c.New) {
		head = diff.Label(c.Old) + " → " + head
	}
	desc := c.Describe(t.words)
	if why := reasons(c, t.words); why != "" {
		desc += ": " + why
	}
	t.heading("── " + head + " · " + desc)
	if len(c.AffectedBy) > 0 {
		fmt.Fprintf(t.w, "  (%s %s: %s)\n", t.words.Definition, t.words.Amended, strings.Join(c.AffectedBy, ", "))
	}
	t.redline(c.Text)
}

func (t *textWriter) definition(d *diff.DefChange) {
	head := t.words.Definition + " " + d.Term + " · " + d.Kind.Word(t.words)
	if !d.Substantive {
		head += " (" + t.words.Editorial + ")"
	}
	t.heading("── " + head)
	t.redline(d.Text)
	if len(d.Affects) > 0 {
		fmt.Fprintf(t.w, "  %s: %s\n", t.words.UsedIn, clauseList(d.Affects))
	}
}

// redline writes the lines of a text diff that changed, with unchanged
// text around each change shortened.
func (t *textWriter) redline(td *diff.TextDiff) {
	n := t.o.context()
	whole := td.Old == "" || td.New == ""
	for _, ps := range lines(visible(td, t.o.IgnoreEditorial)) {
		if !changedLine(ps) {
			continue
		}
		io.WriteString(t.w, "  ")
		for i, p := range ps {
			switch p.op {
			case diff.Equal:
				if whole {
					io.WriteString(t.w, p.text)
				} else {
					io.WriteString(t.w, elide(p.text, i > 0, i < len(ps)-1, n))
				}
			case diff.Delete:
				t.colored(ansiRed, "[-"+showSpace(p.text)+"-]")
			case diff.Insert:
				t.colored(ansiGreen, "{+"+showSpace(p.text)+"+}")
			}
		}
		io.WriteString(t.w, "\n")
	}
}

// heading writes a blank line and a bold heading.
func (t *textWriter) heading(s string) {
	io.WriteString(t.w, "\n")
	t.colored(ansiBold, s)
	io.WriteString(t.w, "\n")
}

func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}
