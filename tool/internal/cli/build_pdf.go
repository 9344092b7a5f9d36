package cli

import (
	"io/fs"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/pdf"
)

// The site build writes every version's PDF with the style and fonts of
// its templates: the built-in ones, or those of --templates.
func init() {
	buildPDF = func(fsys fs.FS) (func(*model.Document, []*model.Document) ([]byte, error), error) {
		r, err := pdf.New(fsys)
		if err != nil {
			return nil, err
		}
		return func(doc *model.Document, _ []*model.Document) ([]byte, error) { return r.Document(doc) }, nil
	}
}
