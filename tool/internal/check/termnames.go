package check

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// nameNotTerm reports whether a capitalised phrase is a name, not a term
// the document should define: the document's own title or publisher, a
// law, an authority or a country, and in German, where every noun is
// written with a capital, any single word.
func (c *checker) nameNotTerm(ws []string, next string) bool {
	if next = strings.ToLower(next); lang.LawWords[next] || hasSuffixIn(next, lang.LawWordEndings) {
		return true // "de Algemene wet bestuursrecht"
	}
	if c.doc.Meta.Language == "de" && len(ws) == 1 {
		return true
	}
	low := strings.ToLower(strings.Join(ws, " "))
	if lang.Places[low] || c.inTitle(ws) {
		return true
	}
	for _, w := range ws {
		w = strings.ToLower(w)
		if lang.LawWords[w] || hasSuffixIn(w, lang.LawWordEndings) || hasSuffixIn(w, lang.AuthorityWordEndings) {
			return true
		}
	}
	return len(ws) > 1 && c.adjective(ws[:1])
}

// inTitle reports whether every word of the phrase is a word of the
// document's title or publisher ("Servicevoorwaarden", "Mozilla").
func (c *checker) inTitle(ws []string) bool {
	own := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(c.doc.Meta.Title+" "+c.doc.Meta.Publisher), func(r rune) bool {
		return r == ' ' || r == ',' || r == ':' || r == '-' || r == '–' || r == '(' || r == ')'
	}) {
		own[f] = true
	}
	if parts := strings.Split(strings.ToLower(ws[0]), "-"); len(parts) > 1 && own[parts[0]] {
		return true // a compound of the publisher's or product's name: "Mozilla-account"
	}
	for _, w := range ws {
		for _, part := range strings.Split(strings.ToLower(w), "-") {
			if !own[part] && !lang.Connectors[part] {
				return false
			}
		}
	}
	return true
}

func hasSuffixIn(w string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// properNoun reports whether a phrase is a name everywhere: written in
// mid-sentence without an article ("use Firefox", "with Google") at least
// as often as with one. A term reads with an article: "the Services".
func properNoun(withArticle, without int) bool {
	return without >= withArticle
}

// nextWord returns the word token at toks[j], or "".
func nextWord(toks []token, j int) string {
	if j < len(toks) && toks[j].kind == tokWord {
		return toks[j].text
	}
	return ""
}
