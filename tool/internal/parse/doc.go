// Package parse reads legalkit Markdown sources into the document model: the
// YAML front matter (strictly: unknown keys are errors), the clause tree
// with its sub-items, and the definitions the text makes. It is the only
// package that imports goldmark. Bad input never panics: every problem comes
// back as a diagnostic at file:line:col.
package parse
