package history

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// mainVersions are the versions of the main document of the pairing
// tests, as in testdata/site: 1 superseded on 2025-06-01, 2 in force, 3
// upcoming, 4 a draft.
var mainVersions = []string{
	"1 2024-01-01 2024-02-01 published",
	"2 2025-01-15 2025-03-01 published",
	"3 2025-05-01 2025-09-01 published",
	"4 unknown unknown draft",
}

func TestReadWith(t *testing.T) {
	for _, tc := range []struct {
		name  string
		annex []string // the annex's versions; the first is the one asked about
		on    string
		want  string
	}{
		{"the annex in force with the main version in force (the testdata/site bug)",
			[]string{"a1 2024-01-01 2024-02-01 published"}, "2025-06-01", "2"},
		{"no date in question: on the annex's effective date",
			[]string{"a1 2024-01-01 2024-02-01 published"}, "", "1"},
		{"a superseded annex: on its own effective date",
			[]string{"a1 2024-01-01 2024-02-01 published", "a2 2025-03-01 2025-04-01 published"}, "2025-06-01", "1"},
		{"the annex in force after a superseded one",
			[]string{"a2 2025-03-01 2025-04-01 published", "a1 2024-01-01 2024-02-01 published"}, "2025-06-01", "2"},
		{"an upcoming annex with the main version in force on its effective date",
			[]string{"a3 2025-05-01 2025-09-01 published", "a1 2024-01-01 2024-02-01 published"}, "2025-06-01", "3"},
		{"unknown effective date: on the publication date",
			[]string{"a1 2025-02-01 unknown published"}, "", "1"},
		{"no dates: the newest published main version",
			[]string{"a1 unknown unknown published"}, "", "3"},
		{"no dates, in force on the date in question",
			[]string{"a1 unknown unknown published"}, "2025-06-01", "2"},
		{"before the main document's first version: that first version",
			[]string{"a1 2023-05-01 2023-06-01 published"}, "", "1"},
		{"a draft annex with the newest main version, draft or not",
			[]string{"a9 unknown unknown draft", "a1 2024-01-01 2024-02-01 published"}, "2025-06-01", "4"},
		{"before the build date nothing is in force: on its effective date",
			[]string{"a1 2024-01-01 2024-02-01 published"}, "2024-01-15", "1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			main := versions(t, "p/main", mainVersions...)
			annex := versions(t, "p/annex", tc.annex...)
			v := annex[0]
			Sort(annex)
			if got := labels(ReadWith(annex, main, v, day(t, tc.on))); got != tc.want {
				t.Errorf("read with %s, want %s", got, tc.want)
			}
		})
	}
}

// TestReadWithMainDrafts: a published annex whose main document has only
// drafts is read with the newest draft; one with no main document with
// nothing.
func TestReadWithMainDrafts(t *testing.T) {
	annex := versions(t, "p/annex", "a1 2024-01-01 2024-02-01 published")
	main := versions(t, "p/main", "1 unknown unknown draft", "2 unknown unknown draft")
	if got := labels(ReadWith(annex, main, annex[0], day(t, "2025-06-01"))); got != "2" {
		t.Errorf("read with %s, want 2", got)
	}
	if got := ReadWith(annex, nil, annex[0], model.Date{}); got != nil {
		t.Errorf("read with %s without a main document", got.Meta.Version)
	}
}

// TestSetReadWith: the set pairs both ways, by document id, and answers
// for a version it does not hold.
func TestSetReadWith(t *testing.T) {
	main := versions(t, "p/main", mainVersions...)
	annex := versions(t, "p/annex", "a2 2025-03-01 2025-04-01 published", "a1 2024-01-01 2024-02-01 published")
	s := NewSet(append(append(main, annex...), versions(t, "p/other", "1 unknown unknown published")...))
	if got := labels(s.ReadWith(annex[1], "p/main", day(t, "2025-06-01"))); got != "1" {
		t.Errorf("a1 is read with %s, want 1", got)
	}
	if got := labels(s.ReadWith(main[1], "p/annex", day(t, "2025-06-01"))); got != "a2" {
		t.Errorf("main 2, in force, goes with annex %s, want a2", got)
	}
	if got := labels(s.ReadWith(main[0], "p/annex", day(t, "2025-06-01"))); got != "a1" {
		t.Errorf("main 1 goes with annex %s, want a1", got)
	}
	if got := s.ReadWith(main[0], "p/none", model.Date{}); got != nil {
		t.Errorf("an unknown document gives %s", got.Meta.Version)
	}
	stray := versions(t, "p/annex", "a9 2025-05-01 2025-05-01 published")[0]
	if got := labels(s.ReadWith(stray, "p/main", day(t, "2025-06-01"))); got != "2" {
		t.Errorf("a version outside the set is read with %s, want 2", got)
	}
	if got := s.IDs(); len(got) != 3 || got[0] != "p/annex" || got[2] != "p/other" {
		t.Errorf("IDs = %v", got)
	}
}
