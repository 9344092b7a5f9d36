package site

// A small client for the Chrome DevTools Protocol over
// --remote-debugging-pipe: enough to load pages, click, hover, read the
// console and take screenshots, without a third-party module.

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

type browser struct {
	t       testing.TB
	cmd     *exec.Cmd
	w       io.WriteCloser
	mu      sync.Mutex
	next    int
	pending map[int]chan cdpMessage
	events  []cdpMessage
	cond    *sync.Cond
	closed  bool
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
}

type cdpError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// startBrowser starts headless Chromium with a fresh profile, or skips the
// test when Chromium is not installed (fails in CI).
func startBrowser(t testing.TB) *browser {
	path := testutil.RequireTool(t, "chromium", "chromium-browser", "google-chrome")
	toChrome, chromeIn, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	chromeOut, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--hide-scrollbars", "--mute-audio", "--force-color-profile=srgb",
		"--user-data-dir="+t.TempDir(), "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome} // fd 3: commands in, fd 4: replies out
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	toChrome.Close()
	fromChrome.Close()
	b := &browser{t: t, cmd: cmd, w: chromeIn, pending: map[int]chan cdpMessage{}}
	b.cond = sync.NewCond(&b.mu)
	go b.read(chromeOut)
	t.Cleanup(func() {
		b.call("", "Browser.close", nil)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		chromeIn.Close()
		if t.Failed() && stderr.Len() > 0 {
			t.Logf("chromium stderr:\n%s", tail(stderr.String(), 2000))
		}
	})
	return b
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func (b *browser) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.closed = true
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.cond.Broadcast()
			b.mu.Unlock()
			return
		}
		var m cdpMessage
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch := b.pending[m.ID]; ch != nil {
				ch <- m
				delete(b.pending, m.ID)
			}
		} else {
			b.events = append(b.events, m)
			b.cond.Broadcast()
		}
		b.mu.Unlock()
	}
}

// call sends a command and waits for its result.
func (b *browser) call(session, method string, params any) (json.RawMessage, error) {
	if params == nil {
		params = struct{}{}
	}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil, errors.New("browser closed")
	}
	b.next++
	id := b.next
	ch := make(chan cdpMessage, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.w.Write(append(data, 0)); err != nil {
		return nil, err
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return nil, errors.New("browser closed")
		}
		if m.Error != nil {
			return nil, fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		return m.Result, nil
	case <-time.After(30 * time.Second):
		return nil, fmt.Errorf("%s: no answer in 30s", method)
	}
}

// tab is one page of the browser.
type tab struct {
	b       *browser
	session string
	seen    int // events before this index are handled
}

func (b *browser) newTab() *tab {
	res, err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		b.t.Fatal(err)
	}
	var tg struct{ TargetID string }
	json.Unmarshal(res, &tg)
	res, err = b.call("", "Target.attachToTarget", map[string]any{"targetId": tg.TargetID, "flatten": true})
	if err != nil {
		b.t.Fatal(err)
	}
	var at struct{ SessionID string }
	json.Unmarshal(res, &at)
	t := &tab{b: b, session: at.SessionID}
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		t.must(m, nil)
	}
	return t
}

func (t *tab) must(method string, params any) json.RawMessage {
	t.b.t.Helper()
	res, err := t.b.call(t.session, method, params)
	if err != nil {
		t.b.t.Fatal(err)
	}
	return res
}

// waitEvent waits for an event of this tab with the given method, after
// the ones already handled.
func (t *tab) waitEvent(method string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() { t.b.mu.Lock(); t.b.cond.Broadcast(); t.b.mu.Unlock() })
	defer timer.Stop()
	t.b.mu.Lock()
	defer t.b.mu.Unlock()
	for {
		for i := t.seen; i < len(t.b.events); i++ {
			e := t.b.events[i]
			if e.SessionID == t.session && e.Method == method {
				t.seen = i + 1
				return true
			}
		}
		if t.b.closed || time.Now().After(deadline) {
			return false
		}
		t.b.cond.Wait()
	}
}

