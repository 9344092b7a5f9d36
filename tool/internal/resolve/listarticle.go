package resolve

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Paragraphs that continue a list of an article's paragraphs and parts
// belong to that article, not to the one they stand in: "de artikelen 10,
// tweede lid, onder d, derde lid", "§ 15 Abs. 1 Satz 1 oder Abs. 8".

// listArticleBefore returns the article whose list of paragraphs and parts
// the paragraph starting at byte at continues: the sentence before it
// names an article ("§ 6", "de artikelen 7, 10") and then only
// paragraphs, parts, their labels and list words ("Absatz 4, 5 Satz 2
// und"). It returns "" when anything else stands between.
func listArticleBefore(s string, at int) string {
	article, broken := "", true
	inMembers, label := false, false
	for _, raw := range strings.Fields(sentenceBefore(s, at, 2*articleWindow)) {
		w := strings.ToLower(strings.TrimRight(raw, ",;"))
		switch {
		case articleWords[w]:
			article, broken, inMembers, label = "", false, false, false
		case broken:
		case label:
			label = false // "onder d", "Satz 2", "Abs. 1"
		case listToken(w) && isDigit(w[0]) && !inMembers:
			article = w // "§ 6", "de artikelen 7, 10"
		case listToken(w) && inMembers:
			// a paragraph of the list: "Absatz 4, 5"
		case lang.MemberWords[w]:
			inMembers, label = true, true
		case lang.Ordinals[w] > 0:
			inMembers = true
		case lang.PartWords[w], listLabelWords[w]:
			label = true
		case conjunctions[w], w == "tot", w == "met", w == "bis", w == "het", w == "de", w == "to", w == "aanhef":
		default:
			article, broken = "", true
		}
	}
	if broken {
		return ""
	}
	return article
}

// listLabelWords number a sentence or part within a paragraph.
var listLabelWords = map[string]bool{"satz": true, "zin": true, "volzin": true, "sentence": true, "nr.": true,
	"nummer": true, "buchstabe": true, "ziffer": true}

// listMember resolves a paragraph named without its article at byte
// start (ending at end): within the article whose list it continues, else
// within the clause it stands in (with the doubt of an article named
// before it), as also when the words after it say so ("de leden 1 tot en
// met 3 van dit artikel").
func (r *resolver) listMember(s string, start, end int, clause *model.Clause, label string, kind lang.CueKind) member {
	if num := listArticleBefore(s, start); num != "" && (clause == nil || num != clause.Anchor) && !r.listSelf(s, end) && !definite(s[start:]) {
		if art := r.doc.Clause(num); art != nil {
			return memberOf(r.doc, art, []string{label})
		}
		return member{kind: model.RefItem, target: num + "." + label,
			doubt: because(doubtListArticle, num)}
	}
	return doubtRelative(r.relative(clause, label, kind), s, start)
}

// listSelf reports whether the list a paragraph ending at byte end stands
// in ends with words that keep it in the article it stands in: "de leden 1
// tot en met 3 van dit artikel" (not "van deze wet", which names the
// document).
func (r *resolver) listSelf(s string, end int) bool {
	rest := strings.ToLower(sentenceOf(s[end:min(len(s), end+120)]))
	return containsAny(rest, lang.ThisArticle)
}

// definite reports whether a paragraph reference starts with a definite
// article: "het eerste lid", "the first paragraph", "le premier alinéa"
// name a paragraph of the article it stands in, whatever article the
// sentence named before ("Artikel 6.4 en het derde lid zijn van
// overeenkomstige toepassing").
func definite(ref string) bool {
	low := strings.ToLower(ref[:min(len(ref), 4)])
	return strings.HasPrefix(low, "het ") || strings.HasPrefix(low, "the ") || strings.HasPrefix(low, "le ") || strings.HasPrefix(low, "la ")
}
