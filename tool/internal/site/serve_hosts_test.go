package site

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// startPreview runs the preview of the fixture's site on a free loopback
// port and returns its host:port.
func startPreview(t *testing.T, allowed ...string) string {
	t.Helper()
	s := mustBuildFixture(t, func(o *Options) { o.Preview = &Preview{Build: 1} })
	srv := &Server{Build: func(int) (*Site, error) { return s, nil }, AllowedHosts: allowed}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Run(ctx, "127.0.0.1:0", func(u string) { ready <- u }); err != nil {
			t.Error(err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
	select {
	case u := <-ready:
		return strings.TrimSuffix(strings.TrimPrefix(u, "http://"), "/")
	case <-time.After(10 * time.Second):
		t.Fatal("the preview did not start")
	}
	return ""
}

// rawGet sends "GET target" with the Host header host exactly as given, as
// a browser or an attacker's page could, and returns the response.
func rawGet(t *testing.T, addr, target, host string) (*http.Response, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, host)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

// TestServeHost: the preview answers requests for the address it listens
// on and for names given with --allowed-host; a page that points its own
// name at 127.0.0.1 (DNS rebinding) gets 421 and none of the site.
func TestServeHost(t *testing.T) {
	addr := startPreview(t, "preview.lan", "proxy.example:8443")
	_, port, _ := net.SplitHostPort(addr)
	for _, tc := range []struct {
		host   string
		status int
	}{
		{"127.0.0.1:" + port, 200},
		{"localhost:" + port, 200},
		{"LocalHost.:" + port, 200},
		{"[::1]:" + port, 200},
		{"preview.lan", 200},
		{"preview.lan:" + port, 200},
		{"PREVIEW.LAN:9", 200},
		{"proxy.example:8443", 200},
		{"rebind.attacker.example:" + port, 421},
		{"rebind.attacker.example", 421},
		{"localhost.attacker.example:" + port, 421},
		{"127.0.0.1.nip.io:" + port, 421},
		{"localhost:1", 421},
		{"127.0.0.1", 421},
		{"proxy.example:8444", 421},
		{"proxy.example:" + port, 421},
		{"0.0.0.0:" + port, 421},
	} {
		for _, target := range []string{"/acme/voorwaarden/4.html", "/_legalkit/reload.js", "/_legalkit/events"} {
			if tc.status == 200 && target == "/_legalkit/events" {
				continue // a stream: it does not end
			}
			resp, body := rawGet(t, addr, target, tc.host)
			if resp.StatusCode != tc.status {
				t.Errorf("Host %s, GET %s: %d, want %d", tc.host, target, resp.StatusCode, tc.status)
			}
			if tc.status == 421 && (strings.Contains(body, "Concept") || strings.Contains(body, "EventSource") ||
				!strings.Contains(body, "--allowed-host") || len(body) > 300) {
				t.Errorf("Host %s, GET %s: body %.80q..., want a short refusal", tc.host, target, body)
			}
		}
	}
}

// TestServeRedirect: the slash added to a folder's address is a path on the
// preview itself, however the request spells it: GET //acme/voorwaarden
// was redirected to //acme/voorwaarden/, the host "acme" (an open redirect).
func TestServeRedirect(t *testing.T) {
	addr := startPreview(t)
	for _, target := range []string{
		"//acme/voorwaarden", "///acme/voorwaarden", "/acme/voorwaarden", "/acme//voorwaarden",
		"/./acme/voorwaarden", "/x/../acme/voorwaarden", "/%2Facme/voorwaarden", "//acme/voorwaarden?x=//evil.example",
		`/\acme/voorwaarden`, `/%5Cacme/voorwaarden`, "//evil.example", "//evil.example/", `/\evil.example`, "/..//acme/voorwaarden",
	} {
		resp, _ := rawGet(t, addr, target, addr)
		loc := resp.Header.Get("Location")
		switch {
		case resp.StatusCode == http.StatusFound && loc != "/acme/voorwaarden/":
			t.Errorf("GET %s: Location %q, want /acme/voorwaarden/", target, loc)
		case resp.StatusCode != http.StatusFound && resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotFound:
			t.Errorf("GET %s: %d", target, resp.StatusCode)
		}
		if u, err := url.Parse(loc); loc != "" && (err != nil || u.Scheme != "" || u.Host != "" ||
			strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, `/\`)) {
			t.Errorf("GET %s: Location %q leaves the preview", target, loc)
		}
	}
	if resp, _ := rawGet(t, addr, "//acme/voorwaarden", addr); resp.StatusCode != http.StatusFound {
		t.Errorf("GET //acme/voorwaarden: %d, want the redirect to the folder", resp.StatusCode)
	}
}

func TestFolderURL(t *testing.T) {
	for p, want := range map[string]string{
		"acme/voorwaarden": "/acme/voorwaarden/",
		`\evil.example`:    "/%5Cevil.example/",
		"a b/c":            "/a%20b/c/",
		"/evil.example":    "",
		"":                 "",
	} {
		got, ok := folderURL(p)
		if got != want || ok != (want != "") {
			t.Errorf("folderURL(%q) = %q, %v; want %q", p, got, ok, want)
		}
	}
}

// TestHostFilter: which names a preview answers for, by the address it
// listens on.
func TestHostFilter(t *testing.T) {
	ip := net.ParseIP
	for _, tc := range []struct {
		addr     *net.TCPAddr
		allowed  []string
		yes, not []string
	}{
		{&net.TCPAddr{IP: ip("192.0.2.10"), Port: 8080}, nil,
			[]string{"192.0.2.10:8080", "[::ffff:192.0.2.10]:8080"},
			[]string{"localhost:8080", "127.0.0.1:8080", "192.0.2.10:8081", "preview.lan:8080", ""}},
		{&net.TCPAddr{IP: ip("::1"), Port: 8080}, nil,
			[]string{"[::1]:8080", "[0:0:0:0:0:0:0:1]:8080", "localhost:8080", "127.0.0.1:8080"},
			[]string{"[::1]:80", "evil.example:8080"}},
		{&net.TCPAddr{IP: ip("0.0.0.0"), Port: 80}, []string{"preview.lan"},
			[]string{"localhost", "localhost:80", "127.0.0.1", "preview.lan", "preview.lan:8000"},
			[]string{"evil.example", "localhost:81"}},
	} {
		f := newHostFilter(tc.addr, tc.allowed)
		for _, h := range tc.yes {
			if !f.allows(h) {
				t.Errorf("listening on %s: Host %q refused", tc.addr, h)
			}
		}
		for _, h := range tc.not {
			if f.allows(h) {
				t.Errorf("listening on %s: Host %q answered", tc.addr, h)
			}
		}
	}
	var none *hostFilter
	if none.allows("localhost:8080") {
		t.Error("a server that is not listening answers")
	}
}

func TestCheckAllowedHost(t *testing.T) {
	for _, ok := range []string{"preview.lan", "preview.example.org:8443", "192.168.1.5", "[fe80::1]:8080", "my_host", "fe80::1"} {
		if err := CheckAllowedHost(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "http://preview.lan", "preview.lan/x", "preview.lan:0", "preview.lan:99999",
		"-preview.lan", "a b", "preview.lan:", "preview..lan", "*.lan"} {
		if err := CheckAllowedHost(bad); err == nil || !strings.Contains(err.Error(), "is not a host name") {
			t.Errorf("%q: %v, want a refusal", bad, err)
		}
	}
}
