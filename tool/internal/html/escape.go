package html

import (
	"net/url"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/safelink"
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

// SafeURL reports whether u may be published as a link (safelink.Check
// decides). The parser already drops unsafe links; this is the second line
// of defence.
func SafeURL(u string) bool { return safelink.Safe(u) }

// Fragment returns "#anchor" with the anchor escaped for use in a URL.
func Fragment(anchor string) string {
	return "#" + url.PathEscape(anchor)
}
