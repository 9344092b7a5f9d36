package parse

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// defHit is a term the text defines, found in a flat text.
type defHit struct {
	start, end int  // the term in the flat text, without quotes
	certain    bool // the wording leaves no doubt that it is a definition
}

const (
	quoteOpen  = `"“„‘'«‹‚`
	quoteClose = `"”“’'»›‘`
	space      = `[\s\x{a0}\x{202f}]`
)

var (
	// termTokenExpr is a quoted or bold term: "Term", “**Term**”, **"Term"**, **Term**, « Terme ».
	termTokenExpr = `(?:\x01` + space + `*)?[` + quoteOpen + `]` + space + `*\x01?([^` + quoteOpen + quoteClose + `\x01\x02\x03()]{1,80}?)\x02?` + space + `*[` + quoteClose + `](?:` + space + `*\x02)?` +
		`|\x01([^\x01\x02\x03()` + quoteOpen + quoteClose + `]{1,80}?)\x02`
	// termToken starts at a bold mark or an opening quote.
	termToken = newStartPattern(termTokenExpr, nextAny(quoteOpen+"\x01"))
	// chainGap joins the terms of one definition: "Train" or "Training", "Term" (or "Alias").
	chainGap = lazyre.New(`^` + space + `*(?:[,;]` + space + `*)?(?:\(?(?:or|and|of|en|ou|et|oder|und)` + space + `+\(?|\(|\)` + space + `*(?:or|and|of|en|ou|et|oder|und)?` + space + `*)?` + space + `*$`)
	// listGap joins bold terms in a list: **A**, **B** en **C** (**D**).
	listGap   = lazyre.New(`^` + space + `*(?:[,;]` + space + `*)?(?:(?:or|and|of|en|ou|et|oder|und)` + space + `+)?\(?` + space + `*$`)
	verbAfter = lazyre.Func(func() string {
		return `(?i)^[\s\x{a0})*,:]*(?:` + alternation(lang.DefinitionVerbs) + `)\b`
	})
	weSayBefore = lazyre.New(`(?i)\b(?:when|whenever|where|if)` + space + `+(?:we|you)` + space + `+(?:say|use|write|refer to)(?:` + space + `+the` + space + `+(?:terms?|words?))?[\s:]*$`)
	weMeanAfter = lazyre.New(`(?i)^[\s\x{a0},)]*(?:we|you)` + space + `+mean\b`)
	namedBefore = newKeyedPattern(func() string {
		return `(?i)(?:^|[^\p{L}])(?:` + alternation(lang.NamingIntros) + `)` + space + `*[:,]?` + space + `*(?:(?:the|de|het|le|la|les|der|die|das|den)` + space + `+|l['’])?$`
	}, lang.NamingIntros)
	// explainedAfter is what follows a term explained after a comma, a few
	// words on: „Executable-Code-Version“ des Browsers, d. h. …
	explainedAfter = lazyre.Func(func() string {
		return `(?i)^(?:` + space + `+[\p{L}\p{M}\-]+){0,3}` + space + `*,` + space + `*(?:` + alternation(lang.ExplainingWords) + `)(?:` + space + `|$)`
	})
	// bracketGroup is a bracket without brackets inside it, of at most 240
	// letters: [^()]{1,240}, with the bound counted (atMostRunes).
	bracketGroup = newStartPattern(`\(([^()]+)\)`, nextByte('(')).atMostRunes(1, 240)
	// quoteOrBold finds the characters every token holds.
	quoteOrBold = newRuneSet(quoteOpen + quoteClose + "\x01")
	introWords  = lazyre.New(`^[\p{Ll}'’\-,:;.` + `\s\x{a0}\x{202f}]*$`)
	gapWords    = lazyre.New(`^(?:[\s\x{a0}\x{202f},;]*[\p{Ll}'’-]*){0,5}[\s\x{a0}\x{202f},;]*$`)
	// onderVerstaan is the Dutch statute's "Onder schuldbemiddeling wordt verstaan …".
	onderVerstaan = lazyre.New(`(?:^|[.;:]` + space + `+)Onder` + space + `+(\p{Ll}[\p{L}\p{M}\-]{2,}(?:` + space + `+\p{Ll}[\p{L}\p{M}\-]*){0,3})` + space + `+(?:wordt|worden)` + space + `+(?:in [^.;]{1,60}? )?verstaan\b`)
	defListWord   = lazyre.Func(func() string {
		return `(?i)(?:^|[^\p{L}])(?:` + alternation(lang.DefinitionListWords) + `)` + space + `*$`
	})
)

func alternation(words []string) string {
	var qs []string
	for _, w := range words {
		qs = append(qs, strings.ReplaceAll(regexp.QuoteMeta(w), " ", space+"+"))
	}
	return strings.Join(qs, "|")
}

// token is a quoted or bold term in a flat text: the whole token and the term in it.
type token struct{ start, end, tStart, tEnd int }

func tokens(s string) []token {
	if quoteOrBold.index(s) < 0 {
		return nil // no quote and no bold: no token
	}
	var out []token
	for _, m := range termToken.findAll(s) {
		t := token{start: m[0], end: m[1], tStart: m[2], tEnd: m[3]}
		if m[2] < 0 {
			t.tStart, t.tEnd = m[4], m[5]
		}
		// Trim spaces inside the quotes: « Terme ».
		for t.tStart < t.tEnd && strings.ContainsRune(" \u00a0\u202f", rune(s[t.tStart])) {
			t.tStart++
		}
		for t.tEnd > t.tStart && s[t.tEnd-1] == ' ' {
			t.tEnd--
		}
		if t.tEnd > t.tStart && !glued(s, t) {
			out = append(out, t)
		}
	}
	return out
}

