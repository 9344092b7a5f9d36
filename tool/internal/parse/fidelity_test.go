package parse_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// The seeds are the texts extracted from the publishers' PDFs. Page numbers
// and the URL lines the extraction appended after pages are artefacts, not text.
var (
	pageNumber = regexp.MustCompile(`(?m)^\s*\d+\s*$`)
	urlLine    = regexp.MustCompile(`(?m)^\s*(https?://|mailto:)\S*\s*$`)
	wordRe     = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

func seedWords(t *testing.T, file, from, to string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testutil.Root(t), "testdata", "seeds", file))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if from != "" {
		s = s[strings.Index(s, from):]
	}
	if to != "" {
		s = s[:strings.Index(s, to)]
	}
	s = urlLine.ReplaceAllString(pageNumber.ReplaceAllString(s, ""), "")
	return wordRe.FindAllString(s, -1)
}

// documentWords returns the words a reader sees, in reading order: title,
// clause numbers and headings, text, item labels and table cells.
func documentWords(doc *model.Document) []string {
	var parts []string
	parts = append(parts, doc.Meta.Title, model.BlocksText(doc.Preamble))
	doc.Walk(func(c *model.Clause) {
		parts = append(parts, c.Prefix, c.Number, c.Title, model.BlocksText(c.Blocks))
	})
	return wordRe.FindAllString(strings.Join(parts, "\n"), -1)
}

func TestFidelityToSeeds(t *testing.T) {
	tests := []struct {
		source, seed, from, to string
	}{
		{"terms/visma/servicevoorwaarden/2018-04-18.md", "visma-servicevoorwaarden.txt", "", ""},
		{"terms/outsmart/algemene-leveringsvoorwaarden/1.md", "outsmart-algemene-leveringsvoorwaarden.txt", "", "Bijlage 1: Verwerkersovereenkomst"},
		{"terms/outsmart/verwerkersovereenkomst/1.md", "outsmart-algemene-leveringsvoorwaarden.txt", "Bijlage 1: Verwerkersovereenkomst", ""},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(testutil.Root(t), tt.source))
			if err != nil {
				t.Fatal(err)
			}
			doc, ds := parse.Parse(tt.source, src)
			if doc == nil {
				t.Fatalf("not parsed: %v", ds)
			}
			got, want := documentWords(doc), seedWords(t, tt.seed, tt.from, tt.to)
			ratio := testutil.Similarity(got, want)
			t.Logf("%d words in the source, %d in the seed, similarity %.5f", len(got), len(want), ratio)
			if ratio < 0.995 {
				t.Errorf("similarity %.5f is below 0.995: the source has lost or changed words of the seed", ratio)
			}
		})
	}
}

func TestSimilarityCatchesChanges(t *testing.T) {
	a := strings.Fields(strings.Repeat("de klant betaalt binnen dertig dagen ", 40))
	b := append(append([]string{}, a[:100]...), a[110:]...) // ten words dropped
	if n := testutil.LCSLength(a, b); n != len(b) {
		t.Fatalf("LCSLength = %d, want %d", n, len(b))
	}
	if r := testutil.Similarity(a, b); r >= 0.995 {
		t.Fatalf("dropping ten of %d words gives similarity %.4f; the fidelity test would not notice", len(a), r)
	}
}
