// Package diff compares two versions of a legal document the way a lawyer
// reads them: clause by clause, aligned by content rather than by number,
// so that one inserted clause is one addition and not a cascade of changes.
//
// Compare aligns the clauses of two versions (exact content first, then
// similar content in the same stretch of the document, then moves across
// the document), diffs each aligned pair word by word, classifies every
// change as substantive or editorial, and works out the indirect impact:
// clauses that use an amended definition, and references whose target was
// removed or now names another clause.
//
// The word diff runs github.com/sergi/go-diff on tokens (words, numbers,
// punctuation and runs of whitespace, one rune per token) with no timeout,
// so results never depend on machine speed. This package is the only one
// that imports go-diff.
//
// Result is the outcome; its JSON form (WriteJSON) is a stable interface
// whose schema is documented on JSONResult.
package diff
