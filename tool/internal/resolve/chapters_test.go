package resolve_test

import (
	"slices"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestChapterReferences: "hoofdstuk 2" names the chapter headed
// "Hoofdstuk 2", not article 2; "artikel 2" still names the article.
func TestChapterReferences(t *testing.T) {
	body := "### Hoofdstuk 1\n\n### Artikel 1\n\nZie hoofdstuk 2 en artikel 2.\n\n### Hoofdstuk 2\n\n### Artikel 2\n\nTekst.\n"
	doc, ds := parse.Parse("t.md", testutil.Source("nl", body))
	if doc == nil {
		t.Fatal(ds)
	}
	resolve.Link([]*model.Document{doc})
	var got []string
	for _, r := range doc.References {
		if r.Resolved {
			got = append(got, r.Text+" -> "+r.Target)
		}
	}
	if want := []string{"hoofdstuk 2 -> hoofdstuk-2", "artikel 2 -> 2"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
