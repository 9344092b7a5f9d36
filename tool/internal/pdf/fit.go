package pdf

import "codeberg.org/go-pdf/fpdf"

// headerRunes bounds what a running header is measured on: no line of a
// page holds more characters.
const headerRunes = 300

// fitWidth returns s when it fits in w millimetres in the current font of
// f, otherwise its longest beginning that fits followed by "…". A running
// header is one line: a title longer than the page must not run off it, nor
// be written in full on every page.
func fitWidth(f *fpdf.Fpdf, s string, w float64) string {
	r := make([]rune, 0, min(len(s), headerRunes))
	whole := true
	for _, c := range s {
		if len(r) == headerRunes {
			whole = false
			break
		}
		r = append(r, c)
	}
	if whole && f.GetStringWidth(s) <= w {
		return s
	}
	lo, hi := 0, len(r) // the longest beginning that fits has lo runes
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if f.GetStringWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}
