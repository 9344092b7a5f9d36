package notice

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// Formats lists the notice formats.
var Formats = []string{"md", "html", "text", "json"}

// Write prints the notice in a format: md, html, text or json. Control
// characters from the documents never reach it (see safetext): in JSON they
// are escaped, elsewhere shown as visible symbols.
func (n *Notice) Write(w io.Writer, format string) error {
	bw := safetext.NewWriter(bufio.NewWriter(w))
	if format == "json" {
		bw = safetext.NewJSONWriter(bufio.NewWriter(w))
	}
	var err error
	switch format {
	case "md":
		n.markdown(bw)
	case "text":
		n.text(bw)
	case "html":
		n.html(bw)
	case "json":
		err = n.json(bw)
	default:
		return fmt.Errorf("unknown notice format %q: use %s", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func (n *Notice) words() *lang.ChangeWords { return lang.Changes(n.Language) }

// opening is the first paragraph: who changes what, and when it applies.
func (n *Notice) opening() string { return n.Intro + " " + n.Effective }

// onlyEditorial reports whether nothing changes in substance.
func (n *Notice) onlyEditorial() bool { return len(n.Substantive) == 0 && len(n.Definitions) == 0 }

func (n *Notice) renumberedSentence() string {
	w := n.words()
	switch n.Renumbered {
	case 0:
		return ""
	case 1:
		return w.Notice.RenumberedOne
	}
	return fmt.Sprintf(w.Notice.Renumbered, n.Renumbered)
}

func (n *Notice) fullText() string {
	if n.URL == "" {
		return ""
	}
	return fmt.Sprintf(n.words().Notice.FullText, n.URL)
}

// paragraphs splits an editor's text at blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}