// navigate loads url and waits for its load event.
func (t *tab) navigate(url string) {
	t.b.t.Helper()
	t.markSeen()
	t.must("Page.navigate", map[string]any{"url": url})
	if !t.waitEvent("Page.loadEventFired", 20*time.Second) {
		t.b.t.Fatalf("%s: did not load in 20s", url)
	}
}

func (t *tab) markSeen() {
	t.b.mu.Lock()
	t.seen = len(t.b.events)
	t.b.mu.Unlock()
}

// eval evaluates a JavaScript expression in the page and stores its JSON
// value in out.
func (t *tab) eval(expr string, out any) {
	t.b.t.Helper()
	res := t.must("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	json.Unmarshal(res, &r)
	if r.ExceptionDetails != nil {
		t.b.t.Fatalf("evaluating %s: %s %s", expr, r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if out != nil {
		if err := json.Unmarshal(r.Result.Value, out); err != nil {
			t.b.t.Fatalf("evaluating %s: result %s: %v", expr, r.Result.Value, err)
		}
	}
}

// mouse sends a mouse event at page coordinates x, y.
func (t *tab) mouse(kind string, x, y float64) {
	p := map[string]any{"type": kind, "x": x, "y": y}
	if kind != "mouseMoved" {
		p["button"] = "left"
		p["clickCount"] = 1
	}
	t.must("Input.dispatchMouseEvent", p)
}

// click moves the mouse to the middle of the element and clicks it, like a
// reader would.
func (t *tab) click(selector string) {
	t.b.t.Helper()
	x, y := t.center(selector)
	t.mouse("mouseMoved", x, y)
	t.mouse("mousePressed", x, y)
	t.mouse("mouseReleased", x, y)
}

// center scrolls the element into view and returns its middle.
func (t *tab) center(selector string) (float64, float64) {
	t.b.t.Helper()
	var r struct{ X, Y float64 }
	t.eval(fmt.Sprintf(`(() => { const e = document.querySelector(%q);
		e.scrollIntoView({block: "center", behavior: "instant"});
		const r = e.getClientRects()[0]; return {x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2}; })()`, selector), &r)
	return r.X, r.Y
}

// problems returns the console errors, uncaught exceptions and failed
// loads (Log entries at level error, CSP violations among them) seen so far.
func (t *tab) problems() []string {
	t.b.mu.Lock()
	defer t.b.mu.Unlock()
	var out []string
	for _, e := range t.b.events {
		if e.SessionID != t.session {
			continue
		}
		switch e.Method {
		case "Runtime.consoleAPICalled":
			var p struct {
				Type string
				Args []struct{ Value any }
			}
			json.Unmarshal(e.Params, &p)
			if p.Type == "error" || p.Type == "warning" || p.Type == "assert" {
				out = append(out, fmt.Sprintf("console.%s: %v", p.Type, p.Args))
			}
		case "Runtime.exceptionThrown":
			out = append(out, "exception: "+string(e.Params))
		case "Log.entryAdded":
			var p struct {
				Entry struct{ Level, Source, Text, URL string }
			}
			json.Unmarshal(e.Params, &p)
			if p.Entry.Level == "error" || p.Entry.Level == "warning" {
				out = append(out, fmt.Sprintf("%s %s: %s %s", p.Entry.Level, p.Entry.Source, p.Entry.Text, p.Entry.URL))
			}
		}
	}
	return out
}

// screenshot sets the viewport to width x height and returns a PNG of it.
func (t *tab) screenshot(width, height int, mobile bool) []byte {
	t.b.t.Helper()
	t.must("Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height,
		"deviceScaleFactor": 1, "mobile": mobile})
	return t.capture()
}

// capture returns a PNG of the viewport as it is.
func (t *tab) capture() []byte {
	t.b.t.Helper()
	res := t.must("Page.captureScreenshot", map[string]any{"format": "png"})
	var r struct{ Data string }
	json.Unmarshal(res, &r)
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		t.b.t.Fatal(err)
	}
	return png
}
