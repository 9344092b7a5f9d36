package lang

import (
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestCatalogueComplete fails when a language lacks a word: every exported
// text of every language's Words is set, every map has the keys Dutch has,
// and every text has the format verbs of its Dutch text in the same order,
// so that a new word added without its translations fails here.
func TestCatalogueComplete(t *testing.T) {
	var codes []string
	for code := range catalogue {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	if want := slices.Sorted(slices.Values(Supported)); !slices.Equal(codes, want) {
		t.Fatalf("the catalogue has %v, Supported lists %v", codes, want)
	}
	ref := reflect.ValueOf(dutch)
	for _, code := range Supported {
		w := catalogue[code]
		if w.date == nil {
			t.Errorf("%s: no date format", code)
		}
		compareWords(t, code, "Words", ref, reflect.ValueOf(*w))
	}
}

var verbs = regexp.MustCompile(`%[a-z]`)

func compareWords(t *testing.T, code, path string, ref, got reflect.Value) {
	t.Helper()
	switch ref.Kind() {
	case reflect.String:
		if strings.TrimSpace(got.String()) == "" {
			t.Errorf("%s: %s is empty", code, path)
		}
		if a, b := verbs.FindAllString(ref.String(), -1), verbs.FindAllString(got.String(), -1); !slices.Equal(a, b) {
			t.Errorf("%s: %s has the format verbs %v, Dutch %v: %q", code, path, b, a, got.String())
		}
	case reflect.Struct:
		for i := range ref.NumField() {
			if f := ref.Type().Field(i); f.IsExported() {
				compareWords(t, code, path+"."+f.Name, ref.Field(i), got.Field(i))
			}
		}
	case reflect.Array:
		for i := range ref.Len() {
			compareWords(t, code, path+"["+strconv.Itoa(i)+"]", ref.Index(i), got.Index(i))
		}
	case reflect.Map:
		if ref.Len() != got.Len() {
			t.Errorf("%s: %s has %d entries, Dutch %d", code, path, got.Len(), ref.Len())
		}
		for _, k := range ref.MapKeys() {
			v := got.MapIndex(k)
			if !v.IsValid() {
				t.Errorf("%s: %s has no %q", code, path, k.String())
				continue
			}
			compareWords(t, code, path+"["+k.String()+"]", ref.MapIndex(k), v)
		}
	default:
		t.Fatalf("%s: the test does not know how to compare %s (%s)", code, path, ref.Kind())
	}
}

func TestFormatDateLanguages(t *testing.T) {
	tests := []struct {
		y, m, d int
		lang    string
		want    string
	}{
		{2018, 4, 18, "nl", "18 april 2018"},
		{2018, 4, 18, "en", "18 April 2018"},
		{2025, 7, 1, "de", "1. Juli 2025"},
		{2025, 3, 31, "de", "31. März 2025"},
		{2025, 7, 1, "fr", "1er juillet 2025"},
		{2025, 7, 2, "fr", "2 juillet 2025"},
		{2025, 8, 15, "fr", "15 août 2025"},
		{2025, 2, 1, "fr", "1er février 2025"},
		{0, 0, 0, "nl", "onbekend"},
		{0, 0, 0, "en", "unknown"},
		{0, 0, 0, "de", "unbekannt"},
		{0, 0, 0, "fr", "inconnue"},
		{2025, 7, 1, "xx", "1 July 2025"},
	}
	for _, tt := range tests {
		if got := FormatDate(tt.y, tt.m, tt.d, tt.lang); got != tt.want {
			t.Errorf("FormatDate(%d, %d, %d, %s) = %q, want %q", tt.y, tt.m, tt.d, tt.lang, got, tt.want)
		}
	}
}

func TestChangeWordsRules(t *testing.T) {
	if got := Changes("de").Lower("Änderungsverlauf"); got != "Änderungsverlauf" {
		t.Errorf("a German noun lost its capital: %q", got)
	}
	if got := Changes("nl").Lower("Wijzigingsoverzicht"); got != "wijzigingsoverzicht" {
		t.Errorf("nl: %q", got)
	}
	fr := Changes("fr")
	for _, tt := range []struct {
		word string
		n    int
		want string
	}{{fr.Renumbered, 23, "renumérotés"}, {fr.Added, 1, "ajouté"}, {fr.Editorial, 2, "rédactionnels"}, {fr.Added, 0, "ajouté"}} {
		if got := fr.Counted(tt.word, tt.n); got != tt.want {
			t.Errorf("fr: %d %s: got %q, want %q", tt.n, tt.word, got, tt.want)
		}
	}
	if got := Changes("de").Counted("geändert", 5); got != "geändert" {
		t.Errorf("de: %q", got)
	}
	if got := Choices(); got != "nl, en, de or fr" {
		t.Errorf("Choices() = %q", got)
	}
}
