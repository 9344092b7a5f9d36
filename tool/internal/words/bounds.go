package words

import "unicode/utf8"

// StartsAt reports whether a word of s may start at byte i: no letter
// comes before it, and no joiner glued to one ("Visma-groep" holds no word
// "groep"; "l'Accord" none "Accord"). It looks at two characters at most,
// so term matching can ask at every position.
func StartsAt(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if IsLetter(r) {
		return false
	}
	if IsJoiner(r) {
		p, _ := utf8.DecodeLastRuneInString(s[:i-n])
		return !IsLetter(p)
	}
	return true
}

// EndsAt reports whether a word of s may end at byte i: no letter comes
// after it, and no hyphen glued to one ("Visma-groep" holds no word
// "Visma"). An apostrophe may follow, so that a term is found in its
// possessive or plural with an apostrophe ("the Customer's", "API's"),
// although Split keeps such a word whole. It looks at two characters at most.
func EndsAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if IsLetter(r) {
		return false
	}
	if IsHyphen(r) {
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		return !IsLetter(next)
	}
	return true
}
