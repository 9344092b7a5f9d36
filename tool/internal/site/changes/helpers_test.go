package changes

import (
	"path/filepath"
	"testing"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/site"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// testDate is the build date of the tests, as in the site's own tests.
var testDate = model.Date{Year: 2025, Month: 6, Day: 1}

// load reads and checks the documents under dirs (relative to the
// repository root, which becomes the working folder), linked for the test
// date.
func load(t testing.TB, dirs ...string) []*model.Document {
	t.Helper()
	t.Chdir(testutil.Root(t))
	c, err := corpus.LoadOn(dirs, testDate)
	if err != nil {
		t.Fatal(err)
	}
	if ds := append(c.Diags, check.Run(c.Docs)...); ds.HasErrors() {
		t.Fatalf("check finds errors in %v:\n%v", dirs, ds)
	}
	return c.Docs
}

// options are the settings of the site fixture (testdata/site) with the
// built-in templates; with changes set, the change pages are built too.
func options(t testing.TB, changes bool) site.Options {
	t.Helper()
	settings, err := site.LoadSettings(filepath.Join(testutil.Root(t), "testdata", "site"))
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := templates.FS("")
	if err != nil {
		t.Fatal(err)
	}
	o := site.Options{Settings: settings, Templates: fsys, Today: testDate}
	if changes {
		o.Extensions = []site.Extension{Extension()}
	}
	return o
}

func build(t testing.TB, docs []*model.Document, o site.Options) *site.Site {
	t.Helper()
	s, err := site.Build(docs, o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func file(t testing.TB, s *site.Site, p string) string {
	t.Helper()
	data, ok := s.File(p)
	if !ok {
		t.Fatalf("no %s in the site", p)
	}
	return string(data)
}
