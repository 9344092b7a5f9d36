package check_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

func TestLongNumbers(t *testing.T) {
	long := "100000000000000000000" // 21 digits: more than an int holds
	tests := []struct {
		name, body string
		want       []string
	}{
		{"order after a long part", "# 1. A\n\n1.1. Een.\n\n1." + long + ". Lang.\n\n1.3. Drie.\n",
			[]string{"5:1 warning clause-gap", "7:1 error clause-order"}},
		{"long parts in order", "# 1. A\n\n1." + long + ". Een.\n\n1." + long[:20] + "1. Twee.\n\n1." + long[:20] + "3. Drie.\n",
			[]string{"7:1 warning clause-gap"}},
		{"successor carries over", "# 1. A\n\n1.99999999999999999999. Een.\n\n1." + long + ". Twee.\n\n1." + long[:20] + "2. Drie.\n",
			[]string{"7:1 warning clause-gap"}},
		{"long sections", "# " + long + ". A\n\n# 2. B\n", []string{"3:3 error clause-order"}},
		{"leading zeros count as their value", "# 1. A\n\n1.01. Een.\n\n1.002. Twee.\n", nil},
		{"dangling reference to a long number", "# 1. A\n\n1.1. Zie 1." + long + ".\n", []string{"3:6 error reference-dangling"}},
		{"reference to an existing long clause", "# 1. A\n\n1.1. Een.\n\n1.2. Zie 1." + long + ".\n\n1." + long + ". Lang.\n", []string{"7:1 warning clause-gap"}},
		{"dates and amounts stay no reference", "# 1. A\n\n1.1. Zie 18.04.2018 en zie 1.250.000 en op 1.2345.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findings(t, "nl", tt.body); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestItemNumberedLikeALaterClause(t *testing.T) {
	got := findings(t, "nl", "# 1. A\n\n1) een\n\n1.1. Een.\n")
	// Not the same list nor the same level: the document may be right, so
	// a warning; the clause keeps 1.1 and the item gets an anchor of its own.
	if want := []string{"3:4 warning item-anchor"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q: item 1) of clause 1 and clause 1.1 would share the anchor 1.1", got, want)
	}
}

// corpusFindings parses files (path, front matter lines after id, body),
// links and checks them, and returns the findings of the codes asked for.
func corpusFindings(t *testing.T, codes []string, files ...[3]string) []string {
	t.Helper()
	var docs []*model.Document
	for _, f := range files {
		src := "---\n" + f[1] + "title: T\npublisher: P\nlanguage: nl\npublished: unknown\neffective: unknown\nstatus: draft\n---\n" + f[2]
		d, ds := parse.Parse(f[0], []byte(src))
		if d == nil || ds.HasErrors() {
			t.Fatalf("%s does not parse: %v", f[0], ds)
		}
		docs = append(docs, d)
	}
	done := make(chan struct{})
	go func() { resolve.Link(docs); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("linking does not end")
	}
	var out []string
	for _, d := range check.Run(docs) {
		if slices.Contains(codes, d.Code) {
			out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s: %s", d.File, d.Line, d.Col, d.Severity, d.Code, d.Message))
		}
	}
	return out
}

func TestVersionDuplicate(t *testing.T) {
	got := corpusFindings(t, []string{"version-duplicate"},
		[3]string{"t/acme/terms/1.md", "id: acme/terms\nversion: \"1\"\n", "# 1. A\n"},
		[3]string{"t/acme/terms/2.md", "id: acme/terms\nversion:  \"1\"\n", "# 1. A\n"},
		[3]string{"t/acme/other/1.md", "id: acme/other\nversion: \"1\"\n", "# 1. A\n"})
	want := []string{`t/acme/terms/2.md:3:11: error: version-duplicate: t/acme/terms/1.md is version "1" of acme/terms too: give each version its own label`}
	if !slices.Equal(got, want) {
		t.Errorf("\n got: %q\nwant: %q", got, want)
	}
}

func TestReservedVersions(t *testing.T) {
	for _, v := range []string{"index", "versions", "changes", "Index"} {
		got := corpusFindings(t, []string{"front-matter-invalid"},
			[3]string{"t/acme/terms/" + v + ".md", "id: acme/terms\nversion: " + v + "\n", "# 1. A\n"})
		if len(got) != 1 || !strings.HasPrefix(got[0], "t/acme/terms/"+v+".md:3:10: error: front-matter-invalid: version \""+v+"\" cannot be published") {
			t.Errorf("version %s: got %q", v, got)
		}
	}
	if got := corpusFindings(t, []string{"front-matter-invalid"},
		[3]string{"t/acme/terms/index-2.md", "id: acme/terms\nversion: index-2\n", "# 1. A\n"}); len(got) != 0 {
		t.Errorf("version index-2 is a good label: %q", got)
	}
}

func TestAnnexCycles(t *testing.T) {
	const body = "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | De afnemer. |\n\n# 1. A\n\n1.1. De Klant.\n"
	doc := func(id, extra string) [3]string {
		return [3]string{"t/" + id + "/1.md", "id: " + id + "\nversion: \"1\"\n" + extra, body}
	}
	codes := []string{"annex-cycle", "definition-duplicate"}
	tests := []struct {
		name  string
		files [][3]string
		want  []string
	}{
		{"annex of itself", [][3]string{doc("acme/a", "annex-of: acme/a\n")},
			[]string{"t/acme/a/1.md:4:11: error: annex-cycle: annex-of names acme/a itself: a document cannot be its own annex"}},
		{"its own annex", [][3]string{doc("acme/a", "annexes: [acme/b, acme/a]\n"), doc("acme/b", "annex-of: acme/a\n")},
			[]string{
				"t/acme/a/1.md:4:19: error: annex-cycle: annexes names acme/a itself: a document cannot be its own annex",
				"t/acme/b/1.md:16:3: warning: definition-duplicate: \"Klant\" is already defined in acme/a, of which this document is an annex",
			}},
		{"annexes of each other", [][3]string{doc("acme/a", "annex-of: acme/b\n"), doc("acme/b", "annex-of: acme/a\n")},
			[]string{
				"t/acme/a/1.md:4:11: error: annex-cycle: annex-of makes a cycle: acme/a is an annex of acme/b, which is an annex of acme/a; an annex cannot also be the document it belongs to",
				"t/acme/b/1.md:4:11: error: annex-cycle: annex-of makes a cycle: acme/b is an annex of acme/a, which is an annex of acme/b; an annex cannot also be the document it belongs to",
			}},
		{"a cycle of three", [][3]string{doc("acme/a", "annex-of: acme/b\n"), doc("acme/b", "annex-of: acme/c\n"), doc("acme/c", "annex-of: acme/a\n")},
			[]string{
				"t/acme/a/1.md:4:11: error: annex-cycle: annex-of makes a cycle: acme/a is an annex of acme/b, which is an annex of acme/c, which is an annex of acme/a; an annex cannot also be the document it belongs to",
				"t/acme/b/1.md:4:11: error: annex-cycle: annex-of makes a cycle: acme/b is an annex of acme/c, which is an annex of acme/a, which is an annex of acme/b; an annex cannot also be the document it belongs to",
				"t/acme/c/1.md:4:11: error: annex-cycle: annex-of makes a cycle: acme/c is an annex of acme/a, which is an annex of acme/b, which is an annex of acme/c; an annex cannot also be the document it belongs to",
			}},
		{"annexes lists of each other", [][3]string{doc("acme/a", "annexes:\n  - acme/b\n"), doc("acme/b", "annexes: [acme/a]\n")},
			[]string{
				"t/acme/a/1.md:5:5: error: annex-cycle: annexes makes a cycle: acme/b is an annex of acme/a, which is an annex of acme/b; an annex cannot also be the document it belongs to",
				"t/acme/b/1.md:4:11: error: annex-cycle: annexes makes a cycle: acme/a is an annex of acme/b, which is an annex of acme/a; an annex cannot also be the document it belongs to",
			}},
		{"a main document and its annex", [][3]string{doc("acme/a", "annexes: [acme/b]\n"), doc("acme/b", "annex-of: acme/a\n")},
			[]string{"t/acme/b/1.md:16:3: warning: definition-duplicate: \"Klant\" is already defined in acme/a, of which this document is an annex"}},
		{"an annex of an annex", [][3]string{doc("acme/a", "annex-of: acme/b\n"), doc("acme/b", "annex-of: acme/c\n"), doc("acme/c", "")},
			[]string{
				"t/acme/a/1.md:16:3: warning: definition-duplicate: \"Klant\" is already defined in acme/b, of which this document is an annex",
				"t/acme/b/1.md:16:3: warning: definition-duplicate: \"Klant\" is already defined in acme/c, of which this document is an annex",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := corpusFindings(t, codes, tt.files...); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}
