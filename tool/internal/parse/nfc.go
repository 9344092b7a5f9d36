package parse

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// normalise returns src in Unicode NFC, the one form legalkit reads, so
// that the same text saved with combining accents ("e" and U+0308, as
// some editors and macOS file names write it) or with precomposed letters
// ("ë") is the same document: the same words, terms and findings. It
// returns the Columns that map the positions in the result back to the
// columns of src, nil when src was NFC already (the usual case, which
// costs one scan). Lines are never joined or split.
func normalise(src []byte) ([]byte, *model.Columns) {
	if norm.NFC.IsNormal(src) {
		return src, nil
	}
	out := make([]byte, 0, len(src))
	cols := &model.Columns{}
	for line := 1; len(src) > 0; line++ {
		n := bytes.IndexByte(src, '\n') + 1
		if n == 0 {
			n = len(src)
		}
		if l := src[:n]; norm.NFC.IsNormal(l) {
			out = append(out, l...)
		} else {
			out = normaliseLine(out, l, line, cols)
		}
		src = src[n:]
	}
	return out, cols
}

// normaliseLine appends the NFC form of one line to out, one normalisation
// segment (a letter and the marks that follow it) at a time, and records
// where the columns of the result and of the line part. A character of a
// segment maps to the character of the line at the same place in the
// segment, or to its last one.
func normaliseLine(out, l []byte, line int, cols *model.Columns) []byte {
	col, src, delta := 1, 1, 0 // next column of the result and of the line
	var it norm.Iter
	it.Init(norm.NFC, l)
	for at := 0; !it.Done(); {
		seg := it.Next()
		out = append(out, seg...)
		got, had := utf8.RuneCount(seg), utf8.RuneCount(l[at:it.Pos()])
		for k := range got {
			// a segment may come before the source it stands for is read
			// (U+0F69 gives U+0F40 first): it maps to the first column
			to := max(src+min(k, had-1), 1)
			if d := to - (col + k); d != delta {
				cols.Shift(line, col+k, d)
				delta = d
			}
		}
		col, src, at = col+got, src+had, it.Pos()
	}
	if d := src - col; d != delta {
		cols.Shift(line, col, d) // the end of the line
	}
	return out
}

// sourceColumns moves the diagnostics of the normalised source back to
// the columns of the file as saved.
func sourceColumns(ds diag.List, cols *model.Columns) diag.List {
	if cols == nil {
		return ds
	}
	for i := range ds {
		ds[i].Col = cols.SourceCol(ds[i].Line, ds[i].Col)
	}
	return ds
}
