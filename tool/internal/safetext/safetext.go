// Package safetext keeps control characters that come from a source
// document (or a file name) out of legalkit's text outputs: a terminal must
// never receive an escape sequence it would obey, and Markdown, HTML and
// JSON must never carry one raw.
//
// Control characters are the Unicode category Cc: C0 (U+0000 to U+001F),
// DEL (U+007F) and C1 (U+0080 to U+009F). Line ends and tabs are text and
// pass. In text, a C0 character becomes its visible Control Picture (ESC
// becomes ␛, BEL ␇), DEL becomes ␡, and a C1 character or a byte that is not
// UTF-8 becomes U+FFFD. In JSON, they become \u escapes, which read back as
// the same string.
package safetext

import (
	"unicode/utf8"
)

// Replacement is what a C1 control character or an invalid byte becomes in
// text.
const Replacement = '\uFFFD'

// String returns s with its control characters made visible (see the
// package documentation); s itself when it has none.
func String(s string) string {
	if !needsCleaning([]byte(s)) {
		return s
	}
	return string(appendText(nil, []byte(s)))
}

// Text is String for bytes: b itself when it has no control characters.
func Text(b []byte) []byte {
	if !needsCleaning(b) {
		return b
	}
	return appendText(nil, b)
}

// JSON returns JSON text with its raw control characters and invalid bytes
// written as \u escapes. Raw control characters can only stand inside JSON
// strings (outside them, JSON allows only space, tab and line ends), so the
// result is valid JSON that decodes to the same values.
func JSON(b []byte) []byte {
	if !needsCleaning(b) {
		return b
	}
	return appendJSON(nil, b)
}

// passes reports whether r may be written as it is.
func passes(r rune) bool {
	return r == '\n' || r == '\t' || (r >= 0x20 && r < 0x7f) || r > 0x9f
}

// needsCleaning reports whether b holds a control character or a byte that
// is not UTF-8.
func needsCleaning(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if !passes(rune(c)) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if (r == utf8.RuneError && n == 1) || !passes(r) {
			return true
		}
		i += n
	}
	return false
}

// appendText appends b to dst with control characters made visible.
func appendText(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = utf8.AppendRune(dst, Replacement)
		case passes(r):
			dst = append(dst, b[i:i+n]...)
		case r < 0x20:
			dst = utf8.AppendRune(dst, 0x2400+r) // ␀ … ␟
		case r == 0x7f:
			dst = utf8.AppendRune(dst, '\u2421') // ␡
		default:
			dst = utf8.AppendRune(dst, Replacement)
		}
		i += n
	}
	return dst
}

// appendJSON appends b to dst with control characters and invalid bytes
// as \u escapes.
func appendJSON(dst, b []byte) []byte {
	const hex = "0123456789abcdef"
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, `\ufffd`...)
		case passes(r):
			dst = append(dst, b[i:i+n]...)
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[r>>4], hex[r&0xf])
		}
		i += n
	}
	return dst
}
