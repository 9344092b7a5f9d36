package check

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	wordsplit "github.com/legalkit/legalkit/tool/internal/words"
)

// determiners precede a noun; a capitalised word after one, in the middle of
// a sentence, is used like a defined term: "de Diensten", "the Services".
var determiners = map[string]bool{
	"de": true, "het": true, "een": true, "deze": true, "dit": true, "die": true, "dat": true,
	"elke": true, "ieder": true, "iedere": true, "alle": true, "zijn": true, "haar": true,
	"hun": true, "onze": true, "uw": true, "welke": true, "geen": true, "enige": true,
	"the": true, "a": true, "an": true, "any": true, "each": true, "every": true, "all": true,
	"this": true, "these": true, "those": true, "its": true, "their": true, "our": true, "your": true,
}

type phraseUse struct {
	pos   model.Pos
	count int
}

// text reports typing slips and capitalised phrases that look like terms.
func (c *checker) text() {
	forms := map[string]string{} // lower case form -> form as defined
	for _, def := range c.doc.AllDefinitions() {
		for _, f := range def.Forms {
			forms[strings.ToLower(f)] = f
		}
	}
	skip := map[string]bool{}
	for _, n := range c.doc.Meta.Names {
		skip[n] = true
	}
	for k := range lang.Statutes {
		skip[k] = true
	}
	for _, w := range lang.AnnexWords {
		skip[w] = true
	}
	undefined, bare := map[string]*phraseUse{}, map[string]int{}
	var toks []token // one buffer for every list: no token outlives its list
	inlineLists(c.doc, func(ins []model.Inline) {
		toks = tokenize(toks, ins)
		c.slips(toks)
		c.phrases(toks, forms, skip, undefined, bare)
	})
	c.reportUndefined(undefined, bare)
}

// reportUndefined groups the singular and plural of a phrase ("Dienst",
// "Diensten") and reports each phrase used at least twice, at its first use.
func (c *checker) reportUndefined(undefined map[string]*phraseUse, bare map[string]int) {
	var phrases []string
	for p := range undefined {
		phrases = append(phrases, p)
	}
	sort.Slice(phrases, func(i, j int) bool {
		if len(phrases[i]) != len(phrases[j]) {
			return len(phrases[i]) < len(phrases[j])
		}
		return phrases[i] < phrases[j]
	})
	type group struct {
		names []string
		use   phraseUse
		bare  int // uses in mid-sentence without an article: a name's
	}
	var groups []*group
	owner := map[string]*group{}
	for _, p := range phrases {
		u := undefined[p]
		g := owner[p]
		if g == nil {
			g = &group{use: phraseUse{pos: u.pos}}
			groups = append(groups, g)
			for _, f := range lang.Forms(p, c.doc.Meta.Language) {
				if owner[f] == nil {
					owner[f] = g
				}
			}
		}
		g.names = append(g.names, p)
		g.use.count += u.count
		g.bare += bare[p]
		if u.pos.Before(g.use.pos) {
			g.use.pos = u.pos
		}
	}
	for _, g := range groups {
		if g.use.count < 2 || properNoun(g.use.count, g.bare) {
			continue
		}
		also := diag.Phrasef("")
		if len(g.names) > 1 {
			also = diag.Phrasef(" (also written %q)", strings.Join(g.names[1:], `", "`))
		}
		c.add(g.use.pos, diag.Warning, "term-undefined", "%q%s is used like a defined term (%d times) but never defined", g.names[0], also, g.use.count)
	}
}

