package site

import (
	"path"

	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// cleanFile keeps control characters from the documents out of the pages,
// feeds and JSON of the site (see safetext): in HTML and XML they become
// visible symbols (XML does not even allow them), in JSON \u escapes.
// Other files (PDFs, fonts, images) are left as they are.
func cleanFile(p string, data []byte) []byte {
	switch path.Ext(p) {
	case ".html", ".xml":
		return safetext.Text(data)
	case ".json":
		return safetext.JSON(data)
	}
	return data
}
