package resolve

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// The parts of a statute citation, in the four languages: "artikel 28,
// derde lid, AVG", "Art. 6 Abs. 1 lit. f DSGVO", "Article 45(2) of the
// GDPR", "l'article 21 du règlement (UE) 2016/679", "§§ 312 ff. BGB".
const (
	stCue = `(?:\b(?i:artikelen|artikels|artikel|articles|article|artt\.|art\.|art)|§§?)`
	// stNum is an article number: "45", "7:404", "13bis", "11.7a", "L. 221-18", "126 b".
	stNum   = `(?:\d+:\d+[a-zA-Z]?|[LRD]\.?\s?\d+(?:-\d+)+|\d+(?:\.\d+)*[a-z]{0,6}|\d+\s[a-eg-z])`
	stLabel = `\(?(?:\d{1,3}[a-z]?|[a-z]{1,4})\)?°?`
	stAnd   = `(?:,|und|and|en|et|or|oder|of|ou|bis|to|t/m)`
	stOrd   = `(?i:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde)`
	stSubKW = `(?i:aanhef\s+en\s+onder|aanhef|lid|leden|onderdeel|onderdelen|onder|sub|punt|` +
		`abs\.|absatz|unterabs\.|uabs\.|unterabsatz|satz|s\.|nr\.|nummer|lit\.|buchst\.|buchstabe|hs\.|halbsatz|` +
		`paragraph|para\.|subparagraph|point|sentence|no\.|paragraphe|par\.|alinéa|al\.)`
	stSub = `(?:\s?\((?:\d{1,3}[a-z]?|[a-z]{1,4})\)(?:\s*` + stAnd + `\s*\((?:\d{1,3}[a-z]?|[a-z]{1,4})\))*` +
		`|,?\s+` + stOrd + `(?:\s*(?:,|en|of|tot en met)\s*` + stOrd + `)*\s+(?i:lid|leden|volzin)` +
		`|,?\s+(?:` + stAnd + `\s+)?` + stSubKW + `\s*` + stLabel + `(?:\s*` + stAnd + `\s*` + stLabel + `)*` +
		`|\s*ff?\.|\.[a-z]\b|\s+§\s*\d+[a-z]?)`
	stSubs  = `(?:` + stSub + `){0,8}`
	stRange = `(?:\s*(?:t/m|tot en met|-|–|to|through|bis|à|au)\s*(?P<to>` + stNum + `))?`
	stList  = `(?P<list>(?:\s*` + stListHead + stNum + stSubs + stListRange + `)*)`
	// stListHead joins an article to the one before it in a list.
	stListHead = `(?:,|und|and|en|et|or|oder|of|ou|sowie|i\.\s?V\.\s?m\.)\s*(?:(?i:art\.|artikel|article)\s*)?`
	// stJoin joins the article to the act; a full stop after the number
	// ("artikel 7.2.2. van de Wet") only before a joining word.
	stJoin      = `(?:\.?,?\s+(?i:van\s+(?:de|het)|van|of\s+the|of|der|des|du|de\s+la|de)\s+|,?\s+)`
	stListRange = `(?:\s*(?:t/m|tot en met|-|–|to|through|bis|à|au)\s*` + stNum + `)?`
	stEU        = `(?P<eukind>(?i:(?:implementing\s+|delegated\s+)?(?:regulation|directive|decision)|` +
		`(?:uitvoerings|gedelegeerde\s+)?(?:verordening|richtlijn|besluit)|(?:durchführungs|delegierte\s+)?(?:verordnung|richtlinie|beschluss)|` +
		`(?:règlement|directive|décision)(?:\s+d['’]exécution|\s+délégué)?))\s+` +
		`(?:\((?:EU|EG|EC|EEG|EEC|EWG|CE|CEE|UE)\)\s*)?(?:(?i:nr\.?|no\.?|n°|nº)\s*)?(?P<eua>\d{2,4})/(?P<eub>\d{1,4})(?:/(?:EU|EG|EC|EEG|EEC|EWG|CE|CEE|UE))?`
	stBook = `(?i:boek)\s+(?P<book>\d+[aA]?)\s+(?:(?i:van\s+het)\s+)?(?:(?i:burgerlijk\s+wetboek)|BW)`
	// stOther names an act legalkit does not know: the reference is kept as
	// text, neither linked nor reported.
	stOther = `(?:Wet|Wetboek|Besluit|Verdrag|Richtlijn|Verordening|richtlijn|verordening|Gesetzes|Gesetz|Verordnung|Richtlinie)\b|` +
		`(?:die|dat)\s+(?:wet|wetboek|richtlijn|verordening|besluit)\b|` +
		`[A-ZÄÖÜ][\p{L}-]*(?:wet|wetboek|besluit|richtlijn|verordening|verdrag|[Gg]esetz|[Gg]esetzes|[Gg]esetzbuch|[Gg]esetzbuchs|[Gg]esetzbuches|[Vv]erordnung|[Oo]rdnung|[Rr]ichtlinie|[Vv]ertrag|[Vv]ertrages)\b|` +
		`(?:[A-Z][\p{L}-]*\s+){0,6}(?:Act|Regulation|Directive|Convention|Treaty|Code)\b|` +
		`(?i:code|règlement|directive|loi|décret|traité|convention|charte)\b`
)

