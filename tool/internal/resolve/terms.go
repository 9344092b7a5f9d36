package resolve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// matcher finds uses of defined terms: case-sensitive, longest form first,
// only at Unicode word boundaries.
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
		if cands := m.byFirst[r]; cands != nil && wordStart(s, i) {
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
		if end <= to && strings.HasPrefix(s[i:], f.text) && wordEnd(s, end) {
			return f, true
		}
	}
	return form{}, false
}

// wordStart reports whether a word starts at byte i: the rune before is no
// letter or digit, and no hyphen or apostrophe glued to one ("Visma-groep"
// holds no use of "groep").
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if isWordRune(r) {
		return false
	}
	if isJoiner(r) {
		p, _ := utf8.DecodeLastRuneInString(s[:i-n])
		return !isWordRune(p)
	}
	return true
}

// wordEnd reports whether a word ends at byte i: the rune after is no letter
// or digit, and no hyphen glued to one ("Visma-groep" holds no use of "Visma").
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if isWordRune(r) {
		return false
	}
	if r == '-' || r == '‐' {
		nx, _ := utf8.DecodeRuneInString(s[i+n:])
		return !isWordRune(nx)
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isJoiner(r rune) bool { return r == '-' || r == '‐' || r == '\'' || r == '’' }
