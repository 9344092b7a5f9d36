package check

import (
	"strconv"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// numbering checks that clause numbers are unique, ascending and without
// gaps. A clause that repeats an earlier one (a text pasted twice) is
// reported once, with both positions; its place in the order is not
// reported again. Items are checked where their levels are read:
// parse/placer.go.
func (c *checker) numbering() {
	seen := map[string]model.Pos{}
	dups := map[*model.Clause]bool{}
	c.doc.Walk(func(cl *model.Clause) {
		if cl.Number != "" {
			if first, dup := seen[cl.Anchor]; dup {
				dups[cl] = true
				c.add(cl.Pos, diag.Error, "clause-duplicate", "%s appears twice; first at line %d", clauseName(cl), first.Line)
			} else {
				seen[cl.Anchor] = cl.Pos
			}
		}
		if dups[cl] || cl.Parent != nil && dups[cl.Parent] {
			dups[cl] = true
			return
		}
		c.sequence(childNumbers(cl.Children, dups), diag.Phrasef("clause"))
	})
	c.sequence(childNumbers(c.doc.Clauses, dups), diag.Phrasef("section"))
}

// clauseName names a clause as its heading does, "clause 2.3" or
// "Hoofdstuk II", with its anchor when that says more ("clause 2 (C.2)").
func clauseName(cl *model.Clause) diag.Phrase {
	name := diag.Phrasef("clause %s", cl.Number)
	if cl.Prefix != "" {
		name = diag.Phrasef("%s %s", cl.Prefix, cl.Number)
	}
	if cl.Anchor != model.ClauseAnchor(cl.Number) {
		name = diag.Phrasef("%s (%s)", name, cl.Anchor)
	}
	return name
}

type numbered struct {
	label string // the last part of the number: "4" of 1.2.4, "c" of item c
	full  string
	pos   model.Pos
	run   string // siblings compared with each other: same word, same number before the label
	dup   bool   // a repeated clause, reported as such
}

// childNumbers lists the numbered clauses among cs. Numbers are compared
// within their kind: a Hoofdstuk with Hoofdstukken, an Artikel with
// Artikelen, 5.1.3 with 5.1.2 and not with 5.2.
func childNumbers(cs []*model.Clause, dups map[*model.Clause]bool) []numbered {
	var out []numbered
	for _, cl := range cs {
		if cl.Number == "" {
			continue
		}
		i := strings.LastIndexByte(cl.Number, '.')
		run := strings.ToLower(cl.Prefix) + " " + cl.Number[:i+1]
		full := cl.Number
		if cl.Prefix != "" {
			full = cl.Prefix + " " + cl.Number
		}
		out = append(out, numbered{cl.Number[i+1:], full, cl.Pos, run, dups[cl]})
	}
	return out
}

// sequence checks runs of sibling numbers. Numbers and letters are
// compared within their own kind; roman numerals are only checked for order
// when the run is clearly roman. Numbers of any length are compared as
// digit strings, so that a part of 20 digits is still checked. A number
// with a letter ("12a", an article inserted later) is checked for order
// against its neighbours' numbers, never for gaps.
func (c *checker) sequence(ns []numbered, what diag.Phrase) {
	runs := map[string][]numbered{}
	var order []string
	for _, n := range ns {
		if _, ok := runs[n.run]; !ok {
			order = append(order, n.run)
		}
		runs[n.run] = append(runs[n.run], n)
	}
	for _, r := range order {
		c.run(runs[r], what)
	}
}

func (c *checker) run(ns []numbered, what diag.Phrase) {
	roman := isRomanRun(ns)
	var prev *numbered
	prevVal, prevSuffix := "", ""
	for i := range ns {
		n := &ns[i]
		val, suffix, ok := suffixed(n.label, roman)
		if !ok {
			prev = nil
			continue
		}
		if prev != nil && sameKind(prev.label, n.label) && !n.dup {
			cmp := compareDigits(val, prevVal)
			if cmp == 0 {
				cmp = strings.Compare(suffix, prevSuffix)
			}
			switch {
			case cmp == 0:
				// duplicates are reported by anchor
			case cmp < 0:
				c.add(n.pos, diag.Error, "clause-order", "%s %s comes after %s: numbers must go up", what, n.full, prev.full)
			case suffix == "" && prevSuffix == "" && val != model.NextDigits(prevVal):
				c.add(n.pos, diag.Warning, "clause-gap", "%s %s follows %s: a number is skipped", what, n.full, prev.full)
			}
		}
		prev, prevVal, prevSuffix = n, val, suffix
	}
}

// suffixed splits "12a" into the ordinal of 12 and the letter "a"; other
// labels have no suffix.
func suffixed(label string, roman bool) (string, string, bool) {
	if i := len(label) - 1; len(label) > 1 && isNum(label[:i]) && isLetter(label[i]) {
		v, ok := ordinal(label[:i], roman)
		return v, strings.ToLower(label[i:]), ok
	}
	v, ok := ordinal(label, roman)
	return v, "", ok
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func sameKind(a, b string) bool {
	return digitLed(a) == digitLed(b) && (digitLed(a) || isUpper(a) == isUpper(b))
}

// digitLed reports whether a label is a number, with or without a letter.
func digitLed(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

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
