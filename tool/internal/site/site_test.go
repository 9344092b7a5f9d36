package site

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// buildFixture builds the site of testdata/site with its own settings.
func buildFixture(t testing.TB, edit func(*Options)) (*Site, error) {
	t.Helper()
	root := testutil.Root(t)
	t.Chdir(root)
	o := options(t)
	s, err := LoadSettings(filepath.Join("testdata", "site"))
	if err != nil {
		t.Fatal(err)
	}
	o.Settings, o.Static = s, nil
	if edit != nil {
		edit(&o)
	}
	return Build(load(t, filepath.Join("testdata", "site", "terms")), o)
}

func mustBuildFixture(t testing.TB, edit func(*Options)) *Site {
	t.Helper()
	s, err := buildFixture(t, edit)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGolden compares every page, feed, sitemap and JSON file of the
// fixture's site with testdata/site/golden (go test -update rewrites it).
// The stylesheets are compared with templates/css instead.
func TestGolden(t *testing.T) {
	s := mustBuildFixture(t, nil)
	golden := filepath.Join(testutil.Root(t), "testdata", "site", "golden")
	var list strings.Builder
	for _, p := range s.Files() {
		list.WriteString(p + "\n")
		if strings.HasPrefix(p, "assets/") {
			continue
		}
		data, _ := s.File(p)
		testutil.Golden(t, filepath.Join(golden, filepath.FromSlash(p)), data)
	}
	testutil.Golden(t, filepath.Join(golden, "files.txt"), []byte(list.String()))
	for _, css := range []string{"site.css", "print.css"} {
		want, err := os.ReadFile(filepath.Join(testutil.Root(t), "templates", "css", css))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := s.File("assets/" + css); !bytes.Equal(got, want) {
			t.Errorf("assets/%s is not templates/css/%s", css, css)
		}
	}
}

// TestDeterministic builds the site of terms/ twice, the second time on one
// core, in another time zone and from the documents in reverse order, and
// compares every file byte for byte; then writes both to disk and compares
// the folders.
func TestDeterministic(t *testing.T) {
	first := buildTerms(t)
	docs := load(t, "terms")
	slices.Reverse(docs)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	defer func(l *time.Location) { time.Local = l }(time.Local)
	time.Local = time.FixedZone("UTC+13", 13*3600)
	second, err := Build(docs, options(t))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first.Files(), second.Files()) {
		t.Fatalf("the builds have different files:\n%v\n%v", first.Files(), second.Files())
	}
	for _, p := range first.Files() {
		a, _ := first.File(p)
		b, _ := second.File(p)
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds", p)
		}
	}
	dirs := []string{filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")}
	for i, s := range []*Site{first, second} {
		if err := s.Write(dirs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if a, b := readTree(t, dirs[0]), readTree(t, dirs[1]); !equalTrees(a, b) {
		t.Error("the written folders differ")
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalTrees(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for p, d := range a {
		if !bytes.Equal(d, b[p]) {
			return false
		}
	}
	return true
}

// TestAtomic makes writing fail midway and checks that the previous site is
// untouched and no half-written folder is left behind; and that a folder
// legalkit did not write is never replaced.
func TestAtomic(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	old := mustBuildFixture(t, nil)
	if err := old.Write(out); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, out)
	next := mustBuildFixture(t, func(o *Options) { o.Drafts = true })

	var written atomic.Int32
	writeFile = func(name string, data []byte, perm os.FileMode) error {
		if written.Add(1) == 5 {
			return errors.New("disk full")
		}
		return os.WriteFile(name, data, perm)
	}
	defer func() { writeFile = os.WriteFile }()
	if err := next.Write(out); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Write = %v, want the write error", err)
	}
	if !equalTrees(before, readTree(t, out)) {
		t.Error("a failed build changed the previous site")
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left behind in the parent folder: %v", entries)
	}

	writeFile = os.WriteFile
	if err := next.Write(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "acme", "voorwaarden", "4.html")); err != nil {
		t.Errorf("the new site did not replace the old one: %v", err)
	}

	mine := filepath.Join(parent, "mine")
	os.MkdirAll(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "notes.txt"), []byte("keep"), 0o644)
	err := next.Write(mine)
	if err == nil || !strings.Contains(err.Error(), "was not written by legalkit build") {
		t.Errorf("Write into a folder with other files = %v, want a refusal", err)
	}
	if data, _ := os.ReadFile(filepath.Join(mine, "notes.txt")); string(data) != "keep" {
		t.Error("a folder legalkit did not write was touched")
	}
}

