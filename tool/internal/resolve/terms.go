package resolve

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/words"
)

// matcher finds uses of defined terms: case-sensitive, longest form first,
// only where package words lets a word start and end.
type matcher struct {
	byFirst map[rune][]form
	ascii   [128]bool // first bytes of forms that start with an ASCII letter
	other   bool      // some form starts with a non-ASCII rune
}

type form struct {
	text string
	def  *model.Definition
}

func newMatcher(d *model.Document) *matcher {
	m := &matcher{byFirst: map[rune][]form{}}
	owner := map[string]*model.Definition{}
	// The document's own definitions win over inherited ones.
	for _, defs := range [][]*model.Definition{d.Inherited, d.Definitions} {
		for _, def := range defs {
			for _, f := range def.Forms {
				owner[f] = def
			}
		}
	}
	for f, def := range owner {
		r, _ := utf8.DecodeRuneInString(f)
		m.byFirst[r] = append(m.byFirst[r], form{f, def})
	}
	for r := range m.byFirst {
		if r < 128 {
			m.ascii[r] = true
		} else {
			m.other = true
		}
		fs := m.byFirst[r]
		sort.Slice(fs, func(i, j int) bool {
			if len(fs[i].text) != len(fs[j].text) {
				return len(fs[i].text) > len(fs[j].text)
			}
			return fs[i].text < fs[j].text
		})
	}
	return m
}

// find returns the term uses in s[from:to], skipping the definition self.
func (m *matcher) find(s string, from, to int, self *model.Definition) []span {
	var out []span
	for i := from; i < to; {
		if c := s[i]; c < utf8.RuneSelf {
			if !m.ascii[c] {
				i++
				continue
			}
		} else if !m.other {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if cands := m.byFirst[r]; cands != nil && words.StartsAt(s, i) {
			if f, ok := longest(s, i, to, cands); ok {
				if f.def != self {
					out = append(out, span{start: i, end: i + len(f.text), def: f.def})
				}
				i += len(f.text)
				continue
			}
		}
		i += n
	}
	return out
}

func longest(s string, i, to int, cands []form) (form, bool) {
	for _, f := range cands {
		end := i + len(f.text)
		if end <= to && strings.HasPrefix(s[i:], f.text) && words.EndsAt(s, end) {
			return f, true
		}
	}
	return form{}, false
}

// isWordRune reports whether r is part of a word (package words); the
// reference finder asks it too.
func isWordRune(r rune) bool { return words.IsLetter(r) }
