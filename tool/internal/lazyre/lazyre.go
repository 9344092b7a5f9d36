// Package lazyre holds regular expressions that are compiled on first use,
// not at package initialisation: a command that never reads a document
// (legalkit --version, serve before its first request, init) pays nothing
// for the patterns of the parser and the reference resolver.
package lazyre

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// Regexp is a regular expression compiled the first time it is used. Its
// methods are those of *regexp.Regexp; it is safe for concurrent use.
type Regexp struct {
	get func() *regexp.Regexp
}

// compiled counts the expressions of this process compiled so far.
var compiled atomic.Int64

// New returns the expression expr, compiled on first use; like
// regexp.MustCompile, it panics then when expr is invalid.
func New(expr string) *Regexp {
	return Func(func() string { return expr })
}

// Func returns the expression that expr builds, built and compiled on
// first use: for an expression made of word lists.
func Func(expr func() string) *Regexp {
	return &Regexp{get: sync.OnceValue(func() *regexp.Regexp {
		compiled.Add(1)
		return regexp.MustCompile(expr())
	})}
}

// Compiled returns how many expressions of this process have been
// compiled so far: tests use it to see that package initialisation
// compiled none.
func Compiled() int64 { return compiled.Load() }

// Re returns the compiled expression.
func (r *Regexp) Re() *regexp.Regexp { return r.get() }
