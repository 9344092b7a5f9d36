package check_test

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// BenchmarkLookalikes checks a document of about 1 MB in which every
// paragraph holds Cyrillic text, a look-alike term and an invisible
// character, so that no paragraph is skipped by the quick test.
func BenchmarkLookalikes(b *testing.B) {
	var body strings.Builder
	body.WriteString(defs + "# 1. A\n\n")
	para := "Договор между сторонами, de Kl\u0430nt en 1.\u200b2 gelden; zie 1.1 en \u202e1.1\u202c.\n\n"
	for body.Len() < 1<<20 {
		body.WriteString("1.1. " + para)
	}
	doc, _ := parse.Parse("t.md", testutil.Source("nl", body.String()))
	resolve.Link([]*model.Document{doc})
	docs := []*model.Document{doc}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		check.Run(docs)
	}
}
