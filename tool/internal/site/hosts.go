package site

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// hostFilter decides which Host headers the preview answers. A page on
// another site can point its own name at 127.0.0.1 (DNS rebinding) and then
// read the preview, drafts included, as if it were its own; such requests
// carry that other name in Host. The preview therefore answers only for the
// address it listens on and for names its user allowed (--allowed-host).
type hostFilter struct {
	port  string          // the port the preview listens on
	ips   []net.IP        // IP literals that name this server
	names map[string]bool // names that may be used with port
	any   map[string]bool // names allowed on any port (--allowed-host NAME)
	exact map[string]bool // host:port pairs allowed as given (--allowed-host NAME:PORT)
}

// newHostFilter returns the filter for a server listening on addr: that
// address; when it is a loopback address, also localhost, 127.0.0.1 and
// [::1]; when it is the unspecified address (0.0.0.0, ::), also the
// loopback names and the addresses of this machine's interfaces. allowed
// are the names given with --allowed-host (see CheckAllowedHost).
func newHostFilter(addr net.Addr, allowed []string) *hostFilter {
	f := &hostFilter{names: map[string]bool{}, any: map[string]bool{}, exact: map[string]bool{}}
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return f
	}
	f.port = strconv.Itoa(tcp.Port)
	f.ips = append(f.ips, tcp.IP)
	if tcp.IP.IsLoopback() || tcp.IP.IsUnspecified() {
		f.names["localhost"] = true
		f.ips = append(f.ips, net.IPv4(127, 0, 0, 1), net.IPv6loopback)
	}
	if tcp.IP.IsUnspecified() {
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					f.ips = append(f.ips, n.IP)
				}
			}
		}
	}
	for _, a := range allowed {
		if h, p, err := net.SplitHostPort(a); err == nil {
			f.exact[normalHost(h)+":"+p] = true
		} else {
			f.any[normalHost(a)] = true
		}
	}
	return f
}

// allows reports whether the preview answers a request with this Host
// header. A nil filter allows nothing.
func (f *hostFilter) allows(hostHeader string) bool {
	if f == nil || hostHeader == "" {
		return false
	}
	host, port, err := net.SplitHostPort(hostHeader)
	if err != nil {
		host, port = hostHeader, "80" // no port: the default port of http
	}
	host = normalHost(host)
	switch {
	case f.any[host], f.exact[host+":"+port]:
		return true
	case port != f.port:
		return false
	case f.names[host]:
		return true
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	for _, own := range f.ips {
		if own.Equal(ip) {
			return true
		}
	}
	return false
}

// normalHost lower-cases a host name and drops the brackets of an IPv6
// literal and a trailing dot ("LocalHost." is localhost).
func normalHost(h string) string {
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// CheckAllowedHost checks a value of --allowed-host: a host name or IP
// address, optionally with :PORT, such as preview.example.org or
// preview.example.org:8443.
func CheckAllowedHost(s string) error {
	bad := func() error {
		return fmt.Errorf("%q is not a host name such as preview.example.org, optionally with :PORT", s)
	}
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		host, port = s, ""
	} else {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return bad()
		}
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if net.ParseIP(host) != nil {
		return nil
	}
	if host == "" || len(host) > 253 {
		return bad()
	}
	for _, label := range strings.Split(strings.TrimSuffix(host, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return bad()
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return bad()
			}
		}
	}
	return nil
}
