package redline

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// CSS styles the HTML redline. HTML embeds it; the site includes it in its
// stylesheet when it embeds HTMLFragment. Deletions are struck through and
// insertions underlined, both also between visible brackets, so that
// neither colour nor its absence (print, colour blindness) hides a change.
const CSS = `.lk-redline{font-family:Georgia,"Times New Roman",serif;line-height:1.5;max-width:62em;margin:0 auto;padding:1em}
.lk-redline h1{font-size:1.6em}
.lk-redline table{border-collapse:collapse;margin:.5em 0 1em}
.lk-redline th,.lk-redline td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}
.lk-counts td{text-align:right}
.lk-redline del{color:#9b0015;background:#fde7ea;text-decoration:line-through}
.lk-redline ins{color:#00561b;background:#e3f5e8;text-decoration:underline}
.lk-mark{font-family:Arial,sans-serif;font-size:.8em;font-weight:bold}
.lk-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.lk-badge{font-family:Arial,sans-serif;font-size:.7em;font-weight:normal;border:1px solid #666;border-radius:3px;padding:0 .3em;margin-left:.5em;vertical-align:middle}
.lk-entry{margin:0 0 1em}
.lk-entry p{margin:.3em 0}
.lk-head{font-weight:bold}
.lk-unchanged{opacity:.8}
.lk-side{width:100%;table-layout:fixed}
.lk-legend{font-family:Arial,sans-serif;font-size:.85em;border-left:3px solid #888;padding-left:.5em}
`

// HTML writes a complete HTML page with the redline (see HTMLFragment).
func HTML(w io.Writer, r *diff.Result, o Options) error {
	bw := newOutput(w)
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", html.EscapeString(language(r)))
	fmt.Fprintf(bw, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n",
		html.EscapeString(pageTitle(r)), CSS)
	(&htmlWriter{w: bw, r: r, o: o, words: words(r)}).fragment()
	fmt.Fprint(bw, "</body>\n</html>\n")
	return bw.Flush()
}

// HTMLFragment writes the redline as one <div class="lk-redline"> for a
// page of the site: the summary with a table of changes, references to
// review, changed definitions, a legend, then the whole document with every
// change marked, inline or side by side. Style it with CSS.
func HTMLFragment(w io.Writer, r *diff.Result, o Options) error {
	bw := newOutput(w)
	(&htmlWriter{w: bw, r: r, o: o, words: words(r)}).fragment()
	return bw.Flush()
}

func pageTitle(r *diff.Result) string {
	return fmt.Sprintf("%s: %s → %s", r.New.Meta.Title, r.Old.Meta.Version, r.New.Meta.Version)
}

type htmlWriter struct {
	w     *safetext.Writer
	r     *diff.Result
	o     Options
	words *lang.ChangeWords
}

func esc(s string) string { return html.EscapeString(s) }

func (h *htmlWriter) fragment() {
	r, w, lg := h.r, h.words, language(h.r)
	fmt.Fprintf(h.w, "<div class=\"lk-redline\" lang=\"%s\">\n", esc(lg))
	if !h.o.NoTitle {
		fmt.Fprintf(h.w, "<h1>%s</h1>\n", esc(pageTitle(r)))
	}
	fmt.Fprintf(h.w, "<table class=\"lk-versions\">\n<tr><th scope=\"row\">%s</th><td>%s</td></tr>\n<tr><th scope=\"row\">%s</th><td>%s</td></tr>\n</table>\n",
		esc(w.Old), esc(versionLine(r.Old, lg)), esc(w.New), esc(versionLine(r.New, lg)))
	h.summary()
	fmt.Fprintf(h.w, "<p class=\"lk-legend\">%s</p>\n", esc(w.Legend))
	if h.o.Layout == SideBySide {
		h.side()
	} else {
		h.inline()
	}
	fmt.Fprint(h.w, "</div>\n")
}

