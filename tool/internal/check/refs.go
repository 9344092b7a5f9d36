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
		if msg := c.kindMismatch(r); msg.Format != "" {
			c.add(r.Pos, diag.Error, "reference-kind", "%q: %s", r.Text, msg)
		}
	}
}

func (c *checker) dangling(r *model.Reference) {
	what := map[model.RefKind]diag.Phrase{model.RefClause: diag.Phrasef("clause"), model.RefItem: diag.Phrasef("item"), model.RefDocument: diag.Phrasef("document")}[r.Kind]
	where := diag.Phrasef("")
	if r.Document != "" {
		where = diag.Phrasef(" in %s", r.Document)
	}
	var doubt diag.Phrase
	switch {
	case r.Doubt != "":
		doubt = diag.Reason(r.Doubt, r.DoubtArgs) // the resolver's reasons (resolve/reasons.go)
	case r.Kind == model.RefDocument:
		doubt = diag.Phrasef("the document may be one that is not among the sources (a cover page, an order form)")
	}
	if doubt.Format != "" {
		c.add(r.Pos, diag.Warning, "reference-dangling", "%q may refer to %s %s%s, which does not exist; legalkit is not sure it is a reference to this document: %s", r.Text, what, r.Target, where, doubt)
		return
	}
	c.add(r.Pos, diag.Error, "reference-dangling", "%q refers to %s %s%s, which does not exist", r.Text, what, r.Target, where)
}

// kindMismatch tells why the cue word does not fit the target. A paragraph
// cue ("lid", "paragraph", "Absatz") is never checked: the number after it
// counts within an article (the one named before it, or the one it stands
// in), so the resolver never reads it as a whole article.
func (c *checker) kindMismatch(r *model.Reference) diag.Phrase {
	if r.Cue == "" || r.Kind == model.RefStatute {
		return diag.Phrase{}
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
		// A list entry numbered like a section ("chapter 5.6" naming the
		// entry 5.6) is how some documents number their sections.
		if r.Kind == model.RefClause && depth != 1 {
			return diag.Phrasef("%q names a top-level section, but %s is not one", r.Cue, r.Target)
		}
	case lang.CueArticle:
		if r.Kind == model.RefDocument {
			return diag.Phrasef("%q names a clause, but %s is a document", r.Cue, r.Target)
		}
	}
	return diag.Phrase{}
}
