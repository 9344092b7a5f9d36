package resolve

import (
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// cueBefore finds the cue phrase that ends right before byte a, separated
// from it by spaces: "zie 4.6.1", "vastgelegd in 4.2.1". Cue words are
// compared in lower case; only the last maxCue bytes before the spaces are
// lower-cased, and the cue's start is an offset in s.
func (c *context) cueBefore(a int) (*lang.Cue, int, bool) {
	s := c.s
	t := a
	for t > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:t])
		if r != ' ' && r != '\u00a0' {
			break
		}
		t -= n
	}
	if t == a {
		return nil, 0, false // a cue is followed by a space
	}
	low, offs := c.lowerBefore(t)
	var best *lang.Cue
	bestStart := 0
	for i := range c.cues {
		cue := &c.cues[i]
		k := len(low) - len(cue.Words)
		if k < 0 || string(low[k:]) != cue.Words {
			continue
		}
		start, ok := c.sourceOffset(offs, k)
		if ok && cueBoundary(s, start) && (best == nil || len(cue.Words) > len(best.Words)) {
			best, bestStart = cue, start
		}
	}
	if best == nil {
		return nil, 0, false
	}
	return best, bestStart, best.Strong
}

// lowerBefore lower-cases the runes that end at byte t, back to at least
// maxCue bytes of lower-cased text (or the start of s). offs holds, for
// every rune, its offset in low and in s.
func (c *context) lowerBefore(t int) ([]byte, [][2]int) {
	w, n := t, 0
	for w > 0 && n < c.maxCue {
		r, size := utf8.DecodeLastRuneInString(c.s[:w])
		n += utf8.RuneLen(unicode.ToLower(r))
		w -= size
	}
	low, offs := c.low[:0], c.offs[:0]
	for i := w; i < t; {
		r, size := utf8.DecodeRuneInString(c.s[i:])
		offs = append(offs, [2]int{len(low), i})
		low = utf8.AppendRune(low, unicode.ToLower(r))
		i += size
	}
	c.low, c.offs = low, offs
	return low, offs
}

// sourceOffset maps an offset in the lower-cased window back to s; ok is
// false when it falls inside a rune.
func (c *context) sourceOffset(offs [][2]int, k int) (int, bool) {
	for _, o := range offs {
		if o[0] == k {
			return o[1], true
		}
	}
	return 0, false
}

// cueBoundary reports whether a cue may start at byte i: no letter or digit
// is glued to its front.
func cueBoundary(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(unicode.ToLower(r))
}

// listJoins reports whether s[from:a], the text between the reference that
// ends at from and the number at a, only joins them into a list: "4.2.1 en
// 4.2.2", "4.2.1 (Klanten) of 4.2.2". It gives the answer of
//
//	^\s*(?:\([^()]{1,40}\)\s*)?(?:,|en/of|and/or|en|of|and|or|t/m|tot en met|to|through|und|oder|bis|et|ou|à|-|–)\s*$
//
// but reads the text after from only once for all the numbers that follow.
func (c *context) listJoins(from, a int) bool {
	if from > a {
		return false
	}
	if from != c.joinFrom {
		c.joinFrom, c.joinAt = from, c.joinStart(from)
	}
	p := c.joinAt
	if p < 0 || p >= a {
		return false
	}
	q := a
	for q > p && isRESpace(c.s[q-1]) {
		q--
	}
	return listJoiners[c.s[p:q]]
}

// joinStart returns where the joining word after byte from must start:
// after spaces and at most one bracketed remark of 1 to 40 characters; -1
// when a bracket opens no such remark.
func (c *context) joinStart(from int) int {
	s := c.s
	p := from
	for p < len(s) && isRESpace(s[p]) {
		p++
	}
	if p == len(s) || s[p] != '(' {
		return p
	}
	i, runes := p+1, 0
	for i < len(s) && runes <= 40 {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '(' {
			return -1
		}
		i += n
		if r == ')' {
			if runes == 0 {
				return -1
			}
			for i < len(s) && isRESpace(s[i]) {
				i++
			}
			return i
		}
		runes++
	}
	return -1
}

// isRESpace is the \s of Go's regular expressions.
func isRESpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// listJoiners are the words that join the numbers of a list of references,
// in every language (lang.ListWords).
var listJoiners = lang.ListJoiners()
