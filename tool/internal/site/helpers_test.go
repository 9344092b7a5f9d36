package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// testDate is the build date of the tests: it decides which versions are in
// force, so the output does not change with the calendar.
var testDate = model.Date{Year: 2025, Month: 6, Day: 1}

// load reads the documents under dir (relative to the repository root),
// linked for the test date, and checks them; it fails the test on check
// errors.
func load(t testing.TB, dir string) []*model.Document {
	t.Helper()
	return loadOn(t, dir, testDate)
}

// loadOn is load for a site built on another date.
func loadOn(t testing.TB, dir string, on model.Date) []*model.Document {
	t.Helper()
	c, err := corpus.LoadOn([]string{dir}, on)
	if err != nil {
		t.Fatal(err)
	}
	ds := append(c.Diags, check.Run(c.Docs)...)
	if ds.HasErrors() {
		t.Fatalf("check finds errors in %s:\n%v", dir, ds)
	}
	return c.Docs
}

// options are the build options of the repository: its site settings,
// static files and the built-in templates.
func options(t testing.TB) Options {
	t.Helper()
	root := testutil.Root(t)
	s, err := LoadSettings(filepath.Join(root, "site"))
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := templates.FS("")
	if err != nil {
		t.Fatal(err)
	}
	return Options{Settings: s, Templates: fsys, Static: os.DirFS(filepath.Join(root, "site", "static")), Today: testDate}
}

// buildTerms builds the site of terms/ in memory.
func buildTerms(t testing.TB) *Site {
	t.Helper()
	t.Chdir(testutil.Root(t))
	s, err := Build(load(t, "terms"), options(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}
