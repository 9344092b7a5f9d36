package diff

import (
	"unicode"
	"unicode/utf8"
)

// tokenize splits text into tokens: words (letters and digits, with inner
// hyphens and apostrophes: "Visma-groep", "API's"), numbers with inner dots,
// commas and colons ("4.6.1", "1.250.000", "7:404", "A.1"), runs of
// whitespace, and single punctuation runes. The tokens concatenate to s.
func tokenize(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		n := tokenLen(s[i:])
		out = append(out, s[i:i+n])
		i += n
	}
	return out
}

// tokenLen returns the length in bytes of the token at the start of s.
func tokenLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		i := n
		for i < len(s) {
			r, m := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += m
		}
		return i
	case isWordRune(r):
		return wordLen(s)
	}
	return n
}

// wordLen returns the length of the word or number at the start of s.
func wordLen(s string) int {
	first, i := utf8.DecodeRuneInString(s)
	numeric := unicode.IsDigit(first)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
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
		case isWordJoiner(r) && isWordRune(next):
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

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordJoiner(r rune) bool {
	return r == '-' || r == '‐' || r == '\'' || r == '’'
}

func isNumberJoiner(r rune) bool { return r == '.' || r == ',' || r == ':' }

// isNumberToken reports whether a token is a number such as "4", "4.6.1" or "A.1".
func isNumberToken(t string) bool {
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

// isWordToken reports whether a token is a word or number (not whitespace
// or punctuation).
func isWordToken(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return isWordRune(r)
}

// isSpaceToken reports whether a token is whitespace.
func isSpaceToken(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsSpace(r)
}

// Tokens splits text into the tokens the word diff compares: words and
// numbers (never split), runs of whitespace and single punctuation
// characters. The tokens concatenate to text.
func Tokens(text string) []string { return tokenize(text) }