var (
	// reStatArticle and reStatListNum are the exact patterns: a citation
	// has at most eight members in a row ({0,8}). They are large (17,000
	// instructions), so they are compiled only when the small patterns of
	// statutes_match.go cannot tell (fastArticle, fastListNums).
	reStatArticle = lazyre.Func(func() string {
		return `^` + stCue + `\s*(?P<num>` + stNum + `)` + stSubs + stRange + stSubs + stList + stJoin + stAct()
	})
	reStatListNum = lazyre.New(stListHead + `(` + stNum + `)` + stSubs + `(?:\s*(?:t/m|tot en met|-|–|to|through|bis|à|au)\s*(` + stNum + `))?`)
	reStatChapter = lazyre.Func(func() string {
		return `(?i:\b(hoofdstuk|chapter|kapitel|chapitre))\s+([IVXLC]+|\d+)\s+(?:(?:van\s+(?:de|het)|of\s+the|der|des|du)\s+)?(` + statuteAbbrevs() + `)`
	})
	reStatAfter = lazyre.Func(func() string {
		return `(` + statuteAbbrevs() + `),?\s+(?i:(artikel|article|art\.))\s+(\d+(?::\d+)?)`
	})
	reEUAct      = lazyre.New(stEU)
	reEURegister = lazyre.New(`(?:\(EU\)|EU)\s+(?:nr\.\s+|No\s+)?(\d{4}/\d{1,4})`)
)

// stAct is the act an article belongs to: an abbreviation, a full name, a
// book of the Dutch civil code, an EU act, or another act.
func stAct() string {
	return `(?:(?P<abbr>` + statuteAbbrevs() + `)|(?P<name>` + statuteNames() + `)|` + stBook + `|` + stEU + `|(?P<other>` + stOther + `))`
}

// statuteAbbrevs is the alternation of the abbreviations of the acts
// legalkit knows, built on first use.
var statuteAbbrevs = sync.OnceValue(func() string {
	return alternation(func(yield func(string)) {
		for k := range lang.Statutes {
			yield(k)
		}
	}, false)
})

// statuteNames is the alternation of their full names, in any case.
var statuteNames = sync.OnceValue(func() string {
	return alternation(func(yield func(string)) {
		for k := range lang.StatuteNames {
			yield(k)
		}
	}, true)
})

// namesByLower finds the ID of a full name matched in any case.
var namesByLower = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for k, id := range lang.StatuteNames {
		m[strings.ToLower(k)] = id
	}
	return m
})

