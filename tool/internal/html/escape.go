package html

import (
	"net/url"
	"strings"
)

// writeEscaped writes s with the characters that matter in HTML text and
// attribute values escaped.
func writeEscaped(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(rep)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// Escape returns s escaped for HTML text and attribute values.
func Escape(s string) string {
	var b strings.Builder
	writeEscaped(&b, s)
	return b.String()
}

// safeSchemes are the URL schemes a link in a document may use.
var safeSchemes = map[string]bool{"http": true, "https": true, "mailto": true, "tel": true}

// SafeURL reports whether u may be published as a link: an http, https,
// mailto or tel address, or a relative one. The parser already drops
// javascript: links; this is the second line of defence.
func SafeURL(u string) bool {
	if strings.ContainsAny(u, "\x00\r\n\t") {
		return false
	}
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	if p.Scheme == "" {
		// "java\tscript:" and similar tricks are caught above; a relative
		// URL must not smuggle a scheme in through its first segment.
		return !strings.Contains(strings.SplitN(u, "/", 2)[0], ":")
	}
	return safeSchemes[strings.ToLower(p.Scheme)]
}

// Fragment returns "#anchor" with the anchor escaped for use in a URL.
func Fragment(anchor string) string {
	return "#" + url.PathEscape(anchor)
}
