package cli

import (
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// withTwins adds to the jobs, for the errors pdf reports, the other files
// that are the same version of a document to write: DOCUMENT@VERSION is
// then ambiguous, and check's version-duplicate (at the later file) must
// stop the PDF of either. The jobs themselves are not changed.
func withTwins(docs []*model.Document, jobs []*pdfJob) []*pdfJob {
	out := append([]*pdfJob(nil), jobs...)
	for _, j := range jobs {
		for _, d := range j.docs {
			if twins := check.Twins(docs, d); len(twins) > 0 {
				out = append(out, &pdfJob{docs: twins})
			}
		}
	}
	return out
}
