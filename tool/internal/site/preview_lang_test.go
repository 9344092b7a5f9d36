package site

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// TestPreviewLanguage: the preview shows a finding on a Dutch page in Dutch,
// its summary too, and in English when serve --lang en asks for it.
func TestPreviewLanguage(t *testing.T) {
	file := filepath.Join("testdata", "site", "terms", "acme", "voorwaarden", "2.md")
	var ds diag.List
	ds.Add(file, 3, 1, diag.Warning, "text-repeated-word", "%q is written twice in a row", "de")
	for _, c := range []struct{ lang, want, summary string }{
		{"", `"de" staat twee keer achter elkaar`, "0 fouten, 1 waarschuwing"},
		{"en", `"de" is written twice in a row`, "0 errors, 1 warning"},
	} {
		s := mustBuildFixture(t, func(o *Options) { o.Preview = &Preview{Diagnostics: ds, Build: 1, Lang: c.lang} })
		data, ok := s.File("acme/voorwaarden/2.html")
		if !ok {
			t.Fatal("no page acme/voorwaarden/2.html")
		}
		page := strings.ReplaceAll(string(data), "&#34;", `"`)
		if !strings.Contains(page, c.want) || !strings.Contains(page, c.summary) {
			t.Errorf("--lang %q: the preview lacks %q or %q", c.lang, c.want, c.summary)
		}
	}
}
