package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// versionFindings parses versions of one document from front matter lines and
// bodies, links them and returns the findings of the codes asked for.
func versionFindings(t *testing.T, codes []string, versions ...[2]string) []string {
	t.Helper()
	var docs []*model.Document
	for i, v := range versions {
		src := "---\nid: test/doc\ntitle: Voorwaarden\npublisher: Test\nlanguage: nl\nstatus: published\n" + v[0] + "---\n\n" + v[1]
		d, ds := parse.Parse(fmt.Sprintf("test/doc/%d.md", i+1), []byte(src))
		if d == nil || ds.HasErrors() {
			t.Fatalf("version %d does not parse: %v", i+1, ds)
		}
		docs = append(docs, d)
	}
	resolve.Link(docs)
	var out []string
	for _, d := range Run(docs) {
		if slices.Contains(codes, d.Code) {
			out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, d.Severity, d.Code))
		}
	}
	return out
}

const (
	body1 = "# 1. Betaling\n\n1.1. De vergoeding wordt vooraf betaald.\n\n1.2. Facturen worden per e-mail verstuurd.\n"
	body2 = "# 1. Betaling\n\n1.1. De vergoeding wordt per maand vooraf betaald.\n\n1.2. Facturen worden per e-mail verstuurd.\n"
	// body3 differs from body1 in whitespace only.
	body3 = "# 1. Betaling\n\n1.1. De vergoeding wordt  vooraf betaald.\n\n1.2. Facturen worden per e-mail verstuurd.\n"
	first = "version: \"1\"\npublished: 2024-01-01\neffective: 2024-02-01\nnotice-period: 30 dagen\nobjection: De Klant kan opzeggen.\n"
)

func TestNoticePeriod(t *testing.T) {
	codes := []string{"notice-period", "notice-period-unknown", "notice-objection"}
	tests := []struct {
		name   string
		second [2]string
		want   []string
	}{
		{"substantive change too soon",
			[2]string{"version: \"2\"\npublished: 2024-05-01\neffective: 2024-05-15\n", body2},
			[]string{"test/doc/2.md:9:1: error: notice-period"}},
		{"substantive change exactly in time",
			[2]string{"version: \"2\"\npublished: 2024-05-01\neffective: 2024-05-31\n", body2}, nil},
		{"editorial change may apply at once",
			[2]string{"version: \"2\"\npublished: 2024-05-01\neffective: 2024-05-01\n", body3}, nil},
		{"unknown publication date",
			[2]string{"version: \"2\"\npublished: unknown\neffective: 2024-05-15\n", body2},
			[]string{"test/doc/2.md:8:1: warning: notice-period-unknown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := versionFindings(t, codes, [2]string{first, body1}, tt.second)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestNoticePeriodDraft(t *testing.T) {
	docs := func(status string) []*model.Document {
		var out []*model.Document
		for i, v := range [][2]string{
			{"status: published\n" + first, body1},
			{"status: " + status + "\nversion: \"2\"\npublished: 2024-05-01\neffective: 2024-05-02\n", body2},
		} {
			src := "---\nid: test/doc\ntitle: Voorwaarden\npublisher: Test\nlanguage: nl\n" + v[0] + "---\n\n" + v[1]
			d, ds := parse.Parse(fmt.Sprintf("test/doc/%d.md", i+1), []byte(src))
			if d == nil || ds.HasErrors() {
				t.Fatalf("does not parse: %v", ds)
			}
			out = append(out, d)
		}
		resolve.Link(out)
		return out
	}
	count := func(status string) int {
		n := 0
		for _, d := range Run(docs(status)) {
			if d.Code == "notice-period" {
				n++
			}
		}
		return n
	}
	if n := count("draft"); n != 0 {
		t.Errorf("a draft got %d notice-period errors", n)
	}
	if n := count("published"); n != 1 {
		t.Errorf("the published version got %d notice-period errors, want 1", n)
	}
}

func TestNoticeObjection(t *testing.T) {
	noObjection := strings.Replace(first, "objection: De Klant kan opzeggen.\n", "", 1)
	got := versionFindings(t, []string{"notice-objection"}, [2]string{noObjection, body1},
		[2]string{"version: \"2\"\npublished: 2024-05-01\neffective: 2024-06-01\n", body2})
	if want := []string{"test/doc/2.md:7:1: warning: notice-objection"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// The text of an earlier version still applies.
	got = versionFindings(t, []string{"notice-objection"}, [2]string{first, body1},
		[2]string{"version: \"2\"\npublished: 2024-05-01\neffective: 2024-06-01\n", body2})
	if len(got) != 0 {
		t.Errorf("got %q although version 1 has an objection text", got)
	}
}

func TestChangeNotes(t *testing.T) {
	second := "version: \"2\"\npublished: 2024-05-01\neffective: 2024-06-01\nchanges:\n  \"1.1\": Per maand.\n  \"1.2\": Niets veranderd.\n  \"9.9\": Bestaat niet.\n"
	got := versionFindings(t, []string{"changes-target", "changes-unchanged"}, [2]string{first, body1}, [2]string{second, body2})
	want := []string{
		"test/doc/2.md:12:3: warning: changes-unchanged",
		"test/doc/2.md:13:3: error: changes-target",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
