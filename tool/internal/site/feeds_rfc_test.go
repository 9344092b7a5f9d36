package site

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestAtomValidator: the validator finds each rule broken, so that a feed
// it accepts is valid; the feed legalkit wrote before issue 8 for a
// version with `published: unknown` (no <updated> anywhere) is rejected.
func TestAtomValidator(t *testing.T) {
	const head = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">`
	const feedMeta = `<title>T</title><id>https://x.example/</id><updated>2024-01-01T00:00:00Z</updated>` +
		`<link rel="self" href="https://x.example/atom.xml"></link><author><name>P</name></author>`
	const entry = `<entry><title>E</title><id>https://x.example/1.html</id><updated>2024-01-01T00:00:00Z</updated>` +
		`<link rel="alternate" type="text/html" href="https://x.example/1.html"></link></entry>`
	for _, tc := range []struct {
		name, feed, want string // want "" means valid
	}{
		{"valid", head + feedMeta + entry + `</feed>`, ""},
		{"valid without entries", head + feedMeta + `</feed>`, ""},
		{"the old feed of a version published: unknown",
			head + `<title>T</title><id>https://x.example/</id><link rel="self" href="https://x.example/atom.xml"></link>` +
				`<author><name>P</name></author><entry><title>E</title><id>https://x.example/1.html</id>` +
				`<link rel="alternate" href="https://x.example/1.html"></link></entry></feed>`,
			"feed: 0 atom:updated elements, want exactly 1"},
		{"entry without updated", head + feedMeta + strings.Replace(entry, "<updated>2024-01-01T00:00:00Z</updated>", "", 1) + `</feed>`,
			"entry https://x.example/1.html: 0 atom:updated elements"},
		{"date without time", head + strings.Replace(feedMeta, "2024-01-01T00:00:00Z", "2024-01-01", 1) + `</feed>`,
			`"2024-01-01" is not an RFC 3339 date-time`},
		{"lower-case t", head + strings.Replace(feedMeta, "2024-01-01T00:00:00Z", "2024-01-01t00:00:00z", 1) + `</feed>`,
			"is not an RFC 3339 date-time"},
		{"relative id", head + feedMeta + strings.Replace(entry, "<id>https://x.example/1.html</id>", "<id>1.html</id>", 1) + `</feed>`,
			`"1.html" is not an absolute IRI`},
		{"two ids", head + strings.Replace(feedMeta, "<title>", "<id>https://y.example/</id><title>", 1) + `</feed>`,
			"feed: 2 atom:id elements"},
		{"no title", head + strings.Replace(feedMeta, "<title>T</title>", "", 1) + `</feed>`, "feed: 0 atom:title elements"},
		{"no author anywhere", head + strings.Replace(feedMeta, "<author><name>P</name></author>", "", 1) + entry + `</feed>`,
			"no atom:author, and the feed has none"},
		{"author without name", head + strings.Replace(feedMeta, "<name>P</name>", "", 1) + `</feed>`, "exactly one non-empty atom:name"},
		{"no self link", head + strings.Replace(feedMeta, `<link rel="self" href="https://x.example/atom.xml"></link>`, "", 1) + `</feed>`,
			`no atom:link rel="self"`},
		{"entry without link or content", head + feedMeta + strings.Replace(entry,
			`<link rel="alternate" type="text/html" href="https://x.example/1.html"></link>`, "", 1) + `</feed>`,
			`no atom:content and no atom:link rel="alternate"`},
		{"two alternates of one type", head + feedMeta + strings.Replace(entry, "</entry>",
			`<link rel="alternate" type="text/html" href="https://x.example/2.html"></link></entry>`, 1) + `</feed>`,
			"two rel=alternate links"},
		{"out-of-line content without summary", head + feedMeta + strings.Replace(entry, "</entry>",
			`<content src="https://x.example/1.pdf" type="application/pdf"></content></entry>`, 1) + `</feed>`,
			"needs an atom:summary"},
		{"two summaries", head + feedMeta + strings.Replace(entry, "</entry>", `<summary>a</summary><summary>b</summary></entry>`, 1) + `</feed>`,
			"2 atom:summary elements, want at most 1"},
		{"bad text type", head + strings.Replace(feedMeta, "<title>", `<title type="markdown">`, 1) + `</feed>`, `type "markdown"`},
		{"duplicate entry ids", head + feedMeta + entry + entry + `</feed>`, "two entries have this atom:id"},
		{"bad language", strings.Replace(head, `xml:lang="nl"`, `xml:lang="nl nl"`, 1) + feedMeta + `</feed>`, "is not a language tag"},
		{"not atom", `<feed><title>T</title></feed>`, "want atom:feed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := validateAtom([]byte(tc.feed))
			got := strings.Join(errs, "\n")
			switch {
			case tc.want == "" && len(errs) > 0:
				t.Errorf("a valid feed is rejected:\n%s", got)
			case tc.want != "" && !strings.Contains(got, tc.want):
				t.Errorf("errors %q, want one with %q", got, tc.want)
			}
		})
	}
}

