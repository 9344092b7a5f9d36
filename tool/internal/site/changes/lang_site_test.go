package changes

import (
	"encoding/json"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/site"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// langSites are the German and French fixtures (testdata/lang) with the
// settings of a site in that language.
var langSites = []struct {
	lang, dir string
	settings  site.Settings
}{
	{"de", "testdata/lang/de", site.Settings{Title: "Bedingungen der Beispiel GmbH", Language: "de",
		Description: "Alle Fassungen der Nutzungsbedingungen.", BaseURL: "https://bedingungen.example/"}},
	{"fr", "testdata/lang/fr", site.Settings{Title: "Conditions d’Exemple SAS", Language: "fr",
		Description: "Toutes les versions des conditions générales.", BaseURL: "https://conditions.example/"}},
}

// langPages are the pages of each language site kept as golden files.
var langPages = []string{"index.html", "versions.html", "changes.html", "1.html", "4.html"}

// TestSiteGermanFrench builds the site of a German and of a French document
// (with drafts, the changelog and redlines) and scans every page and feed
// for the words of the Dutch and English interface: none may be left. A few
// pages are golden files (go test -update rewrites testdata/lang/golden/site).
func TestSiteGermanFrench(t *testing.T) {
	for _, ls := range langSites {
		t.Run(ls.lang, func(t *testing.T) {
			docs := load(t, ls.dir)
			o := options(t, true)
			o.Settings, o.Drafts = ls.settings, true
			s := build(t, docs, o)
			foreign := foreignWords(t, ls.lang, ls.dir)
			pages := 0
			for _, p := range s.Files() {
				if !strings.HasSuffix(p, ".html") && !strings.HasSuffix(p, ".xml") || p == "sitemap.xml" {
					continue // the sitemap holds addresses only
				}
				pages++
				data, _ := s.File(p)
				for _, w := range readerWords(string(data)) {
					if foreign[strings.ToLower(w)] {
						t.Errorf("%s: %s: %q is a word of the Dutch or English interface", ls.lang, p, w)
					}
				}
				if !strings.HasSuffix(p, ".xml") && !strings.Contains(string(data), `<html lang="`+ls.lang+`">`) {
					t.Errorf("%s: %s is not marked as %s", ls.lang, p, ls.lang)
				}
			}
			if pages < 15 {
				t.Errorf("%s: only %d pages scanned", ls.lang, pages)
			}
			root := testutil.Root(t)
			for _, name := range langPages {
				p := name
				if name != "index.html" {
					p = docs[0].Meta.ID + "/" + name
				}
				testutil.Golden(t, filepath.Join(root, "testdata", "lang", "golden", "site", ls.lang, filepath.FromSlash(p)), []byte(file(t, s, p)))
			}
		})
	}
}

// foreignWords are the words of the Dutch and English interface (site
// text, change words, PDF words, dates) that the interface of language l
// does not use and the fixture's own text does not contain.
func foreignWords(t *testing.T, l, dir string) map[string]bool {
	t.Helper()
	text := siteText(t)
	own := map[string]bool{}
	addAll(own, text[l])
	w, _ := lang.Lookup(l)
	addAll(own, stringsOf(reflect.ValueOf(*w)))
	for m := 1; m <= 12; m++ {
		addAll(own, []string{lang.FormatDate(2025, m, 1, l)}) // "1er juillet 2025"
	}
	err := filepath.WalkDir(filepath.Join(testutil.Root(t), filepath.FromSlash(dir)), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		src, err := os.ReadFile(p)
		addAll(own, []string{string(src)})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	foreign := map[string]bool{}
	for _, other := range []string{"nl", "en"} {
		ow, _ := lang.Lookup(other)
		for _, s := range append(text[other], stringsOf(reflect.ValueOf(*ow))...) {
			for _, word := range words(s) {
				if lw := strings.ToLower(word); !own[lw] && len([]rune(lw)) > 1 {
					foreign[lw] = true
				}
			}
		}
	}
	if len(foreign) < 200 {
		t.Fatalf("only %d Dutch and English interface words to look for", len(foreign))
	}
	return foreign
}

// siteText reads the built-in text.json: each language's texts.
func siteText(t *testing.T) map[string][]string {
	t.Helper()
	fsys := templates.Embedded()
	raw, err := fs.ReadFile(fsys, "html/text.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for l, texts := range m {
		for _, s := range texts {
			out[l] = append(out[l], placeholders.ReplaceAllString(s, " "))
		}
	}
	return out
}

var placeholders = regexp.MustCompile(`\{[a-z.-]+\}|%[a-z]`)

// stringsOf collects every string in v: struct fields, arrays, map values.
func stringsOf(v reflect.Value) []string {
	switch v.Kind() {
	case reflect.String:
		return []string{placeholders.ReplaceAllString(v.String(), " ")}
	case reflect.Struct:
		var out []string
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out = append(out, stringsOf(v.Field(i))...)
			}
		}
		return out
	case reflect.Array, reflect.Slice:
		var out []string
		for i := range v.Len() {
			out = append(out, stringsOf(v.Index(i))...)
		}
		return out
	case reflect.Map:
		var out []string
		for _, k := range v.MapKeys() {
			out = append(out, stringsOf(v.MapIndex(k))...)
		}
		return out
	}
	return nil
}

func addAll(set map[string]bool, texts []string) {
	for _, s := range texts {
		for _, w := range words(s) {
			set[strings.ToLower(w)] = true
		}
	}
}

// words splits a text into words of letters.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

var (
	hidden     = regexp.MustCompile(`(?s)<(script|style)\b.*?</(script|style)>`)
	attributes = regexp.MustCompile(`\b(?:aria-label|title|alt)="([^"]*)"`)
	tags       = regexp.MustCompile(`(?s)<[^>]*>`)
	addresses  = regexp.MustCompile(`https?://[^\s<"]+`)
)

// readerWords returns the words a reader sees on a page or in a feed: its
// text and the attributes read out or shown on hover.
func readerWords(page string) []string {
	page = addresses.ReplaceAllString(hidden.ReplaceAllString(page, " "), " ")
	var texts []string
	for _, m := range attributes.FindAllStringSubmatch(page, -1) {
		texts = append(texts, html.UnescapeString(m[1]))
	}
	texts = append(texts, html.UnescapeString(tags.ReplaceAllString(page, " ")))
	var out []string
	for _, s := range texts {
		out = append(out, words(s)...)
	}
	sort.Strings(out)
	return out
}
