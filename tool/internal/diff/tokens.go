package diff

import "github.com/legalkit/legalkit/tool/internal/words"

// The word diff splits text with package words, the one definition of a
// word that checks and term matching use too: words and numbers are never
// split ("Visma-groep", "API's", "4.6.1", "1.250.000", "7:404", "A.1").

// tokenize splits text into words, numbers, runs of whitespace and single
// punctuation characters. The tokens concatenate to s.
func tokenize(s string) []string { return words.Split(s) }

// isNumberToken reports whether a token is a number such as "4", "4.6.1" or "A.1".
func isNumberToken(t string) bool { return words.IsNumber(t) }

// isWordToken reports whether a token is a word or number (not whitespace
// or punctuation).
func isWordToken(t string) bool { return words.IsWord(t) }

// isSpaceToken reports whether a token is whitespace.
func isSpaceToken(t string) bool { return words.IsSpace(t) }

// Tokens splits text into the tokens the word diff compares: words and
// numbers (never split), runs of whitespace and single punctuation
// characters. The tokens concatenate to text.
func Tokens(text string) []string { return tokenize(text) }
