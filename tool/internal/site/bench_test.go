package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// BenchmarkBuildTerms builds the HTML site of terms/ (no PDFs):
//
//	render: pages, JSON, feeds and sitemap in memory from loaded documents
//	full:   what `legalkit build --no-pdf` does: load, check, render, write
//
// go test ./tool/internal/site -run XXX -bench BuildTerms
func BenchmarkBuildTerms(b *testing.B) {
	b.Chdir(testutil.Root(b))
	opts := options(b)
	files, err := corpus.Files([]string{"terms"})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			size += info.Size()
		}
	}
	b.Run("render", func(b *testing.B) {
		docs := load(b, "terms")
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Build(docs, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("full", func(b *testing.B) {
		out := filepath.Join(b.TempDir(), "public")
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			c, err := corpus.LoadOn([]string{"terms"}, opts.Today)
			if err != nil {
				b.Fatal(err)
			}
			if ds := check.Run(c.Docs); ds.HasErrors() {
				b.Fatal(ds)
			}
			s, err := Build(c.Docs, opts)
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Write(out); err != nil {
				b.Fatal(err)
			}
		}
	})
}
