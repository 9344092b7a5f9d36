package site

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Server is the live preview of `legalkit serve`: it keeps a site built in
// memory, rebuilds it when a watched file changes, tells open pages to
// reload, and shows what went wrong instead of stopping.
type Server struct {
	// Build loads, checks and builds the site; build numbers the builds so
	// that a page knows whether it is out of date (Preview.Build).
	Build func(build int) (*Site, error)
	// Watch lists the files and folders whose changes trigger a rebuild.
	Watch []string
	// Log receives one line per rebuild.
	Log io.Writer
	// Debounce is how long to wait for more changes before rebuilding.
	Debounce time.Duration
	// AllowedHosts are host names (optionally NAME:PORT) the preview
	// answers for besides the address it listens on (--allowed-host).
	AllowedHosts []string

	mu      sync.Mutex
	site    *Site // the last site that built
	err     error // why the last build failed; nil when it worked
	build   int
	clients map[chan int]bool
	hosts   *hostFilter // set by Run once it listens; nil answers no one
}

// Rebuild builds the site again and tells open pages to reload.
func (s *Server) Rebuild() {
	start := time.Now()
	s.mu.Lock()
	s.build++
	n := s.build
	s.mu.Unlock()
	site, err := s.Build(n)
	s.mu.Lock()
	defer s.mu.Unlock()
	if n != s.build {
		return // a newer build started meanwhile
	}
	s.err = err
	if err == nil {
		s.site = site
	}
	if s.Log != nil {
		if err != nil {
			fmt.Fprintf(s.Log, "build %d failed: %s\n", n, ErrorText(err))
		} else {
			fmt.Fprintf(s.Log, "build %d: %d files in %s\n", n, site.Stats.Files, time.Since(start).Round(time.Millisecond))
		}
	}
	for ch := range s.clients {
		select {
		case ch <- n:
		default:
		}
	}
}

// Run builds the site, serves it on addr until ctx is done and rebuilds it
// on every change. ready is called with the address once it listens.
func (s *Server) Run(ctx context.Context, addr string, ready func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	s.hosts = newHostFilter(ln.Addr(), s.AllowedHosts)
	s.Rebuild()
	w, err := s.watcher()
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()
	go s.watch(ctx, w)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if ready != nil {
		ready("http://" + ln.Addr().String() + "/")
	}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// watcher watches every folder under the watched paths (fsnotify watches
// one folder at a time), and the folder of each watched file, which also
// sees editors that save by replacing the file.
func (s *Server) watcher() (*fsnotify.Watcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	for _, p := range s.Watch {
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			p = filepath.Dir(p)
		}
		if err := addTree(w, p); err != nil {
			w.Close()
			return nil, err
		}
	}
	return w, nil
}

func addTree(w *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return w.Add(p)
	})
}

func (s *Server) watch(ctx context.Context, w *fsnotify.Watcher) {
	wait := s.Debounce
	if wait == 0 {
		wait = 150 * time.Millisecond
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if ignored(ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					addTree(w, ev.Name)
				}
			}
			timer.Reset(wait)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			if s.Log != nil {
				fmt.Fprintf(s.Log, "watching: %v\n", err)
			}
		case <-timer.C:
			s.Rebuild()
		}
	}
}

// ignored reports editor scratch files: .file.swp, file~, .#file, 4913.
func ignored(name string) bool {
	base := filepath.Base(name)
	return strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp") || base == "4913"
}

// reloadJS reloads the page when the site was rebuilt after it was served.
const reloadJS = `// legalkit serve: reload this page when the site is rebuilt.
(function () {
  var build = document.currentScript && document.currentScript.dataset.build;
  var events = new EventSource("/_legalkit/events");
  events.onmessage = function (e) { if (e.data !== build) { location.reload(); } };
})();
`

// ServeHTTP serves the last site that built, the reload script and its
// event stream; when the last build failed, pages show why. It answers only
// requests for its own address (see hostFilter).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts.allows(r.Host) {
		http.Error(w, fmt.Sprintf("421 misdirected request: legalkit serve does not answer for host %q; "+
			"start it with --allowed-host to allow a name", r.Host), http.StatusMisdirectedRequest)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	switch r.URL.Path {
	case "/_legalkit/reload.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		io.WriteString(w, reloadJS)
		return
	case "/_legalkit/events":
		s.events(w, r)
		return
	}
	p := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if p == "" || strings.HasSuffix(r.URL.Path, "/") {
		p = path.Join(p, "index.html")
	}
	s.mu.Lock()
	site, err, build := s.site, s.err, s.build
	s.mu.Unlock()
	if err != nil && (strings.HasSuffix(p, ".html") || site == nil) {
		s.errorPage(w, http.StatusInternalServerError, err, build)
		return
	}
	data, ok := site.File(p)
	if !ok {
		if _, dir := site.File(path.Join(p, "index.html")); dir {
			if loc, ok := folderURL(p); ok {
				http.Redirect(w, r, loc, http.StatusFound)
				return
			}
		}
		s.errorPage(w, http.StatusNotFound, fmt.Errorf("no page at /%s", p), build)
		return
	}
	ct := mime.TypeByExtension(path.Ext(p))
	if ct == "" {
		ct = http.DetectContentType(data)
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	if r.Method == http.MethodGet {
		w.Write(data)
	}
}

// folderURL is the address of the folder at site path p ("acme/x" gives
// "/acme/x/"), for the redirect that adds the slash. It is built from the
// cleaned path, never from the request, and is always a path on this
// server: it never starts with // or /\ (which browsers read as
// another host), and it has no scheme.
func folderURL(p string) (string, bool) {
	loc := (&url.URL{Path: "/" + p + "/"}).EscapedPath()
	if strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, "/\\") || !strings.HasPrefix(loc, "/") {
		return "", false
	}
	return loc, true
}

// events streams the build number to the reload script: once on connect and
// after every rebuild.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := make(chan int, 1)
	s.mu.Lock()
	if s.clients == nil {
		s.clients = map[chan int]bool{}
	}
	s.clients[ch] = true
	build := s.build
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.clients, ch)
		s.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	fmt.Fprintf(w, "retry: 1000\ndata: %d\n\n", build)
	fl.Flush()
	ping := time.NewTicker(30 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case n := <-ch:
			fmt.Fprintf(w, "data: %d\n\n", n)
			fl.Flush()
		case <-ping.C:
			io.WriteString(w, ": ping\n\n")
			fl.Flush()
		}
	}
}

// errorPage is built without the templates, which may be what is broken.
var errorPage = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>legalkit serve: {{.Title}}</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/_legalkit/reload.js" data-build="{{.Build}}" defer></script>
</head>
<body>
<main id="_main">
<section class="preview" aria-labelledby="_preview-h">
<h1 id="_preview-h">{{.Title}}</h1>
<pre>{{.Err}}</pre>
<p>This page reloads when you save a change. <a href="/">Home</a></p>
</section>
</main>
</body>
</html>
`))

func (s *Server) errorPage(w http.ResponseWriter, status int, err error, build int) {
	title := "The site could not be built"
	if status == http.StatusNotFound {
		title = "Page not found"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	errorPage.Execute(w, map[string]any{"Title": title, "Err": ErrorText(err), "Build": build})
}
