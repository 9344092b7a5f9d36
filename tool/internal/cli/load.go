package cli

import (
	"fmt"
	"io"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// loadRefs reads what the references refs (files, DOCUMENT or
// DOCUMENT@VERSION) need, from sources or from terms/ (see corpus.LoadFor),
// and prints the errors of the documents named. Errors elsewhere do not stop
// inspect, diff, notice or changelog: legalkit check reports them.
func loadRefs(refs, sources []string, stderr io.Writer) (*corpus.Corpus, error) {
	c, err := corpus.LoadFor(refs, sources, DefaultSources)
	if err != nil {
		return nil, err
	}
	for _, ref := range refs {
		path := ref
		if d, err := c.Find(ref); err == nil {
			path = d.Path
		}
		for _, d := range c.Diags {
			if d.Severity == diag.Error && corpus.SameFile(d.File, path) {
				fmt.Fprintln(stderr, d)
			}
		}
	}
	return c, nil
}