// slips reports a word written twice in a row and a double full stop.
func (c *checker) slips(toks []token) {
	for i := 1; i < len(toks); i++ {
		a, b := toks[i-1], toks[i]
		if a.kind == tokWord && b.kind == tokWord && len(a.text) > 1 && strings.EqualFold(a.text, b.text) && !wordsplit.IsNumber(a.text) {
			c.add(b.pos, diag.Warning, "text-repeated-word", "%q is written twice in a row", b.text)
		}
		if a.kind == tokPunct && b.kind == tokPunct && a.text == "." && b.text == "." && b.pos.Col == a.pos.Col+1 {
			dots := i+1 < len(toks) && toks[i+1].kind == tokPunct && toks[i+1].text == "."
			ellipsis := i >= 2 && toks[i-2].kind == tokPunct && toks[i-2].text == "."
			if !dots && !ellipsis {
				c.add(a.pos, diag.Warning, "text-double-stop", "double full stop")
			}
		}
	}
}

// phrases finds capitalised phrases in mid-sentence: a defined term written
// with other capitals is reported at once; a phrase after a determiner that
// is no defined term is counted.
func (c *checker) phrases(toks []token, forms map[string]string, skip map[string]bool, undefined map[string]*phraseUse, bare map[string]int) {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokWord || !capitalised(t.text) || sentenceStart(toks, i) {
			continue
		}
		ws := []string{t.text}
		j := i + 1
		for j < len(toks) && toks[j].kind == tokWord {
			if capitalised(toks[j].text) {
				ws = append(ws, toks[j].text)
				j++
			} else if lang.Connectors[toks[j].text] && c.doc.Meta.Language != "de" && j+1 < len(toks) && toks[j+1].kind == tokWord && capitalised(toks[j+1].text) {
				ws = append(ws, toks[j].text, toks[j+1].text)
				j += 2
			} else if n := len(ws); n < 4 && forms[strings.ToLower(strings.Join(append(ws[:n:n], toks[j].text), " "))] != "" {
				ws = append(ws, toks[j].text) // a term with a lower case word: "Geïntegreerde Applicatie" is tried below
				j++
			} else {
				break
			}
		}
		if f, ok := caseVariant(ws, forms); ok {
			if lowerTerm(f) { // a statute's "richtlijn" begins a title or sentence as "Richtlijn"
				i = j - 1
				continue
			}
			c.add(t.pos, diag.Warning, "term-case", "%q is written with other capitals than the defined term %q", strings.Join(ws[:len(strings.Fields(f))], " "), f)
			i = j - 1
			continue
		}
		phrase := strings.Join(ws, " ")
		if !skip[phrase] && !afterDeterminer(toks, i) {
			bare[phrase]++
		}
		if skip[phrase] || skip[ws[0]] || !afterDeterminer(toks, i) || c.adjective(ws) || c.nameNotTerm(ws, nextWord(toks, j)) {
			i = j - 1
			continue
		}
		if u := undefined[phrase]; u != nil {
			u.count++
		} else {
			undefined[phrase] = &phraseUse{pos: t.pos, count: 1}
		}
		i = j - 1
	}
}

// caseVariant reports whether a leading part of ws is a defined form written
// with other capitals.
func caseVariant(ws []string, forms map[string]string) (string, bool) {
	for n := len(ws); n >= 1; n-- {
		cand := strings.Join(ws[:n], " ")
		if f, ok := forms[strings.ToLower(cand)]; ok && f != cand {
			return f, true
		}
	}
	return "", false
}

// adjective reports whether a single capitalised word is an adjective of
// nationality or language ("de Engelse versie"), not a term.
func (c *checker) adjective(ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	w := strings.ToLower(ws[0])
	if c.doc.Meta.Language == "en" {
		return strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ean") || w == "dutch"
	}
	return strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche") || strings.HasSuffix(w, "ees")
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false // an acronym
}

// sentenceStart reports whether toks[i] begins a sentence, a bracket, a
// quotation or a list entry.
func sentenceStart(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].kind {
		case tokBreak:
			return true
		case tokWord, tokOpaque:
			return false
		case tokPunct:
			if strings.ContainsAny(toks[k].text, ".!?:;(•–-\"“‘'") {
				return true
			}
		}
	}
	return true
}

func afterDeterminer(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tokWord && determiners[strings.ToLower(toks[i-1].text)]
}
