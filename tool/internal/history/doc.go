// Package history owns the rules about the versions of a document: their
// order, the version a version replaces, the version in force on a date,
// the notice period and objection text that apply to a change, and the
// version of a related document (an annex and its main document) that a
// version is read with.
//
// Every other package asks it; it imports nothing of legalkit but the
// model, and nothing outside the standard library, so that check and the
// site need neither the loader nor the parser to reason about versions.
package history
