package cli

import (
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/pdf"
)

// The site build writes every version's PDF with the built-in style.
func init() {
	buildPDF = func(doc *model.Document, _ []*model.Document) ([]byte, error) {
		r, err := pdf.Default()
		if err != nil {
			return nil, err
		}
		return r.Document(doc)
	}
}
