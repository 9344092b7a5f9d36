package notice

import (
	"fmt"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/redline"
)

func (n *Notice) markdown(w io.Writer) {
	words := n.words()
	md := redline.EscapeMarkdown
	fmt.Fprintf(w, "# %s\n\n", md(n.Subject))
	if n.Draft {
		fmt.Fprintf(w, "**%s**\n\n", md(words.Notice.Draft))
	}
	fmt.Fprintf(w, "%s\n\n", md(n.opening()))
	for _, p := range paragraphs(n.Summary) {
		fmt.Fprintf(w, "%s\n\n", md(p))
	}
	if n.onlyEditorial() {
		fmt.Fprintf(w, "%s\n\n", md(words.Notice.OnlyEditorial))
	}
	if len(n.Substantive) > 0 {
		fmt.Fprintf(w, "## %s\n\n", md(words.Notice.SubstantiveH))
		for _, it := range n.Substantive {
			n.mdItem(w, it)
		}
	}
	if len(n.Definitions) > 0 {
		fmt.Fprintf(w, "## %s\n\n", md(words.Notice.DefinitionsH))
		for _, d := range n.Definitions {
			fmt.Fprintf(w, "- **%s** — %s", md(d.Term), md(d.Sentence))
			if len(d.Affects) > 0 {
				var refs []string
				for _, r := range d.Affects {
					refs = append(refs, mdLink(r.Label, r.Link))
				}
				fmt.Fprintf(w, " %s", fmt.Sprintf(md(words.Notice.DefUsedIn), strings.Join(refs, ", ")))
			}
			fmt.Fprint(w, "\n")
			if d.Explanation != "" {
				fmt.Fprintf(w, "\n  *%s:* %s\n", md(words.Notice.Explanation), md(oneLine(d.Explanation)))
			}
			mdExcerpt(w, d.Excerpt)
			fmt.Fprint(w, "\n")
		}
	}
	if n.Renumbered > 0 || len(n.Editorial) > 0 {
		fmt.Fprintf(w, "## %s\n\n", md(words.Notice.EditorialH))
		if s := n.renumberedSentence(); s != "" {
			fmt.Fprintf(w, "%s\n\n", md(s))
		}
		if len(n.Editorial) > 0 {
			fmt.Fprintf(w, "%s\n\n", md(words.Notice.EditorialIntro))
			for _, it := range n.Editorial {
				fmt.Fprintf(w, "- %s: %s", mdLink(it.Label, it.Link), md(it.What))
				if it.Explanation != "" {
					fmt.Fprintf(w, " — %s", md(oneLine(it.Explanation)))
				}
				fmt.Fprint(w, "\n")
			}
			fmt.Fprint(w, "\n")
		}
	}
	if n.Objection != "" {
		fmt.Fprintf(w, "## %s\n\n", md(words.Notice.ObjectionH))
		for _, p := range paragraphs(n.Objection) {
			fmt.Fprintf(w, "%s\n\n", md(p))
		}
	}
	if n.URL != "" {
		fmt.Fprintf(w, "%s\n", fmt.Sprintf(md(words.Notice.FullText), "<"+n.URL+">"))
	}
}

func (n *Notice) mdItem(w io.Writer, it Item) {
	md := redline.EscapeMarkdown
	fmt.Fprintf(w, "- **%s** (%s)", mdLink(it.Label, it.Link), md(it.What))
	if it.Title != "" {
		fmt.Fprintf(w, " %s", md(it.Title))
	}
	fmt.Fprint(w, "\n")
	if it.Explanation != "" {
		fmt.Fprintf(w, "\n  *%s:* %s\n", md(n.words().Notice.Explanation), md(oneLine(it.Explanation)))
	}
	mdExcerpt(w, it.Excerpt)
	fmt.Fprint(w, "\n")
}

func mdExcerpt(w io.Writer, ex []Span) {
	if len(ex) == 0 {
		return
	}
	var b strings.Builder
	for _, s := range ex {
		b.WriteString(redline.MarkMarkdown(s.Op, s.Text))
	}
	fmt.Fprintf(w, "\n  > %s\n", strings.TrimSpace(b.String()))
}

func mdLink(label, link string) string {
	if link == "" {
		return redline.EscapeMarkdown(label)
	}
	return "[" + redline.EscapeMarkdown(label) + "](" + strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(link) + ")"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
