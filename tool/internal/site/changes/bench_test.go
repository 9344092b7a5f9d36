package changes

import (
	"path/filepath"
	"testing"
)

// BenchmarkBuild builds the site of the version histories in testdata/diff
// (4 documents, 14 versions, 17 pairs compared, 34 redline pages) with the
// change pages, and without them for comparison.
func BenchmarkBuild(b *testing.B) {
	docs := load(b, filepath.Join("testdata", "diff", "acme"), filepath.Join("testdata", "diff", "outsmart"), filepath.Join("testdata", "diff", "visma"))
	for _, changes := range []bool{false, true} {
		name := "plain"
		if changes {
			name = "changes"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				build(b, docs, options(b, changes))
			}
		})
	}
}
