package check

import (
	"strconv"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// numbering checks that clause numbers are unique, ascending and without
// gaps.
func (c *checker) numbering() {
	seen := map[string]model.Pos{}
	c.doc.Walk(func(cl *model.Clause) {
		if cl.Number != "" {
			if first, dup := seen[cl.Anchor]; dup {
				c.add(cl.Pos, diag.Error, "clause-duplicate", "clause %s appears twice; first at line %d", cl.Number, first.Line)
			} else {
				seen[cl.Anchor] = cl.Pos
			}
		}
		// Items are checked where their levels are read: parse/placer.go.
		c.sequence(childNumbers(cl.Children), diag.Phrasef("clause"))
	})
	c.sequence(childNumbers(c.doc.Clauses), diag.Phrasef("section"))
}

type numbered struct {
	label string // the last part of the number: "4" of 1.2.4, "c" of item c
	full  string
	pos   model.Pos
}

func childNumbers(cs []*model.Clause) []numbered {
	var out []numbered
	for _, cl := range cs {
		if cl.Number == "" {
			continue
		}
		last := cl.Number[strings.LastIndexByte(cl.Number, '.')+1:]
		out = append(out, numbered{last, cl.Number, cl.Pos})
	}
	return out
}

// sequence checks one run of sibling numbers. Numbers and letters are
// compared within their own kind; roman numerals are only checked for order
// when the run is clearly roman. Numbers of any length are compared as
// digit strings, so that a part of 20 digits is still checked.
func (c *checker) sequence(ns []numbered, what diag.Phrase) {
	roman := isRomanRun(ns)
	var prev *numbered
	prevVal := ""
	for i := range ns {
		n := &ns[i]
		val, ok := ordinal(n.label, roman)
		if !ok {
			prev = nil
			continue
		}
		if prev != nil && sameKind(prev.label, n.label) {
			switch cmp := compareDigits(val, prevVal); {
			case cmp == 0:
				// duplicates are reported by anchor
			case cmp < 0:
				c.add(n.pos, diag.Error, "clause-order", "%s %s comes after %s: numbers must go up", what, n.full, prev.full)
			case val != successor(prevVal):
				c.add(n.pos, diag.Warning, "clause-gap", "%s %s follows %s: a number is skipped", what, n.full, prev.full)
			}
		}
		prev, prevVal = n, val
	}
}

func sameKind(a, b string) bool {
	return isNum(a) == isNum(b) && isUpper(a) == isUpper(b)
}

// isNum reports whether s is a number: ASCII digits only, of any length.
func isNum(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isUpper(s string) bool { return strings.ToUpper(s) == s && !isNum(s) }

// ordinal returns the position a label stands for, as a decimal digit
// string without leading zeros: "3" for "3", "03", "c" and "iii".
func ordinal(label string, roman bool) (string, bool) {
	if isNum(label) {
		if t := strings.TrimLeft(label, "0"); t != "" {
			return t, true
		}
		return "0", true
	}
	l := strings.ToLower(label)
	if roman {
		if v, ok := romanValue(l); ok {
			return strconv.Itoa(v), true
		}
	}
	if len(l) == 1 && l[0] >= 'a' && l[0] <= 'z' {
		return strconv.Itoa(int(l[0]-'a') + 1), true
	}
	return "", false
}

// compareDigits compares two digit strings without leading zeros by
// value: a longer one is larger, one of the same length compares as text.
func compareDigits(a, b string) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// successor returns the digit string one more than n: "10" after "9".
func successor(n string) string {
	b := []byte(n)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// isRunRoman: a run that starts with "i" and continues with "ii" is roman.
func isRomanRun(ns []numbered) bool {
	return len(ns) >= 2 && strings.ToLower(ns[0].label) == "i" && strings.ToLower(ns[1].label) == "ii"
}

func romanValue(s string) (int, bool) {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, true
}
