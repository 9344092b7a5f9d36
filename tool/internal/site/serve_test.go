package site

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestServe runs the live preview on a copy of the fixture: pages are
// served with check's findings and the reload script; saving a source
// rebuilds the site and tells the page to reload; an error in a source is
// shown on the page; broken templates give an error page, and fixing them
// brings the site back.
func TestServe(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "terms")
	copyTree(t, filepath.Join(testutil.Root(t), "testdata", "site", "terms"), src)
	tmpl := filepath.Join(dir, "templates")
	os.MkdirAll(filepath.Join(tmpl, "html"), 0o755)
	srv := &Server{
		Watch:    []string{src, tmpl},
		Debounce: 20 * time.Millisecond,
		Build: func(build int) (*Site, error) {
			c, err := corpus.LoadOn([]string{src}, testDate)
			if err != nil {
				return nil, err
			}
			ds := append(diag.List{}, c.Diags...)
			fsys, err := templates.FS(tmpl)
			if err != nil {
				return nil, err
			}
			o := options(t)
			o.Templates = fsys
			o.Preview = &Preview{Diagnostics: append(ds, check.Run(c.Docs)...).Sort(), Build: build}
			return Build(c.Docs, o)
		},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	go func() {
		if err := srv.Run(ctx, "127.0.0.1:0", func(u string) { ready <- u }); err != nil {
			t.Error(err)
		}
	}()
	var base string
	select {
	case base = <-ready:
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("serving at %s, want loopback", base)
	}

	page := get(t, base+"acme/voorwaarden/2.html", 200)
	for _, want := range []string{`<script src="/_legalkit/reload.js" data-build="1" defer>`, `class="preview"`,
		`raw-html`, `script-src &#39;self&#39;`} {
		if !strings.Contains(page, want) {
			t.Errorf("preview page lacks %s", want)
		}
	}
	if !strings.Contains(get(t, base+"acme/voorwaarden/4.html", 200), `class="banner draft"`) {
		t.Error("the preview does not show drafts with a banner")
	}
	get(t, base+"acme/voorwaarden/", 200)
	get(t, base+"nothing-here.html", 404)
	if js := get(t, base+"_legalkit/reload.js", 200); !strings.Contains(js, "EventSource") {
		t.Error("no reload script")
	}

	events := stream(t, ctx, base+"_legalkit/events")
	if n := <-events; n != "1" {
		t.Fatalf("first event %q, want the current build 1", n)
	}

	file := filepath.Join(src, "acme", "voorwaarden", "2.md")
	edit(t, file, "Elk Gebruik valt onder de Overeenkomst.", "Elk Gebruik valt onder de Overeenkomst. Nieuwe zin.")
	waitBuild(t, events, "2")
	if !strings.Contains(get(t, base+"acme/voorwaarden/2.html", 200), "Nieuwe zin.") {
		t.Error("the edit is not on the page after the rebuild")
	}

	edit(t, file, "Zie ook artikel 2.1", "Zie ook artikel 9.9")
	waitBuild(t, events, "3")
	page = get(t, base+"acme/voorwaarden/2.html", 200)
	if !strings.Contains(page, "reference-dangling") || !strings.Contains(page, `class="ref unlinked"`) {
		t.Error("a dangling reference is not shown on the page")
	}

	os.WriteFile(filepath.Join(tmpl, "html", "layout.html"), []byte(`{{define "layout"}}{{.Broken}`), 0o644)
	waitBuild(t, events, "4")
	if page := get(t, base+"acme/voorwaarden/2.html", 500); !strings.Contains(page, "layout.html") {
		t.Errorf("broken template: error page does not say where:\n%s", page)
	}
	os.Remove(filepath.Join(tmpl, "html", "layout.html"))
	waitBuild(t, events, "5")
	get(t, base+"acme/voorwaarden/2.html", 200)
}

func get(t *testing.T, url string, status int) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Errorf("GET %s: %d, want %d", url, resp.StatusCode, status)
	}
	return string(body)
}

// stream reads the data lines of an event stream.
func stream(t *testing.T, ctx context.Context, url string) <-chan string {
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				out <- d
			}
		}
	}()
	return out
}

func waitBuild(t *testing.T, events <-chan string, want string) {
	t.Helper()
	for {
		select {
		case n := <-events:
			if n == want {
				return
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no rebuild %s announced", want)
		}
	}
}

func edit(t *testing.T, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), old) {
		t.Fatalf("%s: cannot find %q (%v)", file, old, err)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
