package lang

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/templates"
)

var placeholder = regexp.MustCompile(`\{[a-z.-]+\}`)

// TestSiteTextComplete checks the site's words, templates/html/text.json:
// it has exactly the supported languages, and each has every key, no empty
// text and the same {placeholders} as the Dutch text, so that a new site
// word without its translations fails here rather than on one page.
func TestSiteTextComplete(t *testing.T) {
	raw, err := fs.ReadFile(templates.Embedded(), "html/text.json")
	if err != nil {
		t.Fatal(err)
	}
	var text map[string]map[string]string
	if err := json.Unmarshal(raw, &text); err != nil {
		t.Fatal(err)
	}
	var langs []string
	for l := range text {
		langs = append(langs, l)
	}
	if want := slices.Sorted(slices.Values(Supported)); !slices.Equal(slices.Sorted(slices.Values(langs)), want) {
		t.Fatalf("text.json has the languages %v, legalkit supports %v", slices.Sorted(slices.Values(langs)), want)
	}
	ref := text["nl"]
	for _, l := range Supported {
		for key, nl := range ref {
			got, ok := text[l][key]
			switch {
			case !ok:
				t.Errorf("text.json: %s has no %q", l, key)
			case strings.TrimSpace(got) == "":
				t.Errorf("text.json: %s %q is empty", l, key)
			case !samePlaceholders(nl, got):
				t.Errorf("text.json: %s %q has %v, Dutch %v", l, key, placeholder.FindAllString(got, -1), placeholder.FindAllString(nl, -1))
			}
		}
		for key := range text[l] {
			if _, ok := ref[key]; !ok {
				t.Errorf("text.json: %s has %q, which Dutch has not", l, key)
			}
		}
	}
}

func samePlaceholders(a, b string) bool {
	pa, pb := placeholder.FindAllString(a, -1), placeholder.FindAllString(b, -1)
	slices.Sort(pa)
	slices.Sort(pb)
	return slices.Equal(pa, pb)
}
