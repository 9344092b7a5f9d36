package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// loadFor loads what is needed to show ref (a file or DOCUMENT@VERSION):
// the given sources, or terms/ when ref is a document name or a file inside
// terms/, or the file alone.
func loadFor(ref string, sources []string) (*corpus.Corpus, diag.List, error) {
	if len(sources) > 0 {
		return load(sources)
	}
	if info, err := os.Stat(ref); err == nil && !info.IsDir() {
		abs, _ := filepath.Abs(ref)
		terms, _ := filepath.Abs(DefaultSources)
		if strings.HasPrefix(abs, terms+string(filepath.Separator)) {
			c, ds, err := load([]string{DefaultSources})
			if err == nil {
				return c, ds, nil
			}
		}
		return load([]string{ref})
	}
	if _, err := os.Stat(DefaultSources); err != nil {
		return nil, nil, fmt.Errorf("%s: no such file, and no %s/ folder here to find document versions in", ref, DefaultSources)
	}
	return load([]string{DefaultSources})
}
