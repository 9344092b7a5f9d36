package redline

import (
	"fmt"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/pdf"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// Formats lists the formats of a comparison, the first the default: a
// terminal report, Markdown, an HTML page, the JSON schema legalkit.diff/1
// and a PDF redline.
var Formats = []string{"text", "md", "html", "json", "pdf"}

// Binary reports whether a format is not text, so not for a terminal.
func Binary(format string) bool { return format == "pdf" }

// Write writes the comparison r in a format of Formats. Only text has
// colours (o.Color); the PDF redline uses the built-in style and fonts.
func Write(w io.Writer, format string, r *diff.Result, o Options) error {
	switch format {
	case "text":
		return Text(w, r, o)
	case "md":
		return Markdown(w, r, o)
	case "html":
		return HTML(w, r, o)
	case "json":
		// Control characters in the documents stay in the JSON as \u escapes.
		sw := safetext.NewJSONWriter(w)
		if err := r.WriteJSON(sw, o.IgnoreEditorial); err != nil {
			return err
		}
		return sw.Flush()
	case "pdf":
		return writePDF(w, r, o)
	}
	return fmt.Errorf("unknown comparison format %q: use %s", format, strings.Join(Formats, ", "))
}

// writePDF writes the PDF redline: the new version with insertions
// underlined, deletions struck through and the summary on the first page.
func writePDF(w io.Writer, r *diff.Result, o Options) error {
	rd, err := pdf.Default()
	if err != nil {
		return err
	}
	b, err := rd.Redline(r, pdf.RedlineOptions{IgnoreEditorial: o.IgnoreEditorial, SideBySide: o.Layout == SideBySide})
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
