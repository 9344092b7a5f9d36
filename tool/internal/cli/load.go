package cli

import (
	"fmt"
	"io"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// loadRefs reads what the references refs (files, DOCUMENT or
// DOCUMENT@VERSION) need, from sources or from terms/ (see corpus.LoadFor),
// and prints the errors of the documents named; failed reports whether it
// printed any, for the command to exit 1 once its output is written.
// Errors elsewhere do not stop inspect, diff, notice or changelog: legalkit
// check reports them.
func loadRefs(refs, sources []string, stderr io.Writer) (c *corpus.Corpus, failed bool, err error) {
	c, err = corpus.LoadFor(refs, sources, DefaultSources)
	if err != nil {
		return nil, false, err
	}
	printed := map[diag.Diagnostic]bool{}
	for _, ref := range refs {
		path := ref
		if d, err := c.Find(ref); err == nil {
			path = d.Path
		}
		for _, d := range c.Diags {
			if d.Severity == diag.Error && corpus.SameFile(d.File, path) && !printed[d] {
				printed[d] = true
				fmt.Fprintln(stderr, d)
			}
		}
	}
	return c, len(printed) > 0, nil
}

// failedDocs is the outcome of a command that wrote its output although a
// document it read has errors (already printed).
func failedDocs(failed bool) error {
	if failed {
		return findings()
	}
	return nil
}
