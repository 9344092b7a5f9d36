package cli

import (
	"io/fs"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/pdf"
)

// sitePDF returns what renders one version as PDF for the site
// (site.Options.PDF) with the style and fonts of the templates fsys: the
// same folder the site's templates come from (templates.FS, overlaid by
// --templates), site-absolute links leading under linksBase.
func sitePDF(fsys fs.FS, linksBase string) (func(doc *model.Document, docs []*model.Document) ([]byte, error), error) {
	r, err := pdf.New(fsys)
	if err != nil {
		return nil, err
	}
	r.SetLinksBase(linksBase)
	return func(doc *model.Document, _ []*model.Document) ([]byte, error) { return r.Document(doc) }, nil
}
