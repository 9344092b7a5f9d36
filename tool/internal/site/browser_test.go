package site

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestBrowser loads the built site of terms/ in headless Chromium from a
// local server: no page logs an error (CSP violations and failed loads
// included), a clause reference, a link to another document and a defined
// term each land on the right element, the definition shows on hover and on
// keyboard focus, no page scrolls sideways on a phone, and screenshots at
// phone and desktop widths are not blank.
func TestBrowser(t *testing.T) {
	b := startBrowser(t)
	s := buildTerms(t)
	dir := filepath.Join(t.TempDir(), "public")
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	tab := b.newTab()

	const visma = "/visma/servicevoorwaarden/2018-04-18.html"
	tab.navigate(srv.URL + visma)

	t.Run("clause reference", func(t *testing.T) {
		const sel = `a.ref-clause[href^="#"]`
		var want string
		tab.eval(`decodeURIComponent(document.querySelector('`+sel+`').getAttribute("href").slice(1))`, &want)
		tab.click(sel)
		tab.landsOn(t, visma, want)
	})
	t.Run("definition", func(t *testing.T) {
		const sel = `a.term[href^="#def-"]`
		var want string
		tab.eval(`document.querySelector('`+sel+`').getAttribute("href").slice(1)`, &want)
		tab.click(sel)
		tab.landsOn(t, visma, want)
		var tag string
		tab.eval(`document.querySelector(":target").tagName`, &tag)
		if tag != "TR" {
			t.Errorf("the definition of %s is a <%s>, want the row of the definitions table", want, tag)
		}
	})
	t.Run("definition on hover and focus", func(t *testing.T) {
		const sel = `[id="1.1.1"] a.term`
		var def string
		tab.eval(`document.querySelector('`+sel+`').dataset.def`, &def)
		if !strings.Contains(def, ": ") {
			t.Fatalf("term use carries no definition: data-def=%q", def)
		}
		shown := func() (v struct{ Display, Content string }) {
			tab.eval(`(() => { const s = getComputedStyle(document.querySelector('`+sel+`'), "::after"); return {display: s.display, content: s.content}; })()`, &v)
			return v
		}
		if v := shown(); v.Display != "none" {
			t.Errorf("definition shown before hover: display %q", v.Display)
		}
		x, y := tab.center(sel)
		tab.mouse("mouseMoved", x, y)
		prefix := string([]rune(def)[:min(20, len([]rune(def)))])
		if v := shown(); v.Display != "block" || !strings.Contains(v.Content, prefix) {
			t.Errorf("on hover: display %q, content %.40q; want the definition", v.Display, v.Content)
		}
		if dir := os.Getenv("LEGALKIT_SCREENSHOTS"); dir != "" {
			os.WriteFile(filepath.Join(dir, "visma-hover.png"), tab.capture(), 0o644)
		}
		tab.mouse("mouseMoved", 1, 1)
		tab.eval(`document.querySelector('`+sel+`').focus({focusVisible: true})`, nil)
		if v := shown(); v.Display != "block" {
			t.Errorf("on keyboard focus: display %q; want the definition", v.Display)
		}
	})
	t.Run("link to another document", func(t *testing.T) {
		const page = "/outsmart/algemene-leveringsvoorwaarden/1.html"
		tab.navigate(srv.URL + page)
		tab.markSeen()
		tab.click(`a.ref-document[href*=".html"]`)
		if !tab.waitEvent("Page.loadEventFired", 10*time.Second) {
			t.Fatal("following the link loaded no page")
		}
		var path string
		tab.eval(`location.pathname`, &path)
		if path != "/outsmart/verwerkersovereenkomst/1.html" {
			t.Errorf("landed on %s, want the processing agreement", path)
		}
	})
	t.Run("screenshots", func(t *testing.T) {
		tab.navigate(srv.URL + visma)
		for _, size := range []struct {
			name          string
			width, height int
			mobile        bool
		}{{"phone", 390, 844, true}, {"desktop", 1280, 900, false}} {
			shot := tab.screenshot(size.width, size.height, size.mobile)
			checkNotBlank(t, size.name, shot, size.width, size.height)
			if dir := os.Getenv("LEGALKIT_SCREENSHOTS"); dir != "" {
				os.WriteFile(filepath.Join(dir, "visma-"+size.name+".png"), shot, 0o644)
			}
		}
	})
	t.Run("every page", func(t *testing.T) {
		tab.screenshot(390, 844, true) // phone width
		for _, p := range s.Files() {
			if !strings.HasSuffix(p, ".html") {
				continue
			}
			tab.navigate(srv.URL + "/" + p)
			var overflow struct {
				By   int
				What string
			}
			tab.eval(`(() => { const w = document.documentElement.clientWidth;
				const wide = [...document.querySelectorAll("body *")].find(e => e.getBoundingClientRect().right > w + 1 ||
					getComputedStyle(e).overflowX == "visible" && e.scrollWidth > e.clientWidth + 1 && e.children.length == 0);
				return {by: document.documentElement.scrollWidth - w,
					what: wide ? wide.tagName + "." + wide.className + " " + wide.textContent.slice(0, 40) : ""}; })()`, &overflow)
			if overflow.By > 0 {
				t.Errorf("%s: scrolls sideways on a phone by %dpx (%s)", p, overflow.By, overflow.What)
			}
			var stylesheets int
			tab.eval(`document.styleSheets.length`, &stylesheets)
			if stylesheets != 2 {
				t.Errorf("%s: %d stylesheets loaded, want 2", p, stylesheets)
			}
		}
	})
	t.Run("straight from disk", func(t *testing.T) {
		tab.navigate("file://" + filepath.ToSlash(dir) + "/index.html")
		tab.click(`li.card h3 a`)
		if !tab.waitEvent("Page.loadEventFired", 10*time.Second) {
			t.Fatal("following a link on disk loaded no page")
		}
		var got struct {
			Href   string
			Styled bool
			Sheets int
		}
		tab.eval(`({href: location.href, sheets: document.styleSheets.length,
			styled: getComputedStyle(document.querySelector(".skip")).position == "absolute"})`, &got)
		if !strings.HasSuffix(got.Href, "/index.html") || got.Sheets != 2 || !got.Styled {
			t.Errorf("from disk: at %s, %d stylesheets, styled %v", got.Href, got.Sheets, got.Styled)
		}
	})
	for _, p := range tab.problems() {
		t.Errorf("browser: %s", p)
	}
}

