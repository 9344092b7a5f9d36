// Package pdf lays out legalkit documents as PDF: A4 pages with embedded
// TrueType fonts, a title block, running header and footer, hanging clause
// numbers and item labels, the definitions table as a real table, internal
// links from every defined-term use and clause reference to its target, an
// outline of sections and articles, document metadata, a diagonal stamp on
// drafts, and redlines between two versions.
//
// Pages are laid out with codeberg.org/go-pdf/fpdf and every PDF is checked
// with pdfcpu before it is returned; no other package imports either
// library. Output is byte-for-byte reproducible: dates come from the
// document, never from the clock.
//
// Layout happens in two passes: the document is first broken into lines and
// placed on pages as a display list (so page totals, link targets and
// outline positions are all known), then painted with fpdf.
package pdf