// TestStatus checks which version is in force on which date.
func TestStatus(t *testing.T) {
	docs := func(specs ...string) []*model.Document {
		var out []*model.Document
		for _, s := range specs {
			f := strings.Fields(s) // version published effective status
			pub, _ := model.ParseDate(f[1])
			eff, _ := model.ParseDate(f[2])
			out = append(out, &model.Document{Path: "x/" + f[0] + ".md", Meta: model.Meta{ID: "p/d", Version: f[0],
				Published: pub, Effective: eff, Status: model.Status(f[3])}})
		}
		return out
	}
	day := func(s string) model.Date { d, _ := model.ParseDate(s); return d }
	for _, tc := range []struct {
		name    string
		docs    []*model.Document
		today   string
		drafts  bool
		want    string // version: status, in order
		current string
	}{
		{"one version, dates unknown", docs("1 unknown unknown published"), "2025-01-01", false, "1:in-force", "1"},
		{"effective today", docs("1 2024-01-01 2024-01-01 published", "2 2024-06-01 2025-01-01 published"), "2025-01-01", false,
			"1:superseded 2:in-force", "2"},
		{"effective tomorrow", docs("1 2024-01-01 2024-01-01 published", "2 2024-06-01 2025-01-02 published"), "2025-01-01", false,
			"1:in-force 2:upcoming", "1"},
		{"only upcoming", docs("1 2024-01-01 2026-01-01 published"), "2025-01-01", false, "1:upcoming", "1"},
		{"draft left out", docs("1 2024-01-01 2024-01-01 published", "2 unknown unknown draft"), "2025-01-01", false,
			"1:in-force", "1"},
		{"draft published with --drafts", docs("1 2024-01-01 2024-01-01 published", "2 unknown unknown draft"), "2025-01-01", true,
			"1:in-force 2:draft", "1"},
		{"superseded by the next, not the newest", docs("1 2023-01-01 2023-01-01 published", "2 2024-01-01 2024-01-01 published",
			"3 2024-06-01 2024-06-01 published"), "2025-01-01", false, "1:superseded 2:superseded 3:in-force", "3"},
		{"published tomorrow left out", docs("1 2024-01-01 2024-01-01 published", "2 2025-01-02 unknown published"), "2025-01-01", false,
			"1:in-force", "1"},
		{"published tomorrow shown with --drafts, not in force", docs("1 2024-01-01 2024-01-01 published",
			"2 2025-01-02 unknown published"), "2025-01-01", true, "1:in-force 2:scheduled", "1"},
		{"published today", docs("1 2024-01-01 2024-01-01 published", "2 2025-01-01 unknown published"), "2025-01-01", false,
			"1:superseded 2:in-force", "2"},
		{"published tomorrow, effective later", docs("1 2024-01-01 2024-01-01 published", "2 2025-01-02 2025-03-01 published",
			"3 unknown unknown draft"), "2025-01-01", true, "1:in-force 2:scheduled 3:draft", "1"},
		{"only versions not yet published", docs("1 2025-02-01 2025-02-01 published"), "2025-01-01", true, "1:scheduled", "1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := group(history.NewSet(tc.docs), day(tc.today), tc.drafts, false)
			var got []string
			for _, v := range ds[0].Versions {
				got = append(got, v.Model.Meta.Version+":"+string(v.Status))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("statuses %s, want %s", g, tc.want)
			}
			if c := ds[0].Current.Model.Meta.Version; c != tc.current {
				t.Errorf("current version %s, want %s", c, tc.current)
			}
			for _, v := range ds[0].Versions {
				if v.Status == Superseded && (v.Next == nil || v.Next.Status == Upcoming) {
					t.Errorf("version %s is superseded by %v", v.Model.Meta.Version, v.Next)
				}
			}
		})
	}
}
