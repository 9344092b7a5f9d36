package importer

import (
	"sort"
	"strings"
	"unicode"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// detectLanguage tells the language of a text by its common words. It
// returns "" when the text is too short or no language clearly leads.
func detectLanguage(text []byte) string {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(string(text)), func(r rune) bool { return !unicode.IsLetter(r) })
	index := map[string][]string{}
	for code, ws := range lang.CommonWords {
		for _, w := range ws {
			index[w] = append(index[w], code)
		}
	}
	for _, w := range words {
		for _, code := range index[w] {
			counts[code]++
		}
	}
	codes := make([]string, 0, len(counts))
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if counts[codes[i]] != counts[codes[j]] {
			return counts[codes[i]] > counts[codes[j]]
		}
		return codes[i] < codes[j]
	})
	if len(codes) == 0 || counts[codes[0]] < 10 {
		return ""
	}
	if len(codes) > 1 && counts[codes[0]] < 2*counts[codes[1]] {
		return ""
	}
	return codes[0]
}