// TestFeedsValid builds the sites of terms/, of the fixture and of the
// version histories of testdata/diff on several dates, with and without
// drafts, and validates every feed against RFC 4287; each feed's updated is
// its newest entry's, and no date is after the build date.
func TestFeedsValid(t *testing.T) {
	histories := []string{"testdata/diff/acme", "testdata/diff/outsmart", "testdata/diff/visma"}
	day := func(s string) model.Date { d, _ := model.ParseDate(s); return d }
	for _, tc := range []struct {
		name   string
		dirs   []string
		today  string
		drafts bool
		feeds  int
	}{
		// visma and the site; OutSmart's two documents have no date.
		{"terms", []string{"terms"}, "2025-06-01", false, 2},
		{"fixture", []string{"testdata/site/terms"}, "2025-06-01", false, 3},
		{"fixture with drafts", []string{"testdata/site/terms"}, "2025-06-01", true, 3},
		{"fixture before version 3 is published", []string{"testdata/site/terms"}, "2025-03-01", true, 3},
		{"fixture before anything is published", []string{"testdata/site/terms"}, "2023-01-01", true, 0},
		// acme, visma, the site, and OutSmart's conditions, whose versions 2
		// and 3 are dated by their effective dates.
		{"histories", histories, "2025-06-01", false, 4},
		// visma and the site: acme is not published yet, OutSmart's
		// effective dates are still to come.
		{"histories in 2018", histories, "2018-10-01", true, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(testutil.Root(t))
			var docs []*model.Document
			for _, d := range tc.dirs {
				docs = append(docs, loadOn(t, d, day(tc.today))...)
			}
			o := options(t)
			o.Today, o.Drafts = day(tc.today), tc.drafts
			s, err := Build(docs, o)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, p := range s.Files() {
				if !strings.HasSuffix(p, feedFile) {
					continue
				}
				n++
				data, _ := s.File(p)
				for _, e := range validateAtom(data) {
					t.Errorf("%s: %s", p, e)
				}
				checkFeedDates(t, p, data, o.Today)
			}
			if n != tc.feeds {
				t.Errorf("%d feeds, want %d", n, tc.feeds)
			}
		})
	}
}

// checkFeedDates: the feed's updated is its newest entry's, and no date is
// after the build date.
func checkFeedDates(t *testing.T, p string, data []byte, today model.Date) {
	t.Helper()
	var f struct {
		Updated string `xml:"updated"`
		Entries []struct {
			Updated   string `xml:"updated"`
			Published string `xml:"published"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	limit := today.String() + "T00:00:00Z"
	newest := ""
	for _, e := range f.Entries {
		newest = max(newest, e.Updated)
		if e.Updated > limit || e.Published > limit {
			t.Errorf("%s: an entry dated %s/%s, after the build date %s", p, e.Updated, e.Published, today)
		}
	}
	if f.Updated != newest {
		t.Errorf("%s: feed updated %s, newest entry %s", p, f.Updated, newest)
	}
}
