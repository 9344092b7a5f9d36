package diag

import (
	"bytes"
	"unicode/utf8"
)

// LineCol returns the 1-based line and column of byte offset off in src.
// Columns count characters, not bytes, as every position legalkit prints:
// "ë" is one column. An offset past the end is the end.
func LineCol(src []byte, off int) (line, col int) {
	off = max(0, min(off, len(src)))
	line = 1 + bytes.Count(src[:off], []byte("\n"))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(src[start:off])
}

// At returns an error at byte offset off of src, the content of file
// (named as the user gave it).
func At(file string, src []byte, off int, code, format string, args ...any) Diagnostic {
	line, col := LineCol(src, off)
	return New(file, line, col, Error, code, format, args...)
}
