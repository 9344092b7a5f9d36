// Package html renders a linked document model as HTML: the text with its
// clauses, sub-items, term uses and references, a table of contents and an
// index of defined terms with back-links. It writes fragments, not pages; the
// site package puts them into page templates.
//
// Every clause, sub-item and definition gets an id equal to its anchor in the
// model (and in `legalkit inspect`), so permalinks, JSON and pages agree. Ids
// the renderer adds itself start with an underscore, which no anchor does.
// Text from the sources is always escaped: raw HTML in Markdown reaches the
// page as visible text, and only http, https, mailto and tel links are live.
package html
