package parse

import (
	"regexp"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/words"
)

// unquotedName is a name given in brackets without quotes, after a word:
// "Gebruiksvoorwaarden (Voorwaarden)", "de eerste partij (de kredietgever)".
var unquotedName = regexp.MustCompile(`\p{L}` + space + `+\((?:(de|het|the|der|die|das|le|la|les)` + space + `+)?(\p{L}[\p{L}\p{M}'’\-]*(?:` + space + `+\p{L}[\p{L}\p{M}'’\-]*){0,2})\)`)

// namedInBrackets is the second pass over the document: a name in brackets
// without quotes defines a term when the text uses that name again and
// defines it nowhere else. Such a definition is never certain: a bracket
// may also hold a translation or an example.
func (d *definer) namedInBrackets() {
	var counted map[string]int
	uses := func() map[string]int { // counted once, and only when needed
		if counted == nil {
			counted = d.wordCounts()
		}
		return counted
	}
	f := func(ins []model.Inline, clause, context string) []model.Inline {
		if !strings.Contains(context, "(") {
			return ins
		}
		fl := flatten(ins)
		var hits []defHit
		for _, m := range findAllIf(fl.s, "(", unquotedName) {
			term := fl.s[m[4]:m[5]]
			if d.namesTerm(term, m[2] >= 0, uses) {
				hits = append(hits, defHit{start: m[4], end: m[5]})
			}
		}
		if len(hits) == 0 {
			return ins
		}
		return d.markHits(ins, fl, hits, defSpec{kind: model.DefInline, clause: clause}, context)
	}
	d.inlineBlocks(d.doc.Preamble, "", f)
	d.doc.Walk(func(c *model.Clause) { d.inlineBlocks(c.Blocks, c.Anchor, f) })
}

// namesTerm reports whether a bracketed name is a term: capitalised (or,
// in Dutch, after "de" or "het"), not an abbreviation, statute or annex
// word, not defined yet, and used again.
func (d *definer) namesTerm(term string, article bool, uses func() map[string]int) bool {
	lower := !startsUpper(term)
	if lower && !(article && d.doc.Meta.Language == "nl" && !strings.Contains(term, " ")) {
		return false
	}
	if strings.ToUpper(term) == term || d.terms[term] != nil || isStatute(term) {
		return false
	}
	for _, w := range lang.AnnexWords {
		if strings.HasPrefix(term, w) {
			return false
		}
	}
	n, counts := 0, uses()
	for _, form := range lang.Forms(term, d.doc.Meta.Language) {
		n += counts[form]
	}
	return n >= 2
}

// wordCounts counts the words and two- and three-word phrases of the
// document's running text.
func (d *definer) wordCounts() map[string]int {
	counts := map[string]int{}
	count := func(ins []model.Inline, _, context string) []model.Inline {
		var ws []string
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
			counts[w]++
			// Only a capitalised name of several words is ever looked up
			// (see namesTerm): count no other phrases.
			if !startsUpper(w) {
				continue
			}
			phrase := w
			for j := i + 1; j < len(ws) && j < i+3 && ws[j] != ""; j++ {
				phrase += " " + ws[j]
				counts[phrase]++
			}
		}
		return ins
	}
	d.inlineBlocks(d.doc.Preamble, "", count)
	d.doc.Walk(func(c *model.Clause) { d.inlineBlocks(c.Blocks, c.Anchor, count) })
	return counts
}

func isStatute(term string) bool {
	_, ok := lang.Statutes[term]
	return ok
}
