package resolve

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Severity by certainty: a reference that does not resolve is an error
// only when its cue and shape leave no doubt. These rules add the doubt
// that reading real documents showed legalkit cannot rule out.

// articleWindow bounds how far before a paragraph reference legalkit looks
// for the article it may belong to.
const articleWindow = 160

// articleEarlier reports whether an article is named before byte at in the
// same sentence ("§ 15 Abs. 1 … oder Abs. 8", "artikel 670, leden 1 tot en
// met 4 en lid 10"): a paragraph named without its article may then belong
// to that article rather than to the clause it stands in.
func articleEarlier(s string, at int) bool {
	lower := strings.ToLower(sentenceBefore(s, at, articleWindow))
	for _, cue := range []string{"§", "artikel", "art.", "article", "section", "clause", "ziffer"} {
		for i := strings.Index(lower, cue); i >= 0; {
			j := i + len(cue)
			for j < len(lower) && (lower[j] == ' ' || lower[j] == '\t') {
				j++
			}
			if strings.HasPrefix(lower[j:], "\u00a0") {
				j += len("\u00a0")
			}
			if j < len(lower) && isDigit(lower[j]) {
				return true
			}
			k := strings.Index(lower[i+1:], cue)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return false
}

// doubtRelative gives an unresolved paragraph reference named without its
// article the doubt of an article named before it.
func doubtRelative(m member, s string, at int) member {
	if !m.resolved && m.doubt.none() && articleEarlier(s, at) {
		m.doubt = because(doubtArticleBefore)
	}
	return m
}

// itemNumbered resolves a clause reference whose number no clause has to
// the item anchored so ("Section 2.1" where 2.1 is an entry of a list).
func itemNumbered(doc *model.Document, ref *model.Reference) {
	if !ref.Resolved && ref.Kind == model.RefClause && doc.Item(ref.Target) != nil {
		ref.Kind, ref.Resolved = model.RefItem, true
	}
}
