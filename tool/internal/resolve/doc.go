// Package resolve links a set of parsed documents: it finds every use of a
// defined term and every reference to a clause, sub-item, document or
// statute in the running text, marks them in the inline tree and records them
// on the documents. An annex sees the definitions of its main document, and
// references may cross from one document to another.
package resolve