// glued reports whether a token is part of a word: **G**lobally, l'"X".
func glued(s string, t token) bool {
	r, _ := utf8.DecodeRuneInString(s[t.end:])
	p, _ := utf8.DecodeLastRuneInString(s[:t.start])
	return unicode.IsLetter(r) || unicode.IsLetter(p) && s[t.start] == boldOpen
}

// chains groups tokens joined by gap.
func chains(s string, toks []token, gap *lazyre.Regexp) [][]token {
	var out [][]token
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && gap.MatchString(s[toks[j-1].end:toks[j].start]) {
			j++
		}
		out = append(out, toks[i:j])
		i = j
	}
	return out
}

// findDefinitions returns the terms a flat text defines in running text.
func findDefinitions(s string) []defHit {
	toks := tokens(s)
	var hits []defHit
	add := func(ts []token, certain bool, lower bool) {
		for _, t := range ts {
			if lower || startsUpper(s[t.tStart:t.tEnd]) {
				hits = append(hits, defHit{start: t.tStart, end: t.tEnd, certain: certain})
			}
		}
	}
	for _, ch := range chains(s, toks, chainGap) {
		before, after := tail(s[:ch[0].start], 120), head(s[ch[len(ch)-1].end:], 120)
		switch {
		case verbAfter.MatchString(after):
			add(ch, true, true)
		case weSayBefore.MatchString(before) && weMeanAfter.MatchString(after):
			add(ch[:1], true, false)
			add(ch[1:], true, false)
		case namedBefore.match(before):
			add(ch, true, true)
		case explainedAfter.MatchString(after):
			add(ch, false, false)
		}
	}
	hits = append(hits, bracketHits(s, toks)...)
	for _, m := range findAllIf(s, "verstaan", "Onder", onderVerstaan) {
		hits = append(hits, defHit{start: m[2], end: m[3], certain: true})
	}
	for _, ch := range chains(s, boldOnly(s, toks), listGap) {
		if defListWord.MatchString(tail(s[:ch[0].start], 60)) {
			add(ch, false, false)
		}
	}
	return dedupe(hits)
}

// findAllIf runs re over s only when s holds both words, which every
// match of re does: most paragraphs hold none, and the pattern is costly.
func findAllIf(s, word, other string, re *lazyre.Regexp) [][]int {
	if !strings.Contains(s, word) || !strings.Contains(s, other) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// bracketHits finds quoted or bold terms in brackets: ("Term"), (the
// "Services"), (collectively, the "Parties"), (**Klantgegevens**).
func bracketHits(s string, toks []token) []defHit {
	var hits []defHit
	k := 0
	for _, m := range bracketGroup.findAll(s) {
		for k < len(toks) && toks[k].start <= m[0] {
			k++
		}
		var in []token
		for j := k; j < len(toks) && toks[j].end < m[1]; j++ {
			in = append(in, toks[j])
		}
		if len(in) == 0 || strings.TrimSpace(s[in[len(in)-1].end:m[1]-1]) != "" {
			continue
		}
		intro := s[m[0]+1 : in[0].start]
		if !introWords.MatchString(intro) || notDefining(intro) {
			continue
		}
		ok := true
		for i := 1; i < len(in); i++ {
			if !gapWords.MatchString(s[in[i-1].end:in[i].start]) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		certain := definingIntro(intro)
		for _, t := range in {
			if certain || startsUpper(s[t.tStart:t.tEnd]) {
				hits = append(hits, defHit{start: t.tStart, end: t.tEnd, certain: certain})
			}
		}
	}
	return hits
}

func boldOnly(s string, toks []token) []token {
	var out []token
	for _, t := range toks {
		if s[t.start] == boldOpen {
			out = append(out, t)
		}
	}
	return out
}

func notDefining(intro string) bool {
	intro = strings.ToLower(strings.Join(strings.Fields(intro), " "))
	for _, w := range lang.NotDefiningIntros {
		if intro == w || strings.HasPrefix(intro, w+" ") || strings.HasSuffix(intro, " "+w) || strings.Contains(intro, " "+w+" ") {
			return true
		}
	}
	return false
}

func definingIntro(intro string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(intro), func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '\u00a0' }) {
		for _, w := range lang.DefiningIntroWords {
			if f == w {
				return true
			}
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// dedupe keeps one hit per term position, certain if any rule was certain.
func dedupe(hits []defHit) []defHit {
	var out []defHit
	at := map[int]int{}
	for _, h := range hits {
		if i, ok := at[h.start]; ok {
			out[i].certain = out[i].certain || h.certain
			continue
		}
		at[h.start] = len(out)
		out = append(out, h)
	}
	sortHits(out)
	return out
}

func sortHits(hs []defHit) {
	sort.Slice(hs, func(i, j int) bool { return hs[i].start < hs[j].start })
}

// head returns at most the first n bytes of s, cut at a character boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tail returns at most the last n bytes of s, cut at a character boundary:
// the patterns that look back need no more, and the cost stays linear.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}
