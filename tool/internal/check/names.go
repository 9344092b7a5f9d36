package check

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// maxNameBytes bounds each part of an id and the version. They become file
// names: VERSION.html and changes/OLD..NEW.side.html on the site,
// publisher-document-version.pdf from legalkit pdf, and temporary names
// beside those; most file systems allow 255 bytes.
const maxNameBytes = 64

// names checks that the id and the version fit in file names, so that
// build and pdf never fail later, without a position, on a name too long.
func (c *checker) names() {
	m := c.doc.Meta
	for _, part := range strings.Split(m.ID, "/") {
		if len(part) > maxNameBytes {
			c.add(c.metaPos("id"), diag.Error, "front-matter-invalid",
				"id part %q is %d bytes long; at most %d fit in the file names of the site and the PDFs", clipName(part), len(part), maxNameBytes)
			break
		}
	}
	if len(m.Version) > maxNameBytes {
		c.add(c.metaPos("version"), diag.Error, "front-matter-invalid",
			"version %q is %d bytes long; at most %d fit in the file names of the site and the PDFs", clipName(m.Version), len(m.Version), maxNameBytes)
	}
}

// clipName returns the first 24 characters of s, and "…" when there are more.
func clipName(s string) string {
	if utf8.RuneCountInString(s) <= 24 {
		return s
	}
	return string([]rune(s)[:24]) + "…"
}
