package check

import (
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// sourceColumns moves each diagnostic from the columns of its document's
// normalised text (which the checks count in) to those of the file as saved.
func sourceColumns(docs []*model.Document, ds diag.List) diag.List {
	cols := map[string]*model.Columns{}
	for _, d := range docs {
		if d.Columns != nil {
			cols[d.Path] = d.Columns
		}
	}
	if len(cols) == 0 {
		return ds
	}
	for i := range ds {
		if c := cols[ds[i].File]; c != nil {
			ds[i].Col = c.SourceCol(ds[i].Line, ds[i].Col)
		}
	}
	return ds
}
