package parse

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// startPattern is a pattern whose matches can only start at a few places
// of a text, which a byte search finds: a quote or a bold mark, a word
// before a bracket. findAll tries the pattern, anchored, at those places
// only, instead of at every byte as an unanchored search does. The pattern
// must look at nothing before its start (no \b, ^ or $ inside), so that it
// finds what the unanchored pattern finds.
type startPattern struct {
	re   *lazyre.Regexp               // the pattern, anchored at its start
	next func(s string, from int) int // the first place at or after from where a match may start, or -1
	// group and max, when max > 0: a match whose group holds more than
	// max characters is none (see atMostRunes).
	group, max int
}

func newStartPattern(expr string, next func(s string, from int) int) startPattern {
	return startPattern{re: lazyre.New(`^(?:` + expr + `)`), next: next}
}

// atMostRunes returns the pattern that matches where p does with at most
// max characters in group g. A bound such as [^()]{1,240} is compiled as
// 240 copies (half a millisecond); [^()]+ with the bound counted here
// finds the same when the group is a run of characters other than those
// that may follow it: the group can then only end where the run ends, and
// a longer run is no match either way.
func (p startPattern) atMostRunes(g, max int) startPattern {
	p.group, p.max = g, max
	return p
}

// findAll returns the submatch indexes of the successive non-overlapping
// matches of the pattern in s, as regexp's FindAllStringSubmatchIndex does.
func (p startPattern) findAll(s string) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		i := p.next(s, from)
		if i < 0 {
			break
		}
		m := p.re.FindStringSubmatchIndex(s[i:])
		if m == nil || m[1] == 0 || p.max > 0 && m[2*p.group] >= 0 && utf8.RuneCountInString(s[i+m[2*p.group]:i+m[2*p.group+1]]) > p.max {
			_, n := utf8.DecodeRuneInString(s[i:])
			from = i + n
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		from = m[1]
	}
	return out
}

// nextAny returns a next function for matches that start with one of chars.
func nextAny(chars string) func(string, int) int {
	set := newRuneSet(chars)
	return func(s string, from int) int {
		i := set.index(s[from:])
		if i < 0 {
			return -1
		}
		return from + i
	}
}

// nextByte returns a next function for matches that start with the byte c.
func nextByte(c byte) func(string, int) int {
	return func(s string, from int) int {
		i := strings.IndexByte(s[from:], c)
		if i < 0 {
			return -1
		}
		return from + i
	}
}

// runeSet finds the first of a few characters in a text, as
// strings.IndexAny does, but by bytes: only a byte that starts one of the
// characters is decoded. IndexAny decodes every character of the text when
// one of the characters is not ASCII, as quotes are.
type runeSet struct {
	lead  [256]bool // the first bytes of the characters
	chars string
}

func newRuneSet(chars string) *runeSet {
	rs := &runeSet{chars: chars}
	for _, r := range chars {
		rs.lead[string(r)[0]] = true
	}
	return rs
}

// index returns the byte index of the first of the characters in s, or -1.
func (rs *runeSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		if !rs.lead[s[i]] {
			continue
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError && strings.ContainsRune(rs.chars, r) {
			return i
		}
	}
	return -1
}

// nextWordBeforeBracket is where a match of `\p{L}[spaces]+\(` may start:
// the letter before the spaces before a bracket.
func nextWordBeforeBracket(s string, from int) int {
	for q := from; q < len(s); q++ {
		i := strings.IndexByte(s[q:], '(')
		if i < 0 {
			return -1
		}
		q += i
		j := q
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPatternSpace(r) {
				break
			}
			j -= n
		}
		if j == q || j == 0 {
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsLetter(r) && j-n >= from {
			return j - n
		}
	}
	return -1
}

// isPatternSpace reports whether r is in the class space of the patterns:
// `[\s\x{a0}\x{202f}]`, where \s is `[\t\n\f\r ]`.
func isPatternSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\f', '\r', ' ', '\u00a0', '\u202f':
		return true
	}
	return false
}

// keyedPattern is a case-insensitive pattern of word lists that is run
// only over a text that holds a key of every word: a word's longest run of
// ASCII letters, compared without case. A pattern that ends in $ is
// otherwise tried at every byte of the text.
type keyedPattern struct {
	re   *lazyre.Regexp
	keys func() [][]byte // lower case, built on first use
}

// newKeyedPattern returns the pattern that expr builds over words; both
// are built on first use.
func newKeyedPattern(expr func() string, words []string) keyedPattern {
	return keyedPattern{re: lazyre.Func(expr), keys: sync.OnceValue(func() [][]byte {
		var keys [][]byte
		seen := map[string]bool{}
		for _, w := range words {
			k := longestASCIIRun(strings.ToLower(w))
			if k == "" {
				panic("keyedPattern: no ASCII letters in " + w) // a word list of this package: a programming error
			}
			if !seen[k] {
				seen[k] = true
				keys = append(keys, []byte(k))
			}
		}
		return keys
	})}
}

// match reports whether the pattern matches s.
func (p keyedPattern) match(s string) bool {
	return p.mayMatch(s) && p.re.MatchString(s)
}

// mayMatch reports whether s holds a key. Two characters other than ASCII
// fold to ASCII letters in a case-insensitive pattern (ſ to s, the Kelvin
// sign to k): a text with either may match anyway.
func (p keyedPattern) mayMatch(s string) bool {
	if strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a") {
		return true
	}
	var buf [256]byte
	low := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	for _, k := range p.keys() {
		if bytes.Contains(low, k) {
			return true
		}
	}
	return false
}

// longestASCIIRun returns the longest run of ASCII letters in s.
func longestASCIIRun(s string) string {
	best, start := "", -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = s[start:i]
		}
		start = -1
	}
	return best
}
