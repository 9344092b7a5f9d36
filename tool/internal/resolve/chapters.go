package resolve

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// chapter returns the clause of doc headed with the cue's own word and the
// number ("hoofdstuk 2" names "Hoofdstuk 2", anchored hoofdstuk-2, and not
// article 2), or nil. The index of the last document asked about is kept.
func (r *resolver) chapter(doc *model.Document, word, number string) *model.Clause {
	if r.chaptersOf != doc {
		r.chaptersOf, r.chapters = doc, map[string]*model.Clause{}
		doc.Walk(func(c *model.Clause) {
			key := strings.ToLower(c.Prefix) + " " + c.Number
			if c.Prefix != "" && r.chapters[key] == nil {
				r.chapters[key] = c
			}
		})
	}
	return r.chapters[strings.ToLower(word)+" "+number]
}

// cueWord is the word of a chapter cue ("hoofdstuk"), or "" for any other.
func cueWord(cue *lang.Cue) string {
	if cue == nil || cue.Kind != lang.CueChapter {
		return ""
	}
	return cue.Words
}
