package redline

import (
	"fmt"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// Markdown writes the comparison as GitHub-flavoured Markdown: a summary
// table, a table of changed clauses, references to review, then each
// changed clause with [-~~deleted~~-] and {+**inserted**+} words.
func Markdown(w io.Writer, r *diff.Result, o Options) error {
	bw := newOutput(w)
	m := &mdWriter{w: bw, r: r, o: o, words: words(r)}
	m.write()
	return bw.Flush()
}

type mdWriter struct {
	w     *safetext.Writer
	r     *diff.Result
	o     Options
	words *lang.ChangeWords
}

func (m *mdWriter) write() {
	r, w, lg := m.r, m.words, language(m.r)
	fmt.Fprintf(m.w, "# %s: %s → %s\n\n", mdEscape(r.New.Meta.Title), mdEscape(r.Old.Meta.Version), mdEscape(r.New.Meta.Version))
	fmt.Fprintf(m.w, "- **%s:** %s\n", w.Old, mdEscape(versionLine(r.Old, lg)))
	fmt.Fprintf(m.w, "- **%s:** %s\n\n", w.New, mdEscape(versionLine(r.New, lg)))

	fmt.Fprintf(m.w, "## %s\n\n", w.Summary)
	counts := r.Summary.Counts(lg)
	var head, rule, vals []string
	for _, c := range counts {
		head = append(head, c.Label)
		rule = append(rule, "--:")
		vals = append(vals, fmt.Sprint(c.N))
	}
	fmt.Fprintf(m.w, "| %s |\n| %s |\n| %s |\n\n", strings.Join(head, " | "), strings.Join(rule, " | "), strings.Join(vals, " | "))
	var defs []string
	for _, c := range r.Summary.DefCounts(lg) {
		defs = append(defs, fmt.Sprintf("%d %s", c.N, c.Label))
	}
	fmt.Fprintf(m.w, "%s: %s. %s: %d, %s: %d, %s: %d.\n", w.Definitions, strings.Join(defs, ", "),
		capital(w.Substantive), r.Summary.Substantive, w.Affected, r.Summary.Affected, w.References, r.Summary.References)
	if m.o.IgnoreEditorial {
		if n := len(r.Changes(false)) - len(r.Changes(true)); n > 0 {
			fmt.Fprintf(m.w, "\n(%d %s)\n", n, w.Hidden)
		}
	}
	m.list()
	if len(r.References) > 0 {
		fmt.Fprintf(m.w, "\n## %s\n\n", capital(w.References))
		for _, x := range r.References {
			fmt.Fprintf(m.w, "- %s\n", mdEscape(refIssue(x, w)))
		}
	}
	var details []*diff.Change
	for _, c := range shown(r, m.o) {
		if detailed(c, m.o) {
			details = append(details, c)
		}
	}
	defChanges := r.DefChanges(m.o.IgnoreEditorial)
	if len(details)+len(defChanges) > 0 {
		fmt.Fprintf(m.w, "\n## %s\n", w.Changes)
	}
	for _, c := range details {
		m.detail(c)
	}
	for _, d := range defChanges {
		m.definition(d)
	}
}

func (m *mdWriter) list() {
	cs := shown(m.r, m.o)
	defs := m.r.DefChanges(m.o.IgnoreEditorial)
	w := m.words
	if len(cs) == 0 && len(defs) == 0 {
		fmt.Fprintf(m.w, "\n%s\n", w.NoChanges)
		return
	}
	fmt.Fprintf(m.w, "\n| %s | %s | %s | |\n| --- | --- | --- | --- |\n", capital(w.Changes), w.Old, w.New)
	for _, c := range cs {
		what := c.Describe(w)
		if why := reasons(c, w); why != "" {
			what += " (" + why + ")"
		}
		title := ""
		if cl := c.Clause(); cl != nil && cl.Number != "" {
			title = cl.Title
		}
		fmt.Fprintf(m.w, "| %s | %s | %s | %s |\n", mdCell(what), mdCell(label(c, c.Old, w)), mdCell(label(c, c.New, w)), mdCell(title))
	}
	for _, d := range defs {
		what := w.Definition + " " + d.Kind.Word(w)
		if !d.Substantive {
			what += " (" + w.Editorial + ")"
		}
		fmt.Fprintf(m.w, "| %s | | | %s |\n", mdCell(what), mdCell(d.Term))
	}
}

func (m *mdWriter) detail(c *diff.Change) {
	w := m.words
	head := label(c, c.New, w)
	if c.New == nil {
		head = label(c, c.Old, w)
	} else if c.Old != nil && diff.Label(c.Old) != diff.Label(c.New) {
		head = diff.Label(c.Old) + " → " + head
	}
	desc := c.Describe(w)
	if why := reasons(c, w); why != "" {
		desc += ": " + why
	}
	fmt.Fprintf(m.w, "\n### %s — %s\n\n", mdEscape(head), mdEscape(desc))
	if len(c.AffectedBy) > 0 {
		fmt.Fprintf(m.w, "*%s %s: %s*\n\n", capital(w.Definition), w.Amended, mdEscape(strings.Join(c.AffectedBy, ", ")))
	}
	m.redline(c.Text)
}

func (m *mdWriter) definition(d *diff.DefChange) {
	w := m.words
	desc := d.Kind.Word(w)
	if !d.Substantive {
		desc += " (" + w.Editorial + ")"
	}
	fmt.Fprintf(m.w, "\n### %s %s — %s\n\n", capital(w.Definition), mdEscape(d.Term), desc)
	m.redline(d.Text)
	if len(d.Affects) > 0 {
		fmt.Fprintf(m.w, "\n%s: %s\n", capital(w.UsedIn), mdEscape(clauseList(d.Affects)))
	}
}

func (m *mdWriter) redline(td *diff.TextDiff) {
	n := m.o.context()
	whole := td.Old == "" || td.New == ""
	var out []string
	for _, ps := range lines(visible(td, m.o.IgnoreEditorial)) {
		if !changedLine(ps) {
			continue
		}
		var b strings.Builder
		for i, p := range ps {
			switch p.op {
			case diff.Equal:
				t := p.text
				if !whole {
					t = elide(t, i > 0, i < len(ps)-1, n)
				}
				b.WriteString(mdEscape(t))
			case diff.Delete:
				b.WriteString(MarkMarkdown(diff.Delete, p.text))
			case diff.Insert:
				b.WriteString(MarkMarkdown(diff.Insert, p.text))
			}
		}
		out = append(out, mdLineStart(b.String()))
	}
	if len(out) > 0 {
		fmt.Fprintf(m.w, "%s\n", strings.Join(out, "\n\n"))
	}
}

// mdMark wraps text in emphasis markers, keeping surrounding spaces
// outside them so that the emphasis still works.
func mdMark(open, text, close string) string {
	if strings.TrimSpace(text) == "" {
		return open + mdEscape(showSpace(text)) + close
	}
	lead := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
	trail := text[len(strings.TrimRight(text, " \t")):]
	return lead + open + mdEscape(strings.TrimSpace(text)) + close + trail
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`, "~", `\~`)

// mdEscape makes text safe to place in Markdown: it reads the same.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

// EscapeMarkdown makes text safe to place in Markdown: it reads the same
// once rendered.
func EscapeMarkdown(s string) string { return mdEscape(s) }

// MarkMarkdown writes deleted or inserted text for Markdown: [-~~deleted~~-]
// or {+**inserted**+}; equal text is only escaped. The emphasis sits inside
// the markers, where CommonMark always lets it open and close.
func MarkMarkdown(op diff.Op, text string) string {
	switch op {
	case diff.Delete:
		return mdMark(`\[-~~`, text, `~~-\]`)
	case diff.Insert:
		return mdMark("{+**", text, "**+}")
	}
	return mdEscape(text)
}

func mdCell(s string) string { return strings.ReplaceAll(mdEscape(s), "\n", " ") }

// mdLineStart keeps a line that starts like a list item ("1. De naam",
// "- Ras") a plain paragraph.
func mdLineStart(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "+ ") {
		return `\` + s
	}
	return s
}
