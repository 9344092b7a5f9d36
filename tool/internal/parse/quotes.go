package parse

import (
	"bytes"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// MaxQuoteDepth is the deepest nesting of block quotes legalkit reads. No
// document quotes a quote a hundred times; the Markdown parser's cost
// grows with the square of the depth, so a few kilobytes of ">" would stall
// every command.
const MaxQuoteDepth = 100

// quoteDepth reports the first line whose block quote markers (">", with
// spaces and list markers between them) nest deeper than MaxQuoteDepth, at
// the marker that goes too deep. Lines inside fenced code blocks are code,
// not quotes.
func quoteDepth(path string, src []byte) diag.List {
	var fence []byte
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		if f := fenceOf(line); f != nil && (fence == nil || f[0] == fence[0] && len(f) >= len(fence)) {
			if fence == nil {
				fence = f
			} else {
				fence = nil
			}
		} else if fence == nil {
			if at := tooDeep(line); at >= 0 {
				var ds diag.List
				l, col := lineCol(src, start+at)
				ds.Add(path, l, col, diag.Error, "quote-depth",
					"block quotes are nested more than %d deep; legalkit reads at most %d levels", MaxQuoteDepth, MaxQuoteDepth)
				return ds
			}
		}
		start = end + 1
	}
	return nil
}

// fenceOf returns the fence a line opens or closes ("```", "~~~~"), or nil.
func fenceOf(line []byte) []byte {
	i := 0
	for i < 3 && i < len(line) && line[i] == ' ' {
		i++
	}
	j := i
	for j < len(line) && (line[j] == '`' || line[j] == '~') && line[j] == line[i] {
		j++
	}
	if j-i < 3 {
		return nil
	}
	return line[i:j]
}

// tooDeep returns the offset of the quote marker in line that nests deeper
// than MaxQuoteDepth, or -1.
func tooDeep(line []byte) int {
	depth := 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			if depth++; depth > MaxQuoteDepth {
				return i
			}
			i++
		case (c == '-' || c == '+' || c == '*') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || line[j] != '.' && line[j] != ')' || line[j+1] != ' ' && line[j+1] != '\t' {
				return -1
			}
			i = j + 2
		default:
			return -1
		}
	}
	return -1
}
