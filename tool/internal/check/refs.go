package check

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// references reports references that point nowhere or whose cue word names
// another kind of target. Severity follows certainty: a reference whose
// cue and shape leave no doubt ("artikel 13.2", "Section D.4", "zie
// 4.6.1") and that points nowhere is an error; one legalkit is not sure of
// (a weak cue such as "in" or "van", paragraphs it could not count) is a
// warning that says why.
func (c *checker) references() {
	for _, r := range c.doc.References {
		if !r.Resolved {
			c.dangling(r)
			continue
		}
		if msg := c.kindMismatch(r); msg != "" {
			c.add(r.Pos, diag.Error, "reference-kind", "%q: %s", r.Text, msg)
		}
	}
}

func (c *checker) dangling(r *model.Reference) {
	what := map[model.RefKind]string{model.RefClause: "clause", model.RefItem: "item", model.RefDocument: "document"}[r.Kind]
	where := ""
	if r.Document != "" {
		where = " in " + r.Document
	}
	if r.Doubt != "" {
		c.add(r.Pos, diag.Warning, "reference-dangling", "%q may refer to %s %s%s, which does not exist; legalkit is not sure it is a reference to this document: %s", r.Text, what, r.Target, where, r.Doubt)
		return
	}
	c.add(r.Pos, diag.Error, "reference-dangling", "%q refers to %s %s%s, which does not exist", r.Text, what, r.Target, where)
}

// kindMismatch tells why the cue word does not fit the target. A paragraph
// cue ("lid", "paragraph", "Absatz") is never checked: the number after it
// counts within an article (the one named before it, or the one it stands
// in), so the resolver never reads it as a whole article.
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
	case lang.CueArticle:
		if r.Kind == model.RefDocument {
			return "\"" + r.Cue + "\" names a clause, but " + r.Target + " is a document"
		}
	}
	return ""
}
