package cli

import (
	"io"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/pdf"
	"github.com/legalkit/legalkit/tool/internal/redline"
)

// legalkit diff --format pdf writes a redline PDF.
func init() {
	redlinePDF = func(w io.Writer, r *diff.Result, _, _ *model.Document, o redline.Options) error {
		rd, err := pdf.Default()
		if err != nil {
			return err
		}
		b, err := rd.Redline(r, pdf.RedlineOptions{IgnoreEditorial: o.IgnoreEditorial, SideBySide: o.Layout == redline.SideBySide})
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
}
