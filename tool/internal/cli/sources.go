package cli

import (
	"fmt"
	"io"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// DefaultSources is where documents live when no path is given.
const DefaultSources = "terms"

// sourcePaths returns the paths named on the command line, or terms/.
func sourcePaths(args []string) []string {
	if len(args) == 0 {
		return []string{DefaultSources}
	}
	return args
}

// load reads and links the documents under paths and checks them.
func load(paths []string) (*corpus.Corpus, diag.List, error) { return loadOn(paths, model.Date{}) }

// loadOn is load for documents read on date on (build and serve: the build
// date), so that each annex is checked and published with the main
// version it is read with then.
func loadOn(paths []string, on model.Date) (*corpus.Corpus, diag.List, error) {
	c, err := corpus.LoadOn(paths, on)
	if err != nil {
		return nil, nil, err
	}
	ds := append(diag.List{}, c.Diags...)
	ds = append(ds, check.Run(c.Docs)...)
	return c, ds.Sort(), nil
}

// printSummary writes "N documents: 0 errors, 5 warnings" to w, in a
// language.
func printSummary(w io.Writer, files int, ds diag.List, language string) {
	line := diag.Phrasef("%d documents: %s", files, ds.SummaryIn(language))
	if files == 1 {
		line = diag.Phrasef("%d document: %s", files, ds.SummaryIn(language))
	}
	fmt.Fprintln(w, line.In(language))
}
