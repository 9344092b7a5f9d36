package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// context answers the questions the reference finder asks about the text
// around a number of one run: the word before it, the word after it, the
// cue phrase that ends before it and whether it continues a list. The
// numbers are asked about in reading order, and every answer looks only at
// a bounded window around the number or at text no other number's answer
// looks at again, so a paragraph with n references costs O(n), not O(n²).
type context struct {
	s      string
	cues   []lang.Cue
	maxCue int // bytes of the longest cue phrase

	// The word tracker has read s[:at]: cur is the word s[:at] ends in
	// (when inCur), last the word before the spaces s[:at] ends in.
	at          int
	cur, last   word
	inCur, seen bool

	// The list-join state of the reference that ended at joinFrom: the
	// joining word must start at joinAt (-1: nothing can join it).
	joinFrom, joinAt int

	low  []byte   // scratch: the lower-cased window before a cue
	offs [][2]int // scratch: for each rune of low, its offsets in low and s
}

// word is a run of text between Unicode spaces, as strings.Fields splits it.
type word struct {
	start, end int
	lead       int // the first byte that is not '(' (-1 while there is none)
}

func newContext(s string, cues []lang.Cue) *context {
	c := &context{s: s, cues: cues, joinFrom: -1}
	for _, cue := range cues {
		c.maxCue = max(c.maxCue, len(cue.Words))
	}
	return c
}

// The longest currency and period words, in bytes.
var maxCurrency, maxPeriod = func() (int, int) {
	var c, p int
	for w := range lang.CurrencyWords {
		c = max(c, len(w))
	}
	for w := range lang.PeriodWords {
		p = max(p, len(w))
	}
	for w := range lang.AmountWords {
		p = max(p, len(w))
	}
	return c, p
}()

// advance reads the text up to byte to (never backwards).
func (c *context) advance(to int) {
	for c.at < to {
		r, n := utf8.DecodeRuneInString(c.s[c.at:])
		if unicode.IsSpace(r) {
			if c.inCur {
				c.last, c.seen, c.inCur = c.cur, true, false
				c.last.end = c.at
			}
		} else {
			if !c.inCur {
				c.cur, c.inCur = word{start: c.at, lead: -1}, true
			}
			if c.cur.lead < 0 && c.s[c.at] != '(' {
				c.cur.lead = c.at
			}
		}
		c.at += n
	}
}

// wordBefore returns the last word of s[:a], like the last element of
// strings.Fields(s[:a]).
func (c *context) wordBefore(a int) (word, bool) {
	c.advance(a)
	w, ok := c.last, c.seen
	if c.inCur {
		w, ok = c.cur, true
		w.end = a
	}
	if w.lead < 0 {
		w.lead = w.end
	}
	return w, ok
}

// currencyBefore reports whether the word before byte a, without its
// brackets, is a currency: "EUR 1.250", "(€ 100".
func (c *context) currencyBefore(a int) bool {
	w, ok := c.wordBefore(a)
	if !ok {
		return false
	}
	e := w.end
	for e > w.lead && c.s[e-1] == '(' {
		e--
	}
	return e-w.lead <= maxCurrency && lang.CurrencyWords[c.s[w.lead:e]]
}

// isTrimmedAfter reports whether r is punctuation that is taken off the
// word after a number before it is looked up as a period.
func isTrimmedAfter(r rune) bool {
	return r == '.' || r == ',' || r == ';' || r == ':' || r == ')'
}

// periodAfter reports whether the first word of s[b:], without the
// punctuation around it and in lower case, is a unit of time or an amount:
// "30 dagen", "2,1 miljoen".
// No period word holds a space or that punctuation, so the word can only
// match if its middle is at most a few bytes long and nothing but
// punctuation follows it up to the next space.
func (c *context) periodAfter(b int) bool {
	s := c.s
	i := c.skip(b, len(s), unicode.IsSpace)
	i = c.skip(i, len(s), isTrimmedAfter)
	// Every rune lower-cases to at least one byte and is at most four long.
	limit := min(len(s), i+4*maxPeriod+1)
	j := c.skip(i, limit, func(r rune) bool { return !unicode.IsSpace(r) && !isTrimmedAfter(r) })
	if j == i || j >= limit && limit < len(s) {
		return false
	}
	k := c.skip(j, len(s), isTrimmedAfter)
	if k < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsSpace(r) {
			return false // punctuation inside the word
		}
	}
	w := strings.ToLower(s[i:j])
	return lang.PeriodWords[w] || lang.AmountWords[w]
}

// labelBefore reports whether the word before byte a makes the number a
// label of something else: "Tabel 1.1", "versie 1.2", "Stb. 1893".
func (c *context) labelBefore(a int) bool {
	w, ok := c.wordBefore(a)
	if !ok || w.end != a && strings.TrimSpace(c.s[w.end:a]) != "" {
		return false
	}
	return lang.NotReferenceLabels[strings.ToLower(strings.TrimPrefix(c.s[w.lead:w.end], "*"))]
}

// skip returns the first byte at or after i whose rune is not in the set,
// or end.
func (c *context) skip(i, end int, in func(rune) bool) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(c.s[i:])
		if !in(r) {
			break
		}
		i += n
	}
	return i
}