// alternation joins words into a regular expression that prefers the
// longest, in a fixed order; fold makes it ignore case and spacing.
func alternation(each func(func(string)), fold bool) string {
	var names []string
	each(func(s string) {
		q := regexp.QuoteMeta(s)
		if fold {
			q = strings.ReplaceAll(q, " ", `\s+`)
		}
		names = append(names, q)
	})
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	s := strings.Join(names, "|")
	if fold {
		return "(?i:" + s + ")"
	}
	return s
}

// statuteWindow bounds the text read for one citation from its cue word:
// a citation with its list of articles and the act's name is shorter.
const statuteWindow = 400

var chapterHints = []string{"oofdstuk", "OOFDSTUK", "hapter", "HAPTER", "apitel", "APITEL", "hapitre", "HAPITRE"}

// statutes finds references to laws in s. Spans without a reference name
// a law legalkit does not know: they keep their text as it is and no
// other kind of reference may be read in them. The article pattern is
// only tried where a cue word starts, so that a paragraph is read once.
func (r *resolver) statutes(s string) []span {
	cues := statuteCues(s)
	slash, chapter := digitSlashDigit(s), containsAny(s, chapterHints)
	if len(cues) == 0 && !slash && !chapter {
		return nil
	}
	var out []span
	next := 0
	for _, i := range cues {
		if i < next {
			continue
		}
		m, re := matchArticle(s[i:min(len(s), i+statuteWindow)])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		if boundaryAfter(s, m[1]) && !numberFollows(s, m[1]) {
			out = append(out, r.statuteArticle(s, m, re)...)
			next = m[1]
		}
	}
	if chapter {
		for _, m := range reStatChapter.FindAllStringSubmatchIndex(s, -1) {
			if boundaryAfter(s, m[1]) {
				id := lang.Statutes[s[m[6]:m[7]]].ID
				out = append(out, r.statuteSpan(m[0], m[1], lang.Provision{ID: id, Article: s[m[4]:m[5]], Chapter: true}))
			}
		}
	}
	if len(cues) > 0 {
		for _, m := range reStatAfter.FindAllStringSubmatchIndex(s, -1) {
			if boundaryAfter(s, m[1]) && boundaryBefore(s, m[0]) {
				id := lang.Statutes[s[m[2]:m[3]]].ID
				out = append(out, r.statuteSpan(m[0], m[1], lang.Provision{ID: id, Article: s[m[6]:m[7]]}))
			}
		}
	}
	if slash {
		out = append(out, r.euActs(s)...)
	}
	return dropOverlaps(out)
}

