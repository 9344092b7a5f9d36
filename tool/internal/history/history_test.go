package history

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// day parses a date of a test table; "" and "unknown" are unknown.
func day(t *testing.T, s string) model.Date {
	t.Helper()
	if s == "" {
		return model.Date{}
	}
	d, err := model.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// versions makes versions of document id from "LABEL PUBLISHED EFFECTIVE
// STATUS [PERIOD]" lines, in the order given (not sorted); PERIOD is a
// number of days of notice.
func versions(t *testing.T, id string, specs ...string) []*model.Document {
	t.Helper()
	var out []*model.Document
	for _, s := range specs {
		f := strings.Fields(s)
		d := &model.Document{Path: id + "/" + f[0] + ".md", Meta: model.Meta{ID: id, Version: f[0],
			Published: day(t, f[1]), Effective: day(t, f[2]), Status: model.Status(f[3])}}
		if len(f) > 4 {
			d.Meta.NoticePeriod = model.Period{Amount: len(f[4]), Unit: model.Days, Text: f[4]}
		}
		out = append(out, d)
	}
	return out
}

// labels lists the version labels of docs, "-" for nil.
func labels(docs ...*model.Document) string {
	var out []string
	for _, d := range docs {
		if d == nil {
			out = append(out, "-")
		} else {
			out = append(out, d.Meta.Version)
		}
	}
	return strings.Join(out, " ")
}

// find returns the version labelled label.
func find(t *testing.T, vs []*model.Document, label string) *model.Document {
	t.Helper()
	for _, v := range vs {
		if v.Meta.Version == label {
			return v
		}
	}
	t.Fatalf("no version %s", label)
	return nil
}

func TestSort(t *testing.T) {
	for _, tc := range []struct {
		name  string
		specs []string
		want  string
	}{
		{"by publication date", []string{"b 2024-05-01 unknown published", "a 2024-06-01 unknown published", "c 2023-01-01 unknown published"}, "c b a"},
		{"one date unknown: by label", []string{"10 2024-01-01 unknown published", "2 unknown unknown draft", "1 2025-01-01 unknown published"}, "1 2 10"},
		{"labels naturally", []string{"v10 unknown unknown published", "v9 unknown unknown published", "v1.10 unknown unknown published", "v1.9 unknown unknown published"}, "v1.9 v1.10 v9 v10"},
		{"dated labels", []string{"2019-03-01 unknown unknown published", "2018-12-01 unknown unknown published"}, "2018-12-01 2019-03-01"},
		{"the same date: by label", []string{"3 2024-01-01 unknown published", "2 2024-01-01 unknown published"}, "2 3"},
		{"leading zeros", []string{"010 unknown unknown published", "9 unknown unknown published"}, "9 010"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vs := versions(t, "p/d", tc.specs...)
			Sort(vs)
			if got := labels(vs...); got != tc.want {
				t.Errorf("order %s, want %s", got, tc.want)
			}
		})
	}
}

// TestSortTies: two files with one label (check reports them) come out in
// path order whatever the order they were read in.
func TestSortTies(t *testing.T) {
	a := versions(t, "p/d", "1 2024-01-01 unknown published")[0]
	b := versions(t, "p/d", "1 2024-01-01 unknown published")[0]
	b.Path = "z/p/d/1.md"
	for _, in := range [][]*model.Document{{a, b}, {b, a}} {
		Sort(in)
		if in[0] != a {
			t.Errorf("order %s, %s; want the path %s first", in[0].Path, in[1].Path, a.Path)
		}
	}
}

func TestPredecessor(t *testing.T) {
	vs := versions(t, "p/d", "1 2024-01-01 2024-02-01 published", "2 2024-03-01 2024-04-01 draft",
		"3 2024-05-01 2024-06-01 draft", "4 2024-07-01 2024-08-01 published")
	for _, tc := range []struct{ v, want string }{
		{"1", "-"},
		{"2", "1"}, // a draft replaces the published version before it
		{"3", "1"}, // skipping the draft in between
		{"4", "1"}, // a published version replaces the last published one, not a draft
	} {
		if got := labels(Predecessor(vs, find(t, vs, tc.v))); got != tc.want {
			t.Errorf("Predecessor(%s) = %s, want %s", tc.v, got, tc.want)
		}
	}
	drafts := versions(t, "p/d", "1 unknown unknown draft", "2 unknown unknown draft")
	if got := labels(Predecessor(drafts, drafts[1])); got != "1" {
		t.Errorf("with no published version, Predecessor(2) = %s, want the version right before it", got)
	}
	if got := Predecessor(vs, versions(t, "p/d", "9 unknown unknown draft")[0]); got != nil {
		t.Errorf("a version not in the history has predecessor %s", got.Meta.Version)
	}
}

