// Package site builds legalkit's static website from linked documents: a
// home page, a page per document version and one for the version in force,
// a version archive per document, the model as JSON per version, Atom feeds
// and a sitemap. It renders everything in memory, then replaces the output
// folder in one step, so a failed build leaves the previous site whole. The
// same documents, templates and date give byte-identical files on any
// machine.
//
// The live preview (Serve) builds the same site in memory, rebuilds it when
// a source or template changes, reloads open pages and shows check's
// diagnostics on them.
//
// Layout of a built site:
//
//	index.html                      home: publishers, documents, versions in force
//	atom.xml, sitemap.xml           feed of all versions; sitemap (with a base URL)
//	assets/*.css, favicon.svg, ...  styles from templates/css, files from site/static
//	PUBLISHER/DOC/index.html        the version in force (same ids as its permalink page)
//	PUBLISHER/DOC/VERSION.html      one version: the permalink page
//	PUBLISHER/DOC/VERSION.json      the model of that version, as `legalkit inspect` prints it
//	PUBLISHER/DOC/VERSION.pdf       its PDF, when PDFs are built
//	PUBLISHER/DOC/versions.html     the version archive
//	PUBLISHER/DOC/atom.xml          feed of the document's versions
//
// Extensions add pages to a document's folder, links to its pages and text
// to its feed entries: the changelog and redlines of package
// site/changes are one (PUBLISHER/DOC/changes.html, PUBLISHER/DOC/changes/).
package site
