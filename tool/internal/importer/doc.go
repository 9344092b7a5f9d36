// Package importer makes legalkit sources of documents written elsewhere:
// the versions of one Markdown file in its git history (read with the git
// program), or plain files. The body of every version is kept byte for byte;
// legalkit's front matter replaces any other tool's, whose settings are
// mapped where legalkit has a place for them and reported otherwise. Dates
// come only from what the text states: "unknown" when it does not say.
package importer
