package corpusreport

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/parallel"
)

// TestCorpusErrors writes every error legalkit finds in the corpus, each
// with the corpus line it names, to the file LEGALKIT_CORPUS_ERRORS, for
// reading them by hand (the report has counts and a few examples only):
//
//	LEGALKIT_CORPUS_ERRORS=/tmp/errors.txt go test -run TestCorpusErrors ./tool/internal/corpusreport
//
// With LEGALKIT_CORPUS_WARNINGS=1 it lists the warnings too.
func TestCorpusErrors(t *testing.T) {
	out := os.Getenv("LEGALKIT_CORPUS_ERRORS")
	if out == "" {
		t.Skip("set LEGALKIT_CORPUS_ERRORS=file to list every corpus error in it")
	}
	root := corpusRoot(t)
	docs, err := listDocuments(root)
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, len(docs))
	errs := make([]error, len(docs))
	parallel.Do(len(docs), func(i int) {
		texts[i], errs[i] = documentErrors(root, docs[i])
	})
	var b strings.Builder
	for i := range docs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		b.WriteString(texts[i])
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// documentErrors lists the errors of every version of d, each followed by
// the corpus line it names.
func documentErrors(root string, d document) (string, error) {
	vs, err := runDocument(d, d.Files)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, v := range vs {
		var lines []string
		for _, f := range v.Findings {
			if f.Severity != diag.Error && os.Getenv("LEGALKIT_CORPUS_WARNINGS") != "1" {
				continue
			}
			if lines == nil {
				src, err := os.ReadFile(filepath.Join(root, v.File))
				if err != nil {
					return "", err
				}
				lines = strings.Split(string(src), "\n")
			}
			fmt.Fprintf(&b, "%s:%d: %s: %s\n", v.File, f.Line, f.Code, f.Message)
			if f.Line >= 1 && f.Line <= len(lines) {
				fmt.Fprintf(&b, "\t| %s\n", shorten(lines[f.Line-1], 300))
			}
		}
	}
	return b.String(), nil
}
