// Package words is legalkit's one definition of a word. Checks
// (repeated words, capitalised phrases), term matching and the word diff
// all split text here, so that they agree on where a word starts and ends.
//
// The text is expected in Unicode NFC, the form parse normalises every
// source to: a letter and its accents are one character there. Marks that
// have no precomposed form still belong to the word they follow.
package words

import (
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is.
type Kind uint8

// The kinds of token.
const (
	Space Kind = iota // a run of whitespace
	Word              // a word or a number
	Punct             // one punctuation or symbol character
)

// IsLetter reports whether r is part of a word: a letter, a digit or a
// mark (an accent written as a separate character).
func IsLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsHyphen reports whether r is a hyphen that joins two words into one
// ("Visma-groep").
func IsHyphen(r rune) bool { return r == '-' || r == '‐' }

// IsJoiner reports whether r joins the letters on either side of it into
// one word: a hyphen or an apostrophe ("Visma-groep", "API's", "API’s").
func IsJoiner(r rune) bool { return IsHyphen(r) || r == '\'' || r == '’' }

// isNumberJoiner reports whether r joins the digits on either side of it
// into one number: "4.6.1", "1.250.000,50", "7:404".
func isNumberJoiner(r rune) bool { return r == '.' || r == ',' || r == ':' }

// Next returns the length in bytes and the kind of the token at the start
// of s: a run of whitespace, a word or number, or one other character.
// It returns 0 for an empty s.
func Next(s string) (int, Kind) {
	if s == "" {
		return 0, Space
	}
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		for n < len(s) {
			r, m := utf8.DecodeRuneInString(s[n:])
			if !unicode.IsSpace(r) {
				break
			}
			n += m
		}
		return n, Space
	case IsLetter(r):
		return wordLen(s), Word
	}
	return n, Punct
}

// wordLen returns the length of the word or number at the start of s. A
// joiner belongs to the word when a letter follows it; a full stop, comma
// or colon belongs to a number when a digit follows it, and a full stop to
// an appendix clause number after one capital ("A.1").
func wordLen(s string) int {
	first, i := utf8.DecodeRuneInString(s)
	numeric := unicode.IsDigit(first)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsLetter(r) {
			if !unicode.IsDigit(r) {
				numeric = false
			}
			i += n
			continue
		}
		if i+n >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[i+n:])
		switch {
		case IsJoiner(r) && IsLetter(next):
			numeric = false
		case isNumberJoiner(r) && unicode.IsDigit(next) && numeric:
			// 4.6.1, 1.000, 7:404
		case r == '.' && unicode.IsDigit(next) && i == utf8.RuneLen(first) && unicode.IsUpper(first):
			numeric = true // A.1, the clauses of an appendix
		default:
			return i
		}
		i += n
	}
	return i
}

// Split splits s into tokens: words and numbers (never split), runs of
// whitespace and single other characters. The tokens concatenate to s.
func Split(s string) []string {
	var out []string
	for s != "" {
		n, _ := Next(s)
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// IsWord reports whether a token is a word or a number.
func IsWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && IsLetter(r)
}

// IsSpace reports whether a token is whitespace.
func IsSpace(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsSpace(r)
}

// IsNumber reports whether a token is a number: "4", "4.6.1", "1.000",
// "7:404" or an appendix clause number such as "A.1".
func IsNumber(t string) bool {
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsDigit(r) && !(unicode.IsUpper(r) && len(t) > 2 && t[1] == '.') {
		return false
	}
	for _, r := range t[1:] {
		if !unicode.IsDigit(r) && !isNumberJoiner(r) {
			return false
		}
	}
	return true
}
