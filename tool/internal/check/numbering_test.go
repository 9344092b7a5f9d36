package check_test

import (
	"slices"
	"strings"
	"testing"
)

// TestNumberingOfDocumentsWrittenElsewhere: numbers of different kinds are
// never duplicates or out of order with each other; a real repetition is
// reported once per clause.
func TestNumberingOfDocumentsWrittenElsewhere(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"chapter and article of one number", "nl", "### Hoofdstuk 2\n\n### Artikel 2\n\nTekst.\n\n### Artikel 3\n\nTekst.\n", nil},
		{"divisions numbered again in each chapter", "nl",
			"### Hoofdstuk I\n\n### Afdeling 1\n\n### Artikel 1\n\n### Afdeling 2\n\n### Artikel 2\n\n### Hoofdstuk II\n\n### Afdeling 1\n\n### Artikel 3\n", nil},
		{"paragraaf and artikel of one number", "nl", "### Hoofdstuk 3\n\n### § 3.1\n\n### Artikel 3.1\n\n### Artikel 3.2\n\n### § 3.2\n\n### Artikel 3.3\n", nil},
		{"inserted articles", "nl", "### Artikel 12\n\n### Artikel 12a\n\n### Artikel 12b\n\n### Artikel 13\n", nil},
		{"inserted article out of order", "nl", "### Artikel 12\n\n### Artikel 13\n\n### Artikel 12a\n", []string{"5:5 error clause-order"}},
		{"sub-paragraaf before the next paragraaf", "nl", "### Artikel 5.1\n\n### § 5.1\n\n### § 5.1.3\n\n### § 5.2\n", nil},
		{"relative numbers in two sections", "en", "## C. Payment\n\n### 1. Billing\n\n## D. Term\n\n### 1. Renewal\n", nil},
		{"appendix numbered again", "en", "# 1. Terms\n\n## 1.1 Scope\n\n# Appendix 2\n\n## 1. Data\n\n## 1.1 Kinds\n", nil},
		{"unnumbered sections", "en", "# Notice\n\n## What we collect\n\n## What we collect\n", nil},
		{"relative number repeated", "en", "## C. Payment\n\n### 1. Billing\n\n### 1. Billing again\n", []string{"5:5 error clause-duplicate"}},
		{"chapter repeated", "nl", "### Hoofdstuk 2\n\n### Artikel 2\n\n### Hoofdstuk 2\n\n### Artikel 3\n", []string{"5:5 error clause-duplicate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range findings(t, tt.lang, tt.body) {
				if strings.Contains(f, "clause-") {
					got = append(got, f)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDocumentPastedTwice: every clause of the second copy is reported
// once, with the line of the first; its items and its restart of the
// numbering are not reported again.
func TestDocumentPastedTwice(t *testing.T) {
	part := "# 1. Terms\n\n1.1. Scope:\n\na) one;\n\nb) two.\n\n# 2. Fees\n\n2.1. Payment.\n\n"
	var got []string
	for _, f := range findings(t, "en", part+part) {
		if strings.Contains(f, "error") {
			got = append(got, f)
		}
	}
	want := []string{"13:3 error clause-duplicate", "15:1 error clause-duplicate", "21:3 error clause-duplicate", "23:1 error clause-duplicate"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
