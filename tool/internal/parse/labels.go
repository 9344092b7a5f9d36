package parse

import (
	"strconv"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// An item label is read with its style: the kind of counting (numbers,
// letters, roman numerals) and the form it is written in ("a.", "a)",
// "(a)", "1°."). Items of one level share a style, so the style tells the
// levels of a nested enumeration apart.

// labelKind is how a label counts.
type labelKind uint8

const (
	kindDecimal    labelKind = iota + 1 // 1, 2, 2a, 3
	kindLower                           // a, b, c
	kindUpper                           // A, B, C
	kindLowerRoman                      // i, ii, iii
	kindUpperRoman                      // I, II, III
)

// Label forms.
const (
	formDot    = "x."
	formParen  = "x)"
	formParens = "(x)"
	formDegree = "x°"
)

// itemMarker matches a sub-item label at the start of a paragraph or a
// line: "a)", "(a)", "a.", "(iv)", "A.", "(2)", "2a.", "1°." and "1°".
// Which letter sequences are labels is decided by validLabel.
var itemMarker = lazyre.New(`^(?:\(([A-Za-z]{1,6}|[0-9]{1,3}[a-z]?)\)|([A-Za-z]{1,6}|[0-9]{1,3}[a-z]?)\)|([A-Za-z]{1,6}|[0-9]{1,3}[a-z]?)\.|([0-9]{1,3})°\.?)(?:\s+|$)`)

// label is a parsed item label.
type label struct {
	text   string // the label without brackets or full stop: "a", "iv", "2a"
	marker string // as written: "(a)", "iv.", "1°."
	form   string
}

// readMarker reads the label at the start of text; n is the length of the
// label and the space after it.
func readMarker(text string) (l label, n int, ok bool) {
	m := itemMarker.FindStringSubmatch(text)
	if m == nil {
		return label{}, 0, false
	}
	switch {
	case m[1] != "":
		l = label{text: m[1], form: formParens}
	case m[2] != "":
		l = label{text: m[2], form: formParen}
	case m[3] != "":
		l = label{text: m[3], form: formDot}
	default:
		l = label{text: m[4], form: formDegree}
	}
	if !validLabel(l.text) {
		return label{}, 0, false
	}
	l.marker = strings.TrimSpace(m[0])
	return l, len(m[0]), true
}

// validLabel accepts a number (with at most one letter after it: "2a"), a
// single letter, or a roman numeral; "(note)" or "(see" are words, not
// labels.
func validLabel(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	if len(s) == 1 || doubled(s) {
		return true
	}
	_, ok := romanValue(s)
	return ok
}

// doubled reports whether s repeats one letter two or three times: the
// labels after "z" in Dutch statutes ("aa", "bb", …).
func doubled(s string) bool {
	return len(s) <= 3 && strings.Count(s, s[:1]) == len(s)
}

// kindsOf lists the ways a label can count: "i" is a letter or a roman one,
// "c" only a letter (c for 100 is not how legal lists count), "iv" only
// roman, "ii" the letter after "hh" or roman two.
func kindsOf(s string) []labelKind {
	if s[0] >= '0' && s[0] <= '9' {
		return []labelKind{kindDecimal}
	}
	upper := s[0] >= 'A' && s[0] <= 'Z'
	var out []labelKind
	if len(s) == 1 || doubled(s) {
		out = append(out, pick(upper, kindUpper, kindLower))
	}
	if _, ok := romanValue(s); ok && (len(s) > 1 || strings.ContainsAny(s, "ivxIVX")) {
		out = append(out, pick(upper, kindUpperRoman, kindLowerRoman))
	}
	return out
}

func pick(upper bool, u, l labelKind) labelKind {
	if upper {
		return u
	}
	return l
}

// ordinal is the position a label stands for in a kind, and the letter
// after a number ("a" of "2a"; "" for most labels).
func ordinal(k labelKind, s string) (n int, sub string) {
	switch k {
	case kindDecimal:
		i := len(s)
		for i > 0 && (s[i-1] < '0' || s[i-1] > '9') {
			i--
		}
		n, _ = strconv.Atoi(s[:i])
		return n, s[i:]
	case kindLower, kindUpper:
		return 26*(len(s)-1) + int(strings.ToLower(s)[0]-'a') + 1, ""
	default:
		v, _ := romanValue(s)
		return v, ""
	}
}

// follows reports whether label s of kind k comes right after the label
// prev: "b" after "a", "ii" after "i", "3" or "2a" after "2", "2b" after "2a".
func follows(k labelKind, prev, s string) bool {
	pn, psub := ordinal(k, prev)
	n, sub := ordinal(k, s)
	if sub == "" {
		return n == pn+1
	}
	if n != pn || len(sub) != 1 {
		return false
	}
	if psub == "" {
		return sub == "a"
	}
	return len(psub) == 1 && sub[0] == psub[0]+1
}

// isFirst reports whether s starts a count of kind k: "1", "a", "i", "A".
func isFirst(k labelKind, s string) bool {
	n, sub := ordinal(k, s)
	return n == 1 && sub == ""
}

// romanValue reads a roman numeral in canonical form ("iv", not "iiii"),
// either case, up to 399.
func romanValue(s string) (int, bool) {
	l := strings.ToLower(s)
	if l != s && strings.ToUpper(s) != s {
		return 0, false
	}
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for i := 0; i < len(l); i++ {
		v, ok := vals[l[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(l) && vals[l[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total >= 400 || toRoman(total) != l {
		return 0, false
	}
	return total, true
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