func (h *htmlWriter) summary() {
	r, w, lg := h.r, h.words, language(h.r)
	fmt.Fprintf(h.w, "<section class=\"lk-summary\">\n<h2>%s</h2>\n<table class=\"lk-counts\">\n<tr>", esc(w.Summary))
	counts := r.Summary.Counts(lg)
	for _, c := range counts {
		fmt.Fprintf(h.w, "<th scope=\"col\">%s</th>", esc(c.Label))
	}
	fmt.Fprint(h.w, "</tr>\n<tr>")
	for _, c := range counts {
		fmt.Fprintf(h.w, "<td>%d</td>", c.N)
	}
	fmt.Fprint(h.w, "</tr>\n</table>\n")
	var defs []string
	for _, c := range r.Summary.DefCounts(lg) {
		defs = append(defs, fmt.Sprintf("%d %s", c.N, c.Label))
	}
	fmt.Fprintf(h.w, "<p>%s: %s. %s: %d, %s: %d, %s: %d.</p>\n", esc(w.Definitions), esc(strings.Join(defs, ", ")),
		esc(capital(w.Substantive)), r.Summary.Substantive, esc(w.Affected), r.Summary.Affected, esc(w.References), r.Summary.References)
	if h.o.IgnoreEditorial {
		if n := len(r.Changes(false)) - len(r.Changes(true)); n > 0 {
			fmt.Fprintf(h.w, "<p>(%d %s)</p>\n", n, esc(w.Hidden))
		}
	}
	h.changeTable()
	if len(r.References) > 0 {
		fmt.Fprintf(h.w, "<h2>%s</h2>\n<ul class=\"lk-refs\">\n", esc(capital(w.References)))
		for _, x := range r.References {
			fmt.Fprintf(h.w, "<li>%s</li>\n", esc(refIssue(x, w)))
		}
		fmt.Fprint(h.w, "</ul>\n")
	}
	if defs := r.DefChanges(h.o.IgnoreEditorial); len(defs) > 0 {
		fmt.Fprintf(h.w, "<h2>%s</h2>\n", esc(w.Definitions))
		for _, d := range defs {
			desc := d.Kind.Word(w)
			if !d.Substantive {
				desc += " (" + w.Editorial + ")"
			}
			fmt.Fprintf(h.w, "<section class=\"lk-entry lk-def lk-%s\">\n<p class=\"lk-head\">%s <span class=\"lk-badge\">%s</span></p>\n",
				esc(string(d.Kind)), esc(d.Term), esc(desc))
			for _, ps := range lines(visible(d.Text, h.o.IgnoreEditorial)) {
				fmt.Fprintf(h.w, "<p>%s</p>\n", h.pieces(ps))
			}
			if len(d.Affects) > 0 {
				var links []string
				for _, c := range d.Affects {
					links = append(links, fmt.Sprintf("<a href=\"%s\">%s</a>", esc(h.link(c.Anchor)), esc(diff.Label(c))))
				}
				fmt.Fprintf(h.w, "<p>%s: %s</p>\n", esc(capital(w.UsedIn)), strings.Join(links, ", "))
			}
			fmt.Fprint(h.w, "</section>\n")
		}
	}
	fmt.Fprint(h.w, "</section>\n")
}

