package parse

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// MaxSize is the largest source legalkit reads. Legal documents are far
// smaller; a larger file is almost certainly not a document.
const MaxSize = 4 << 20

// clean checks that src is UTF-8 text of a sensible size, strips a byte
// order mark and turns CRLF and CR line ends into LF. Line and column
// positions are unchanged by the conversion.
func clean(path string, src []byte) ([]byte, diag.List) {
	var ds diag.List
	if len(src) > MaxSize {
		return nil, TooLarge(path, int64(len(src)))
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := lineCol(src, i)
		ds.Add(path, line, col, diag.Error, "encoding", "file contains a NUL byte: it is binary, not Markdown text")
		return nil, ds
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		line, col := lineCol(src, i)
		ds.Add(path, line, col, diag.Error, "encoding", "invalid UTF-8 (byte 0x%02x): save the file as UTF-8", src[i])
		return nil, ds
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	if ds := quoteDepth(path, src); ds != nil {
		return nil, ds
	}
	return src, nil
}

// TooLarge is the diagnostic for a source of n bytes, more than MaxSize:
// such a file is refused, not read.
func TooLarge(path string, n int64) diag.List {
	var ds diag.List
	ds.Add(path, 1, 1, diag.Error, "encoding", "file is %s, larger than the %s legalkit reads: is this a legal document?", size(n), size(MaxSize))
	return ds
}

func size(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// lineCol returns the 1-based line and character column of byte offset off.
func lineCol(src []byte, off int) (int, int) {
	if off > len(src) {
		off = len(src)
	}
	line := 1 + bytes.Count(src[:off], []byte("\n"))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(src[start:off])
}

// lineIndex maps byte offsets to positions quickly. Lookups mostly move
// forward along a line, so it remembers the last one and counts on from there:
// paragraphs are often one long line.
type lineIndex struct {
	src    []byte
	starts []int

	lastLine, lastOff, lastCol int
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

func (x *lineIndex) pos(off int) (int, int) {
	lo, hi := 0, len(x.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if x.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	from, col := x.starts[lo], 1
	if x.lastLine == lo+1 && x.lastOff <= off && x.lastOff >= from {
		from, col = x.lastOff, x.lastCol
	}
	col += utf8.RuneCount(x.src[from:off])
	x.lastLine, x.lastOff, x.lastCol = lo+1, off, col
	return lo + 1, col
}