// digitSlashDigit reports whether s holds a digit, "/" and a digit, as
// every EU act cited by number does (2016/679): web addresses alone do not
// make the EU patterns run.
func digitSlashDigit(s string) bool {
	for i := strings.IndexByte(s, '/'); i >= 0; {
		if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '/')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// statuteCues returns where a cue of an article of a law may start: "§",
// and "art" (any case) at the start of a word.
func statuteCues(s string) []int {
	var out []int
	for i := 0; i+2 < len(s); i++ {
		switch {
		case s[i] == 0xC2 && s[i+1] == 0xA7: // §
			out = append(out, i)
		case s[i]|0x20 == 'a' && s[i+1]|0x20 == 'r' && s[i+2]|0x20 == 't' && boundaryBefore(s, i):
			out = append(out, i)
		}
	}
	return out
}

// euActs finds EU acts cited by number without an article.
func (r *resolver) euActs(s string) []span {
	var out []span
	for _, m := range reEUAct.FindAllStringSubmatchIndex(s, -1) {
		if boundaryBefore(s, m[0]) && boundaryAfter(s, m[1]) && !numberFollows(s, m[1]) {
			if a, ok := lang.ParseEUAct(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); ok {
				out = append(out, r.statuteSpan(m[0], m[1], lang.Provision{EU: a}))
			}
		}
	}
	for _, m := range reEURegister.FindAllStringSubmatchIndex(s, -1) {
		if boundaryBefore(s, m[0]) && boundaryAfter(s, m[1]) && !numberFollows(s, m[1]) {
			year, num, _ := strings.Cut(s[m[2]:m[3]], "/")
			if a, ok := lang.ParseEUAct("", year, num); ok {
				out = append(out, r.statuteSpan(m[0], m[1], lang.Provision{EU: a}))
			}
		}
	}
	return out
}

// numberFollows reports whether a number goes on after byte i ("2016/679"
// read as "2016/67"): then the match is no citation.
func numberFollows(s string, i int) bool {
	return i+1 < len(s) && (s[i] == '/' || s[i] == '.' || s[i] == ',') && isDigit(s[i+1])
}

// statuteArticle turns a match of re (reStatArticle or its small twin) into its reference spans:
// one per article of a list ("Art. 33 und 34 DSGVO"), or a span without a
// reference for an act legalkit does not know.
func (r *resolver) statuteArticle(s string, m []int, re *lazyre.Regexp) []span {
	group := func(name string) (string, int, int) {
		i := re.SubexpIndex(name)
		if m[2*i] < 0 {
			return "", -1, -1
		}
		return s[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
	}
	p := lang.Provision{}
	if a, _, _ := group("abbr"); a != "" {
		p.ID = lang.Statutes[a].ID
	} else if n, _, _ := group("name"); n != "" {
		p.ID = namesByLower()[strings.ToLower(strings.Join(strings.Fields(n), " "))]
	} else if b, _, _ := group("book"); b != "" {
		p.ID = "BW"
	} else if k, _, _ := group("eukind"); k != "" {
		ea, _, _ := group("eua")
		eb, _, _ := group("eub")
		act, ok := lang.ParseEUAct(k, ea, eb)
		if !ok {
			return []span{{start: m[0], end: m[1], link: m[0]}}
		}
		p.EU = act
	} else {
		return []span{{start: m[0], end: m[1], link: m[0]}} // another act: kept as text
	}
	book, _, _ := group("book")
	article := func(num string) string {
		num = strings.ReplaceAll(num, " ", "")
		if book != "" && !strings.Contains(num, ":") {
			return strings.ToUpper(book) + ":" + num
		}
		return num
	}
	num, _, _ := group("num")
	first := p
	first.Article = article(num)
	if to, _, _ := group("to"); to != "" {
		first.Article += "-" + article(to)
	}
	list, listStart, _ := group("list")
	if list == "" {
		return []span{r.statuteSpan(m[0], m[1], first)}
	}
	out := []span{r.statuteSpan(m[0], listStart, first)}
	items := listNums(list)
	for i, it := range items {
		end := m[1]
		if i+1 < len(items) {
			end = trimEnd(s, listStart+items[i+1][0])
		}
		next := p
		next.Article = article(list[it[2]:it[3]])
		if it[4] >= 0 {
			next.Article += "-" + article(list[it[4]:it[5]])
		}
		out = append(out, r.statuteSpan(listStart+it[2], end, next))
	}
	return out
}

// trimEnd moves the end of a span back over spaces and commas.
func trimEnd(s string, end int) int {
	for end > 0 && (s[end-1] == ' ' || s[end-1] == ',') {
		end--
	}
	return end
}

// statuteSpan is the reference span of a provision at s[a:b].
func (r *resolver) statuteSpan(a, b int, p lang.Provision) span {
	p.Language = r.doc.Meta.Language
	p.Date = pinDate(r.doc.Meta)
	target := p.ID
	if target == "" {
		target = p.EU.Target()
	}
	if p.Article != "" {
		target += " " + p.Article
	}
	ref := &model.Reference{Kind: model.RefStatute, Target: target, Resolved: true, URL: lang.StatuteURL(p)}
	return span{start: a, end: b, link: a, ref: ref}
}

// pinDate is the date a version's links to Dutch statutes show the law on:
// its effective date, else its publication date, else none (today's text).
func pinDate(m model.Meta) string {
	switch {
	case m.Effective.Known():
		return m.Effective.String()
	case m.Published.Known():
		return m.Published.String()
	}
	return ""
}
