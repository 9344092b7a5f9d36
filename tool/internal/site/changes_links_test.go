package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/site"
	"github.com/legalkit/legalkit/tool/internal/site/changes"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestLinksWithChanges runs the link checker over sites built with the
// changelog and redline pages (package changes): the site of terms/, whose
// documents have one version each, and that of the version histories in
// testdata/diff, on two build dates that put other versions in force. Every
// feed of these sites must be valid Atom (RFC 4287).
func TestLinksWithChanges(t *testing.T) {
	root := testutil.Root(t)
	t.Chdir(root)
	diffs := []string{"testdata/diff/acme", "testdata/diff/outsmart", "testdata/diff/visma"}
	for _, tc := range []struct {
		name     string
		dirs     []string
		date     model.Date
		redlines int // redline pages, both layouts
		drafts   bool
	}{
		{"terms", []string{"terms"}, model.Date{Year: 2025, Month: 6, Day: 1}, 0, false},
		// The site fixture: acme/voorwaarden 1..2 and 2..3; with its draft 4
		// also 3..4 and 2..4.
		{"fixture", []string{"testdata/site/terms"}, model.Date{Year: 2025, Month: 6, Day: 1}, 2 * 2, false},
		{"fixture-drafts", []string{"testdata/site/terms"}, model.Date{Year: 2025, Month: 6, Day: 1}, 2 * 4, true},
		// In force: the newest of each; 1..2, 2..3, 1..3 of outsmart's
		// conditions, 1..2 of acme, 7 + 6 of visma.
		{"diff", diffs, model.Date{Year: 2025, Month: 6, Day: 1}, 2 * (3 + 1 + 13), false},
		// In force: visma 2018-09-01; its five later versions are
		// published after the build date and so not on the site yet (2
		// predecessor pairs and 2018-04-18..2018-09-01); outsmart's
		// conditions 1 with 2 and 3 to come, publication dates unknown
		// (1..2, 2..3, 1..3); acme, first published in 2024, not at all.
		{"diff-2018", diffs, model.Date{Year: 2018, Month: 10, Day: 1}, 2 * (3 + 0 + 3), false},
		// With --drafts the versions to come are shown, marked: visma's 7
		// predecessor pairs and 5 pairs with 2018-09-01 that are not one
		// of them, and acme's 1..2.
		{"diff-2018-drafts", diffs, model.Date{Year: 2018, Month: 10, Day: 1}, 2 * (3 + 1 + 12), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := build(t, tc.dirs, tc.date, tc.drafts)
			pages, checked, fragments := site.CheckLinks(t, s)
			redlines, changelogs := 0, 0
			for _, p := range s.Files() {
				if strings.HasSuffix(p, "atom.xml") {
					data, _ := s.File(p)
					for _, e := range site.ValidateAtom(data) {
						t.Errorf("%s is not valid Atom: %s", p, e)
					}
				}
				switch {
				case strings.Contains(p, "/changes/"):
					redlines++
				case strings.HasSuffix(p, "/"+changes.ChangelogFile):
					changelogs++
				}
			}
			t.Logf("%d pages (%d changelogs, %d redlines), %d internal links (%d with an anchor): all resolve",
				pages, changelogs, redlines, checked, fragments)
			if redlines != tc.redlines {
				t.Errorf("%d redline pages, want %d", redlines, tc.redlines)
			}
			if changelogs != s.Stats.Documents || changelogs == 0 {
				t.Errorf("%d changelogs for %d documents", changelogs, s.Stats.Documents)
			}
		})
	}
}

// build builds the site of the documents under dirs with the change pages
// (and the drafts, when drafts is set).
func build(t *testing.T, dirs []string, date model.Date, drafts bool) *site.Site {
	t.Helper()
	c, err := corpus.LoadOn(dirs, date)
	if err != nil {
		t.Fatal(err)
	}
	if ds := append(c.Diags, check.Run(c.Docs)...); ds.HasErrors() {
		t.Fatalf("check finds errors:\n%v", ds)
	}
	settings, err := site.LoadSettings("site")
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := templates.FS("")
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(c.Docs, site.Options{Settings: settings, Templates: fsys,
		Static: os.DirFS(filepath.Join("site", "static")), Today: date, Drafts: drafts, Extensions: []site.Extension{changes.Extension()}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
