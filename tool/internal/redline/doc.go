// Package redline writes the result of a comparison (diff.Result) for
// people: a terminal report with optional colour, Markdown, and an HTML
// redline, inline or side by side, as a whole page or as a fragment the site
// embeds, and (laid out by the pdf package) a PDF redline; Write chooses
// among Formats by name. It also writes changelogs (ChangelogFormats).
// Every format starts with a summary: the counts per kind, then one line
// per changed clause with its old and new number.
//
// What readers see is in the document's language. Insertions and deletions
// are always marked with text ("[-...-]", "{+...+}", or visible brackets in
// HTML), never by colour alone.
package redline