// landsOn waits until the page is path, its :target is the element with id
// want and that element is in view.
func (tab *tab) landsOn(t *testing.T, path, want string) {
	t.Helper()
	var got struct {
		Path, ID string
		Top, H   float64
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		tab.eval(`(() => { const e = document.querySelector(":target"); const r = e ? e.getBoundingClientRect() : {top: -1};
			return {path: location.pathname, id: e ? e.id : "", top: r.top, h: innerHeight}; })()`, &got)
		if got.Path == path && got.ID == want && got.Top >= 0 && got.Top < got.H {
			return
		}
	}
	t.Errorf("landed on %s#%s (top %.0f of %.0f), want %s#%s in view", got.Path, got.ID, got.Top, got.H, path, want)
}

// checkNotBlank fails when a screenshot has the wrong size or is (nearly)
// one colour.
func checkNotBlank(t *testing.T, name string, shot []byte, width, height int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("%s screenshot: %v", name, err)
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Errorf("%s screenshot is %dx%d, want %dx%d", name, b.Dx(), b.Dy(), width, height)
	}
	bg := img.At(0, img.Bounds().Dy()-1)
	differ, colours := 0, map[[3]uint32]bool{}
	eachPixel(img, func(x, y int) {
		r, g, bl, _ := img.At(x, y).RGBA()
		colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		if img.At(x, y) != bg {
			differ++
		}
	})
	total := img.Bounds().Dx() * img.Bounds().Dy()
	if differ < total/50 || len(colours) < 16 {
		t.Errorf("%s screenshot looks blank: %d of %d pixels differ from the background, %d colours", name, differ, total, len(colours))
	}
}

func eachPixel(img image.Image, f func(x, y int)) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			f(x, y)
		}
	}
}

// TestBrowserReload opens a page of the live preview in Chromium, saves a
// change to its source and checks that the page reloads by itself with the
// change, its CSP allowing the reload script and nothing else going wrong.
func TestBrowserReload(t *testing.T) {
	b := startBrowser(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "terms")
	copyTree(t, filepath.Join(testutil.Root(t), "testdata", "site", "terms"), src)
	srv := &Server{Watch: []string{src}, Debounce: 20 * time.Millisecond, Build: func(build int) (*Site, error) {
		o := options(t)
		o.Preview = &Preview{Build: build}
		c, err := corpus.LoadOn([]string{src}, o.Today)
		if err != nil {
			return nil, err
		}
		return Build(c.Docs, o)
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	go srv.Run(ctx, "127.0.0.1:0", func(u string) { ready <- u })
	base := <-ready

	tab := b.newTab()
	tab.navigate(base + "acme/voorwaarden/2.html")
	var connected bool
	for deadline := time.Now().Add(5 * time.Second); !connected && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		srv.mu.Lock()
		connected = len(srv.clients) > 0
		srv.mu.Unlock()
	}
	if !connected {
		t.Fatal("the page did not connect to the reload stream")
	}
	tab.eval(`window.before = true`, nil)
	tab.markSeen()
	edit(t, filepath.Join(src, "acme", "voorwaarden", "2.md"), "Elk Gebruik valt", "Ieder Gebruik valt")
	if !tab.waitEvent("Page.loadEventFired", 10*time.Second) {
		t.Fatal("the page did not reload after the source changed")
	}
	var state struct {
		Before  bool
		Changed bool
	}
	tab.eval(`({before: window.before === true, changed: document.body.textContent.includes("Ieder Gebruik valt")})`, &state)
	if state.Before || !state.Changed {
		t.Errorf("after the reload: old page %v, change shown %v", state.Before, state.Changed)
	}
	for _, p := range tab.problems() {
		t.Errorf("browser: %s", p)
	}
}
