// Package safelink decides whether a link address written in a document may
// be published as a link on the site and in PDFs. It is the one place that
// decides: the parser reports unsafe addresses (unsafe-link) and drops the
// link, and the HTML and PDF renderers ask again before writing an href or a
// /URI annotation.
package safelink

import (
	"fmt"
	"html"
	"strings"
	"unicode"
)

// PageDepth is how many folders below the site root a document page lies:
// PUBLISHER/DOC/VERSION.html. A relative address may climb that many
// folders ("../../x") and still stay inside the site.
const PageDepth = 2

// maxDecodes bounds how often an address is decoded (entities, then
// percent-encoding) before it is judged; each round must change it.
const maxDecodes = 8

// schemes are the schemes an address may use.
var schemes = map[string]bool{"http": true, "https": true, "mailto": true, "tel": true}

// Safe reports whether u may be published as a link.
func Safe(u string) bool { return Check(u) == "" }

// Check returns "" when u may be published as a link, or why it may not, in
// words an editor reads ("a file: address reaches files on the reader's
// computer"). Allowed are http, https, mailto and tel addresses, in-page
// fragments (#1.2), site-absolute paths (/policies/x, on the site the
// documents belong to) and relative paths that stay inside the site. The address
// is judged as written and after every round of decoding HTML character
// references and percent-encoding, with whitespace, control and invisible
// characters removed and letters folded to lower case, so that
// "&#106;avascript:", "java\tscript:" and "%2e%2e/" are seen for what they are.
func Check(u string) string {
	format, args := Explain(u)
	if format == "" {
		return ""
	}
	a := make([]any, len(args))
	for i, x := range args {
		a[i] = x
	}
	return fmt.Sprintf(format, a...)
}

// Explain is Check as an English format and its strings, for messages
// written in the editor's language.
func Explain(u string) (format string, args []string) {
	seen := map[string]bool{}
	for i := 0; i <= maxDecodes && !seen[u]; i++ {
		seen[u] = true
		if format, args := judge(normalize(u)); format != "" {
			return format, args
		}
		if strings.HasPrefix(strings.TrimLeftFunc(u, invisible), `\`) {
			return reasonFormat(`a path starting with \ is a Windows path or network share on the reader's computer`), nil
		}
		u = percentDecode(html.UnescapeString(u))
	}
	if !seen[u] {
		return reasonFormat("it is encoded too many times to be read"), nil
	}
	return "", nil
}

// reasonFormat marks the English format of a reason, so that the test of
// the message catalogue (diag) finds it and asks for its Dutch.
func reasonFormat(format string) string { return format }

// invisible reports characters browsers skip in an address.
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// normalize removes what browsers ignore or readers cannot see (whitespace,
// control and format characters), turns backslashes into slashes as
// browsers do, and folds case.
func normalize(u string) string {
	var b strings.Builder
	for _, r := range u {
		switch {
		case unicode.IsSpace(r), unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			continue
		case r == '\\':
			b.WriteByte('/')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// judge decides on a normalized address: "" when it may be published,
// else why not, as a format and its strings.
func judge(u string) (string, []string) {
	if i := strings.IndexAny(u, ":/?#"); i >= 0 && u[i] == ':' {
		scheme := u[:i]
		switch {
		case schemes[scheme]:
			return "", nil
		case scheme == "file":
			return reasonFormat("a file: address reaches files on the reader's computer"), nil
		case len(scheme) == 1:
			return reasonFormat("it names a drive on the reader's computer"), nil
		default:
			return reasonFormat("the scheme %s: is not a web, e-mail or telephone address"), []string{scheme}
		}
	}
	switch {
	case strings.HasPrefix(u, "//"):
		return reasonFormat("an address starting with // (a network share, or a web address without https:) leaves the site; write https://"), nil
	case strings.HasPrefix(u, "/"):
		return "", nil // a site-absolute path: on the site the documents belong to (links_base)
	case climbs(u):
		return reasonFormat("the path climbs above the published site"), nil
	}
	return "", nil
}

// climbs reports whether a relative path, followed from a document page,
// leaves the site.
func climbs(u string) bool {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	depth := PageDepth
	segs := strings.Split(u, "/")
	for i, seg := range segs {
		switch seg {
		case "..":
			depth--
			if depth < 0 {
				return true
			}
		case ".", "":
		default:
			if i < len(segs)-1 {
				depth++
			}
		}
	}
	return false
}

// percentDecode decodes every valid %XX sequence and keeps the rest as it is.
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