func TestInForceOn(t *testing.T) {
	vs := versions(t, "p/d",
		"1 2024-01-01 2024-02-01 published",
		"2 2024-05-01 2024-07-01 published",
		"3 2024-08-01 unknown published",    // applies once published
		"4 2024-09-01 2025-01-01 published", // upcoming until 2025
		"5 2024-10-01 2024-10-01 draft")     // never in force
	for _, tc := range []struct{ on, want, status1, status4 string }{
		{"2023-12-01", "-", "scheduled", "scheduled"},  // nothing published yet
		{"2024-01-15", "-", "upcoming", "scheduled"},   // published, not yet effective: a gap
		{"2024-02-01", "1", "in-force", "scheduled"},   // from its effective date
		{"2024-06-01", "1", "in-force", "scheduled"},   // 2 is published but upcoming
		{"2024-07-01", "2", "superseded", "scheduled"}, //
		{"2024-08-01", "3", "superseded", "scheduled"}, // unknown effective date: in force once published
		{"2024-12-31", "3", "superseded", "upcoming"},  // 4 is upcoming
		{"2025-01-01", "4", "superseded", "in-force"},  // the draft never is
		{"", "4", "superseded", "in-force"},            // no date: the newest published version
	} {
		on := day(t, tc.on)
		if got := labels(InForceOn(vs, on)); got != tc.want {
			t.Errorf("in force on %s: %s, want %s", on, got, tc.want)
		}
		if got := StatusOn(vs, vs[0], on); string(got) != tc.status1 {
			t.Errorf("on %s version 1 is %s, want %s", on, got, tc.status1)
		}
		if got := StatusOn(vs, vs[3], on); string(got) != tc.status4 {
			t.Errorf("on %s version 4 is %s, want %s", on, got, tc.status4)
		}
		if got := StatusOn(vs, vs[4], on); got != Draft {
			t.Errorf("on %s the draft is %s", on, got)
		}
	}
}

func TestNoticePeriod(t *testing.T) {
	for _, tc := range []struct {
		name, prev, v string
		period, from  string
		earliest      string
		ok            bool
	}{
		{"the replaced version's period", "1 2024-01-01 2024-01-01 published ddddd", "2 2024-03-01 2024-03-10 published dd",
			"ddddd", "1", "2024-03-06", true},
		{"the new version's own when the replaced one has none", "1 2024-01-01 2024-01-01 published", "2 2024-03-01 2024-03-10 published dd",
			"dd", "2", "2024-03-03", true},
		{"none", "1 2024-01-01 2024-01-01 published", "2 2024-03-01 2024-03-10 published", "", "-", "unknown", false},
		{"unknown publication date", "1 2024-01-01 2024-01-01 published ddd", "2 unknown 2024-03-10 published", "ddd", "1", "unknown", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			prev, v := versions(t, "p/d", tc.prev)[0], versions(t, "p/d", tc.v)[0]
			earliest, period, from, ok := EarliestEffective(prev, v)
			if period.Text != tc.period || labels(from) != tc.from || earliest.String() != tc.earliest || ok != tc.ok {
				t.Errorf("EarliestEffective = %s, %q from %s, %v; want %s, %q from %s, %v",
					earliest, period.Text, labels(from), ok, tc.earliest, tc.period, tc.from, tc.ok)
			}
		})
	}
	if p, from := NoticePeriod(nil, versions(t, "p/d", "1 2024-01-01 2024-01-01 published dd")[0]); p.Text != "dd" || from == nil {
		t.Errorf("a first version: period %q from %v, want its own", p.Text, from)
	}
}

func TestObjection(t *testing.T) {
	vs := versions(t, "p/d", "1 unknown unknown published", "2 unknown unknown published", "3 unknown unknown published", "4 unknown unknown published")
	vs[1].Meta.Objection = "opzeggen (2)"
	vs[3].Meta.Objection = "opzeggen (4)"
	for i, want := range []string{"", "opzeggen (2)", "opzeggen (2)", "opzeggen (4)"} {
		if got := Objection(vs, vs[i]); got != want {
			t.Errorf("version %d: %q, want %q", i+1, got, want)
		}
	}
}
