package resolve

import "github.com/legalkit/legalkit/tool/internal/lazyre"

// The exact statute patterns allow at most eight members in a row
// (stSubs is stSub{0,8}), and the regexp package writes such a bound out
// as eight copies: three of them make reStatArticle 17,000 instructions,
// whose compilation alone took 4 ms of every run that reads a citation.
// The twins below allow any number of members (stSub*), which is a tenth
// of the size. A twin finds what the exact pattern finds whenever its
// match has at most eight members in each run: the exact pattern tries
// the same ways of reading the text in the same order, only fewer of them,
// so the first way that works is the same. When a run might have more,
// the exact pattern decides (compiled then, once).

const stSubsAny = `(?:` + stSub + `)*`

var (
	// fastArticle is reStatArticle with stSubsAny, and with the runs of
	// members captured (subs1, subs2) to be counted.
	fastArticle = lazyre.Func(func() string {
		return `^` + stCue + `\s*(?P<num>` + stNum + `)(?P<subs1>` + stSubsAny + `)` + stRange + `(?P<subs2>` + stSubsAny + `)` +
			`(?P<list>(?:\s*` + stListHead + stNum + stSubsAny + stListRange + `)*)` + stJoin + stAct()
	})
	// fastListNum is reStatListNum with stSubsAny: groups 1 (the number)
	// and 3 (the end of a range) are those of reStatListNum, 2 the members.
	fastListNum = lazyre.New(stListHead + `(` + stNum + `)(` + stSubsAny + `)(?:\s*(?:t/m|tot en met|-|–|to|through|bis|à|au)\s*(` + stNum + `))?`)
)

// maxSubs is how many members in a row the exact patterns allow.
const maxSubs = 8

// matchArticle matches a citation at the start of w as reStatArticle
// does, and returns the pattern whose group names index the match.
func matchArticle(w string) ([]int, *lazyre.Regexp) {
	m := fastArticle.FindStringSubmatchIndex(w)
	if m == nil {
		return nil, nil // the twin reads more ways than the exact pattern: neither matches
	}
	if fewMembers(w, m, fastArticle.SubexpIndex("subs1")) && fewMembers(w, m, fastArticle.SubexpIndex("subs2")) &&
		fewMembers(w, m, fastArticle.SubexpIndex("list")) {
		return m, fastArticle
	}
	return reStatArticle.FindStringSubmatchIndex(w), reStatArticle
}

// listNums returns the articles of a list as reStatListNum's
// FindAllStringSubmatchIndex does: groups 1 (the number) and 2 (the end of
// a range).
func listNums(list string) [][]int {
	items := fastListNum.FindAllStringSubmatchIndex(list, -1)
	for _, it := range items {
		if !fewMembers(list, it, 2) {
			return reStatListNum.FindAllStringSubmatchIndex(list, -1)
		}
	}
	for k, it := range items {
		items[k] = append(it[:4], it[6:8]...)
	}
	return items
}

// fewMembers reports whether group g of match m cannot hold more than
// maxSubs members. Every member holds a space, a "(" or a "." (each way of
// writing one in stSub does), so a text with no more than maxSubs of them
// holds no more members. A list is counted whole: then each of its runs
// holds no more either.
func fewMembers(s string, m []int, g int) bool {
	if m[2*g] < 0 {
		return true
	}
	n := 0
	for i := m[2*g]; i < m[2*g+1]; i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r', '(', '.':
			n++
		}
	}
	return n <= maxSubs
}
