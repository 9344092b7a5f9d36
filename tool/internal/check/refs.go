package check

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// references reports references that point nowhere or whose cue word names
// another kind of target.
func (c *checker) references() {
	for _, r := range c.doc.References {
		if !r.Resolved {
			what := map[model.RefKind]string{model.RefClause: "clause", model.RefItem: "item", model.RefDocument: "document"}[r.Kind]
			where := ""
			if r.Document != "" {
				where = " in " + r.Document
			}
			c.add(r.Pos, diag.Error, "reference-dangling", "%q refers to %s %s%s, which does not exist", r.Text, what, r.Target, where)
			continue
		}
		if msg := c.kindMismatch(r); msg != "" {
			c.add(r.Pos, diag.Error, "reference-kind", "%q: %s", r.Text, msg)
		}
	}
}

func (c *checker) kindMismatch(r *model.Reference) string {
	if r.Cue == "" || r.Kind == model.RefStatute {
		return ""
	}
	kind := lang.CueAny
	for _, cue := range lang.Cues(c.doc.Meta.Language) {
		if cue.Words == r.Cue {
			kind = cue.Kind
		}
	}
	depth := strings.Count(r.Target, ".") + 1
	switch kind {
	case lang.CueChapter:
		if r.Kind != model.RefClause || depth != 1 {
			return "\"" + r.Cue + "\" names a top-level section, but " + r.Target + " is not one"
		}
	case lang.CueMember:
		if r.Kind == model.RefClause && depth == 1 {
			return "\"" + r.Cue + "\" names a clause inside an article, but " + r.Target + " is a whole article"
		}
	case lang.CueArticle:
		if r.Kind == model.RefDocument {
			return "\"" + r.Cue + "\" names a clause, but " + r.Target + " is a document"
		}
	}
	return ""
}
