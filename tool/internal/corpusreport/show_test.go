package corpusreport

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// TestCorpusShow prints what legalkit finds in one corpus version, line by
// line of the corpus file, to compare with the Markdown when writing or
// reviewing an expectation:
//
//	LEGALKIT_CORPUS_SHOW=commonpaper/mutual-nda/2021-07-19_f90b8ac.md go test -v -run TestCorpusShow ./tool/internal/corpusreport
func TestCorpusShow(t *testing.T) {
	file := os.Getenv("LEGALKIT_CORPUS_SHOW")
	if file == "" {
		t.Skip("set LEGALKIT_CORPUS_SHOW=source/document/file.md to print what legalkit finds in it")
	}
	root := corpusRoot(t)
	d, err := readDocument(filepath.Join(root, filepath.Dir(file)))
	if err != nil {
		t.Fatal(err)
	}
	vs, err := runDocument(d, []string{filepath.Base(file)})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	showModel(&b, vs[0].Doc)
	for _, f := range vs[0].Findings {
		fmt.Fprintf(&b, "%d: %s: %s: %s\n", f.Line, f.Severity, f.Code, f.Message)
	}
	t.Logf("%s:\n%s", file, b.String())
}

// showModel writes the clauses, items, definitions and references of doc,
// with the lines of the corpus file.
func showModel(b *strings.Builder, doc *model.Document) {
	if doc == nil {
		b.WriteString("(no document)\n")
		return
	}
	doc.Walk(func(c *model.Clause) {
		fmt.Fprintf(b, "%d: clause %q prefix %q anchor %q title %q depth %d\n", sourceLine(c.Pos.Line), c.Number, c.Prefix, c.Anchor, shorten(c.Title, 40), c.Depth())
		for _, it := range c.Items {
			fmt.Fprintf(b, "%d:   item %q marker %q anchor %q\n", sourceLine(it.Pos.Line), it.Label, it.Marker, it.Anchor)
		}
	})
	for _, def := range doc.Definitions {
		fmt.Fprintf(b, "%d: definition %q kind %s\n", sourceLine(def.Pos.Line), def.Term, def.Kind)
	}
	for _, r := range doc.References {
		fmt.Fprintf(b, "%d: reference %q kind %s target %q resolved %v\n", sourceLine(r.Pos.Line), r.Text, r.Kind, r.Target, r.Resolved)
	}
}
