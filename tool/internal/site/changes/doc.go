// Package changes adds a document's change history to the site, as a
// site.Extension: a changelog page per document, generated from its
// versions and their diffs; a redline page (inline, and side by side)
// between each version and the version before it, and between each
// version and the version in force; links to these from every page of the
// document, from each version's page and from the version archive; and the
// change summary in each version's feed entry.
//
// A document's folder on the site gains:
//
//	PUBLISHER/DOC/changes.html                 the changelog, newest version first
//	PUBLISHER/DOC/changes/OLD..NEW.html        the redline from version OLD to NEW
//	PUBLISHER/DOC/changes/OLD..NEW.side.html   the same, side by side
//
// A pair of versions gets one redline page however many reasons it has to
// exist, and none when the versions do not differ at all. A document with
// one version has a changelog of one entry ("first version") and no
// redlines.
//
// All diffs and redlines are computed once per build, in parallel, before
// any page is written; the output does not depend on the number of cores.
package changes
