package diff_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/notice"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/redline"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// FuzzWordDiff: for any two texts, the reported hunks turn the old text
// into the new one, and every hunk starts and ends between tokens.
func FuzzWordDiff(f *testing.F) {
	for _, s := range [][2]string{
		{"zie 4.6.1.", "zie 4.6.2."},
		{"EUR 1.000 per jaar", "EUR 5.000 per maand"},
		{"betaald en en worden", "betaald en worden"},
		{"„as is”", `"as is"`},
		{"", "nieuw"},
		{"a\u00a0b\tc\n d", "a b c d"},
		{"\U0001F600 emoji", "emoji \U0001F600"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip("documents are UTF-8: the parser rejects anything else")
		}
		d := diff.WordDiff(a, b)
		if got := diff.Apply(a, d.Hunks); got != b {
			t.Fatalf("applying the hunks to %q gives %q, want %q", a, got, b)
		}
		var old, new strings.Builder
		for _, s := range d.Segments {
			if s.Op != diff.Insert {
				old.WriteString(s.Text)
			}
			if s.Op != diff.Delete {
				new.WriteString(s.Text)
			}
		}
		if old.String() != a || new.String() != b {
			t.Fatal("segments do not rebuild the texts")
		}
		ab, bb := boundaries(a), boundaries(b)
		for _, h := range d.Hunks {
			if !ab[h.OldStart] || !ab[h.OldEnd] || !bb[h.NewStart] || !bb[h.NewEnd] {
				t.Fatalf("hunk %+v splits a token of %q or %q", h, a, b)
			}
		}
	})
}

// boundaries returns the code point offsets where the tokens of s start
// or end.
func boundaries(s string) map[int]bool {
	out := map[int]bool{0: true}
	pos := 0
	for _, t := range diff.Tokens(s) {
		pos += utf8.RuneCountInString(t)
		out[pos] = true
	}
	return out
}

// FuzzCompare: for any two documents, Compare does not panic, every clause
// diff rebuilds the new clause text from the old one, and every output
// format can be written.
func FuzzCompare(f *testing.F) {
	dir := filepath.Join(testutil.Root(f), "testdata", "diff", "acme", "terms-of-service")
	for _, pair := range [][2]string{{"1.md", "2.md"}} {
		a, err := os.ReadFile(filepath.Join(dir, pair[0]))
		if err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, pair[1]))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(a, b)
	}
	f.Add([]byte("---\nid: a/b\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: published\n---\n# 1. A\n\n1.1. Zie 1.2.\n\n1.2. Tekst.\n"),
		[]byte("---\nid: a/b\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"2\"\npublished: unknown\neffective: unknown\nstatus: published\n---\n# 1. A\n\n1.1. Nieuw.\n\n1.2. Zie 1.2.\n\n1.3. Tekst.\n"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		o, _ := parse.Parse("a/b/1.md", a)
		n, _ := parse.Parse("a/b/2.md", b)
		if o == nil || n == nil {
			return
		}
		resolve.Link([]*model.Document{o, n})
		r := diff.Compare(o, n)
		for _, c := range r.Entries {
			if c.Text == nil {
				t.Fatalf("change %+v has no text diff", c)
			}
			if got := diff.Apply(c.Text.Old, c.Text.Hunks); got != c.Text.New {
				t.Fatalf("clause %s: applying the hunks gives %q, want %q", diff.Label(c.Clause()), got, c.Text.New)
			}
			if c.Old != nil && c.Text.Old != diff.ClauseText(c.Old) || c.New != nil && c.Text.New != diff.ClauseText(c.New) {
				t.Fatalf("clause %s: the diff is not of the clause texts", diff.Label(c.Clause()))
			}
		}
		for _, d := range r.Definitions {
			if got := diff.Apply(d.Text.Old, d.Text.Hunks); got != d.Text.New {
				t.Fatalf("definition %s: applying the hunks gives %q, want %q", d.Term, got, d.Text.New)
			}
		}
		var buf bytes.Buffer
		for _, o := range []redline.Options{{}, {IgnoreEditorial: true, Color: true}, {Layout: redline.SideBySide}} {
			for _, write := range []func() error{
				func() error { return redline.Text(&buf, r, o) },
				func() error { return redline.Markdown(&buf, r, o) },
				func() error { return redline.HTML(&buf, r, o) },
				func() error { return r.WriteJSON(&buf, o.IgnoreEditorial) },
			} {
				if err := write(); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, format := range notice.Formats {
			if err := notice.Build(r, notice.Options{URL: "https://x.example/"}).Write(&buf, format); err != nil {
				t.Fatal(err)
			}
		}
	})
}
