package parse

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/words"
)

// unquotedName is a name given in brackets without quotes, after a word:
// "Gebruiksvoorwaarden (Voorwaarden)", "de eerste partij (de kredietgever)".
var unquotedName = newStartPattern(`\p{L}`+space+`+\((?:(de|het|the|der|die|das|le|la|les)`+space+`+)?(\p{L}[\p{L}\p{M}'’\-]*(?:`+space+`+\p{L}[\p{L}\p{M}'’\-]*){0,2})\)`,
	nextWordBeforeBracket)

// bracketNames are the names in brackets of one list of inlines.
type bracketNames struct {
	fl      flatText
	matches [][]int
}

// namedInBrackets is the second pass over the document: a name in brackets
// without quotes defines a term when the text uses that name again and
// defines it nowhere else. Such a definition is never certain: a bracket
// may also hold a translation or an example. The names are found first,
// so that only their words are counted in the text.
func (d *definer) namedInBrackets() {
	var found []bracketNames
	wanted := map[string]bool{}
	forms := map[string][]string{} // of each name that may be a term
	find := func(ins []model.Inline, _ string) []model.Inline {
		if !plainHas(ins, '(') {
			found = append(found, bracketNames{})
			return ins
		}
		fl := flatten(ins)
		ms := unquotedName.findAll(fl.s)
		for _, m := range ms {
			term := fl.s[m[4]:m[5]]
			if _, done := forms[term]; done || !d.mayName(term, m[2] >= 0) {
				continue
			}
			forms[term] = lang.Forms(term, d.doc.Meta.Language)
			for _, form := range forms[term] {
				wanted[form] = true
			}
		}
		found = append(found, bracketNames{fl: fl, matches: ms})
		return ins
	}
	d.eachInlineList(find)
	if len(wanted) == 0 {
		return // no bracket may name a term
	}
	counts := d.wordCounts(wanted)
	next := 0
	mark := func(ins []model.Inline, clause string) []model.Inline {
		bn := found[next] // the lists come in the order find saw them
		next++
		var hits []defHit
		for _, m := range bn.matches {
			term := bn.fl.s[m[4]:m[5]]
			if d.mayName(term, m[2] >= 0) && d.terms[term] == nil && usedAgain(forms[term], counts) {
				hits = append(hits, defHit{start: m[4], end: m[5]})
			}
		}
		if len(hits) == 0 {
			return ins
		}
		return d.markHits(ins, bn.fl, hits, defSpec{kind: model.DefInline, clause: clause})
	}
	d.eachInlineList(mark)
}

// eachInlineList applies f to the running text of the preamble and of
// every clause, in document order.
func (d *definer) eachInlineList(f inlineFunc) {
	d.inlineBlocks(d.doc.Preamble, "", f)
	d.doc.Walk(func(c *model.Clause) { d.inlineBlocks(c.Blocks, c.Anchor, f) })
}

// mayName reports whether a bracketed name may be a term: capitalised (or,
// in Dutch, after "de" or "het"), not an abbreviation, statute or annex
// word. It must also be defined nowhere else and be used again.
func (d *definer) mayName(term string, article bool) bool {
	lower := !startsUpper(term)
	if lower && !(article && d.doc.Meta.Language == "nl" && !strings.Contains(term, " ")) {
		return false
	}
	if strings.ToUpper(term) == term || isStatute(term) {
		return false
	}
	for _, w := range lang.AnnexWords {
		if strings.HasPrefix(term, w) {
			return false
		}
	}
	return true
}

// usedAgain reports whether the text uses a name, in any of its forms, at
// least twice: in the bracket and once more.
func usedAgain(forms []string, counts map[string]int) bool {
	n := 0
	for _, form := range forms {
		n += counts[form]
	}
	return n >= 2
}

// wordCounts counts, in the document's running text, the words and the
// phrases of two or three words (that start with a capital) of wanted.
func (d *definer) wordCounts(wanted map[string]bool) map[string]int {
	counts := map[string]int{}
	var firsts []string              // the words that start a wanted word or phrase
	phraseFirst := map[string]bool{} // the first words of wanted phrases
	seen := map[string]bool{}
	for key := range wanted {
		first, _, phrase := strings.Cut(key, " ")
		if phrase {
			phraseFirst[first] = true
		}
		if !seen[first] && first != "" {
			seen[first] = true
			firsts = append(firsts, first)
		}
	}
	var ws []string
	count := func(ins []model.Inline, _ string) []model.Inline {
		context := model.PlainText(ins)
		if !containsAny(context, firsts) {
			return ins // none of the words: nothing to count
		}
		ws = ws[:0]
		for s := context; s != ""; {
			n, kind := words.Next(s)
			switch {
			case kind == words.Word:
				ws = append(ws, s[:n])
			case kind == words.Punct || strings.ContainsRune(s[:n], '\n'):
				ws = append(ws, "")
			}
			s = s[n:]
		}
		for i, w := range ws {
			if w == "" {
				continue
			}
			if wanted[w] {
				counts[w]++
			}
			// Only a capitalised name of several words is ever looked up
			// (see mayName): count no other phrases.
			if !phraseFirst[w] || !startsUpper(w) {
				continue
			}
			phrase := w
			for j := i + 1; j < len(ws) && j < i+3 && ws[j] != ""; j++ {
				phrase += " " + ws[j]
				if wanted[phrase] {
					counts[phrase]++
				}
			}
		}
		return ins
	}
	d.eachInlineList(count)
	return counts
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func isStatute(term string) bool {
	_, ok := lang.Statutes[term]
	return ok
}
