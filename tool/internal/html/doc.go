// Package html renders a linked document model as HTML: the text with its
// clauses, sub-items, term uses and references, a table of contents and an
// index of defined terms with back-links. It writes fragments, not pages; the
// site package puts them into page templates.
//
// Every clause, sub-item and definition gets an id equal to its anchor in the
// model (and in `legalkit inspect`), so permalinks, JSON and pages agree. Ids
// the renderer adds itself start with an underscore, which no anchor does.
// Text from the sources is always escaped, and the renderer writes only
// tags of its own: HTML in Markdown reaches it already sanitised by the
// parser into model nodes (marks such as <sup>, links, tables, aliases),
// and only links that package safelink accepts are live.
package html
