package notice

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/legalkit/legalkit/tool/internal/diff"
)

const textWidth = 72

func (n *Notice) text(w io.Writer) {
	words := n.words()
	fmt.Fprintf(w, "%s\n%s\n\n", n.Subject, strings.Repeat("=", min(textWidth, len([]rune(n.Subject)))))
	if n.Draft {
		fmt.Fprintf(w, "%s\n\n", words.Notice.Draft)
	}
	fmt.Fprintf(w, "%s\n\n", wrap(n.opening(), "", "", textWidth))
	for _, p := range paragraphs(n.Summary) {
		fmt.Fprintf(w, "%s\n\n", wrap(p, "", "", textWidth))
	}
	if n.onlyEditorial() {
		fmt.Fprintf(w, "%s\n\n", wrap(words.Notice.OnlyEditorial, "", "", textWidth))
	}
	heading := func(s string) {
		fmt.Fprintf(w, "%s\n%s\n\n", s, strings.Repeat("-", len([]rune(s))))
	}
	if len(n.Substantive) > 0 {
		heading(words.Notice.SubstantiveH)
		for _, it := range n.Substantive {
			head := it.Label + " (" + it.What + ")"
			if it.Title != "" {
				head += " " + it.Title
			}
			fmt.Fprintf(w, "%s\n", wrap(head, "* ", "  ", textWidth))
			if it.Link != "" {
				fmt.Fprintf(w, "  %s\n", it.Link)
			}
			if it.Explanation != "" {
				fmt.Fprintf(w, "%s\n", wrap(words.Notice.Explanation+": "+oneLine(it.Explanation), "  ", "  ", textWidth))
			}
			if ex := textExcerpt(it.Excerpt); ex != "" {
				fmt.Fprintf(w, "%s\n", wrap(ex, "  | ", "  | ", textWidth))
			}
			fmt.Fprint(w, "\n")
		}
	}
	if len(n.Definitions) > 0 {
		heading(words.Notice.DefinitionsH)
		for _, d := range n.Definitions {
			line := d.Term + ": " + d.Sentence
			if len(d.Affects) > 0 {
				var refs []string
				for _, r := range d.Affects {
					refs = append(refs, r.Label)
				}
				line += " " + fmt.Sprintf(words.Notice.DefUsedIn, strings.Join(refs, ", "))
			}
			fmt.Fprintf(w, "%s\n", wrap(line, "* ", "  ", textWidth))
			if d.Explanation != "" {
				fmt.Fprintf(w, "%s\n", wrap(words.Notice.Explanation+": "+oneLine(d.Explanation), "  ", "  ", textWidth))
			}
			if ex := textExcerpt(d.Excerpt); ex != "" {
				fmt.Fprintf(w, "%s\n", wrap(ex, "  | ", "  | ", textWidth))
			}
			fmt.Fprint(w, "\n")
		}
	}
	if n.Renumbered > 0 || len(n.Editorial) > 0 {
		heading(words.Notice.EditorialH)
		if s := n.renumberedSentence(); s != "" {
			fmt.Fprintf(w, "%s\n\n", wrap(s, "", "", textWidth))
		}
		if len(n.Editorial) > 0 {
			fmt.Fprintf(w, "%s\n", wrap(words.Notice.EditorialIntro, "", "", textWidth))
			for _, it := range n.Editorial {
				line := it.Label + ": " + it.What
				if it.Explanation != "" {
					line += " - " + oneLine(it.Explanation)
				}
				fmt.Fprintf(w, "%s\n", wrap(line, "* ", "  ", textWidth))
			}
			fmt.Fprint(w, "\n")
		}
	}
	if n.Objection != "" {
		heading(words.Notice.ObjectionH)
		for _, p := range paragraphs(n.Objection) {
			fmt.Fprintf(w, "%s\n\n", wrap(p, "", "", textWidth))
		}
	}
	if s := n.fullText(); s != "" {
		fmt.Fprintf(w, "%s\n", wrap(s, "", "", textWidth))
	}
}

func textExcerpt(ex []Span) string {
	var b strings.Builder
	for _, s := range ex {
		switch s.Op {
		case diff.Delete:
			b.WriteString("[-" + s.Text + "-]")
		case diff.Insert:
			b.WriteString("{+" + s.Text + "+}")
		default:
			b.WriteString(s.Text)
		}
	}
	return strings.TrimSpace(b.String())
}

// wrap breaks text into lines of at most width characters; the first
// line starts with first, the others with rest.
func wrap(text, first, rest string, width int) string {
	var lines []string
	line, empty := first, true
	for _, word := range strings.FieldsFunc(text, breakable) {
		if !empty && len([]rune(line))+1+len([]rune(word)) > width {
			lines = append(lines, line)
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line += word
		empty = false
	}
	return strings.Join(append(lines, line), "\n")
}

// breakable reports whether a line may break at r: at a space, but never at
// a no-break space, which French puts before a colon and inside guillemets
// ("« Service »").
func breakable(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}