func (h *htmlWriter) changeTable() {
	w := h.words
	cs := shown(h.r, h.o)
	if len(cs) == 0 {
		fmt.Fprintf(h.w, "<p>%s</p>\n", esc(w.NoChanges))
		return
	}
	fmt.Fprintf(h.w, "<table class=\"lk-changes\">\n<tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\"></th></tr>\n",
		esc(capital(w.Changes)), esc(w.Old), esc(w.New))
	for _, c := range cs {
		what := c.Describe(w)
		if why := reasons(c, w); why != "" {
			what += " (" + why + ")"
		}
		newCell := esc(label(c, c.New, w))
		if c.New != nil || c.Preamble {
			newCell = fmt.Sprintf("<a href=\"#%s\">%s</a>", esc(entryID(c)), newCell)
		}
		oldCell := esc(label(c, c.Old, w))
		if c.New == nil && !c.Preamble {
			oldCell = fmt.Sprintf("<a href=\"#%s\">%s</a>", esc(entryID(c)), oldCell)
		}
		title := ""
		if cl := c.Clause(); cl != nil && cl.Number != "" {
			title = cl.Title
		}
		fmt.Fprintf(h.w, "<tr class=\"lk-%s\"><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			esc(string(c.Kind)), esc(what), oldCell, newCell, esc(title))
	}
	fmt.Fprint(h.w, "</table>\n")
}

// link is the address of a clause of the new version.
func (h *htmlWriter) link(anchor string) string {
	if h.o.Link != nil {
		return h.o.Link(anchor)
	}
	return "#r-" + anchor
}

// entryID is the id of a clause in the redline: "r-" and the new anchor,
// or "r-old-" and the old anchor for a removed clause.
func entryID(c *diff.Change) string {
	switch {
	case c.Preamble:
		return "r-preamble"
	case c.New != nil:
		return "r-" + c.New.Anchor
	}
	return "r-old-" + c.Old.Anchor
}

// marked reports whether the redline shows a change as changed.
func (h *htmlWriter) marked(c *diff.Change) bool {
	return c.Kind != diff.Unchanged && (!h.o.IgnoreEditorial || c.Substantive)
}

func depth(c *diff.Change) int {
	if cl := c.Clause(); cl != nil {
		return cl.Depth()
	}
	return 1
}

// number writes the clause number of an entry: struck and inserted when
// it changed.
func (h *htmlWriter) number(c *diff.Change) string {
	w := h.words
	o, n := label(c, c.Old, w), label(c, c.New, w)
	if c.Preamble || c.Clause().Number == "" {
		return ""
	}
	switch {
	case c.Old == nil:
		return h.mark(diff.Insert, n)
	case c.New == nil:
		return h.mark(diff.Delete, o)
	case o != n && h.marked(c):
		return h.mark(diff.Delete, o) + " " + h.mark(diff.Insert, n)
	}
	return esc(n)
}

func (h *htmlWriter) badge(c *diff.Change) string {
	if !h.marked(c) {
		return ""
	}
	desc := c.Describe(h.words)
	if why := reasons(c, h.words); why != "" {
		desc += ": " + why
	}
	return fmt.Sprintf(" <span class=\"lk-badge\">%s</span>", esc(desc))
}

// hasTitle reports whether the first line of the clause text is its title.
func hasTitle(c *diff.Change) bool {
	return c.Old != nil && c.Old.Title != "" || c.New != nil && c.New.Title != ""
}

func (h *htmlWriter) inline() {
	fmt.Fprint(h.w, "<article class=\"lk-doc\">\n")
	for _, c := range h.r.Entries {
		class := "lk-unchanged"
		if h.marked(c) {
			class = "lk-" + string(c.Kind)
		}
		level := min(depth(c)+1, 6)
		fmt.Fprintf(h.w, "<section class=\"lk-entry %s\" id=\"%s\">\n", class, esc(entryID(c)))
		ls := lines(visible(c.Text, h.o.IgnoreEditorial))
		title := ""
		if hasTitle(c) && len(ls) > 0 {
			title, ls = h.pieces(ls[0]), ls[1:]
		}
		head := strings.TrimSpace(h.number(c) + " " + title)
		if c.Preamble {
			head = esc(capital(h.words.Preamble))
		}
		fmt.Fprintf(h.w, "<h%d class=\"lk-head\">%s%s</h%d>\n", level, head, h.badge(c), level)
		for _, ps := range ls {
			fmt.Fprintf(h.w, "<p>%s</p>\n", h.pieces(ps))
		}
		fmt.Fprint(h.w, "</section>\n")
	}
	fmt.Fprint(h.w, "</article>\n")
}

func (h *htmlWriter) side() {
	w := h.words
	fmt.Fprintf(h.w, "<table class=\"lk-side\">\n<tr><th scope=\"col\">%s: %s %s</th><th scope=\"col\">%s: %s %s</th></tr>\n",
		esc(w.Old), esc(w.Version), esc(h.r.Old.Meta.Version), esc(w.New), esc(w.Version), esc(h.r.New.Meta.Version))
	for _, c := range h.r.Entries {
		class := "lk-unchanged"
		if h.marked(c) {
			class = "lk-" + string(c.Kind)
		}
		segs := visible(c.Text, h.o.IgnoreEditorial)
		fmt.Fprintf(h.w, "<tr class=\"lk-entry %s\" id=\"%s\">", class, esc(entryID(c)))
		h.sideCell(c, only(segs, diff.Delete), true)
		h.sideCell(c, only(segs, diff.Insert), false)
		fmt.Fprint(h.w, "</tr>\n")
	}
	fmt.Fprint(h.w, "</table>\n")
}

func (h *htmlWriter) sideCell(c *diff.Change, segs []diff.Segment, old bool) {
	fmt.Fprint(h.w, "<td>")
	absent := old && c.Old == nil && !c.Preamble || !old && c.New == nil && !c.Preamble
	if !absent && len(segs) > 0 {
		ls := lines(segs)
		title := ""
		if hasTitle(c) && len(ls) > 0 {
			title, ls = h.pieces(ls[0]), ls[1:]
		}
		num := ""
		if c.Preamble {
			num = esc(capital(h.words.Preamble))
		} else if cl := pick(c, old); cl != nil && cl.Number != "" {
			num = esc(diff.Label(cl))
		}
		badge := ""
		if !old {
			badge = h.badge(c)
		}
		fmt.Fprintf(h.w, "<p class=\"lk-head\">%s%s</p>", strings.TrimSpace(num+" "+title), badge)
		for _, ps := range ls {
			fmt.Fprintf(h.w, "<p>%s</p>", h.pieces(ps))
		}
	}
	fmt.Fprint(h.w, "</td>")
}

func pick(c *diff.Change, old bool) *model.Clause {
	if old {
		return c.Old
	}
	return c.New
}

// only keeps the equal segments and those of one operation: the old side
// of a side-by-side redline shows deletions, the new side insertions.
func only(segs []diff.Segment, op diff.Op) []diff.Segment {
	var out []diff.Segment
	for _, s := range segs {
		if s.Op == diff.Equal || s.Op == op {
			out = append(out, s)
		}
	}
	return out
}

// pieces writes one line of a redline.
func (h *htmlWriter) pieces(ps []piece) string {
	var b strings.Builder
	for _, p := range ps {
		if p.op == diff.Equal {
			b.WriteString(esc(p.text))
		} else {
			b.WriteString(h.mark(p.op, p.text))
		}
	}
	return b.String()
}

// mark writes deleted or inserted text: struck through or underlined,
// between visible brackets, with a word for screen readers.
func (h *htmlWriter) mark(op diff.Op, text string) string {
	tag, sign, word := "ins", "+", h.words.Inserted
	if op == diff.Delete {
		tag, sign, word = "del", "−", h.words.Deleted
	}
	return fmt.Sprintf("<%s><span class=\"lk-mark\" aria-hidden=\"true\">[%s</span><span class=\"lk-sr\">%s: </span>%s<span class=\"lk-mark\" aria-hidden=\"true\">]</span></%s>",
		tag, sign, esc(word), esc(showSpace(text)), tag)
}
