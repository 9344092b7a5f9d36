// Package model is legalkit's document model: a versioned legal document with
// its front matter, its tree of numbered clauses and sub-items, its defined
// terms and their uses, and its references to clauses, documents and
// statutes. Every element carries the position where it was written.
//
// The model imports nothing outside the standard library. The parser fills it,
// the resolver links terms and references, and every later stage (checks,
// diffs, notices, renderers) reads it.
package model
