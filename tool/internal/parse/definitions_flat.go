package parse

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Markers in the flat text of a paragraph: bold starts and ends, and an
// inline that is no plain text (a link, code, HTML, an earlier term).
const (
	boldOpen  = '\x01'
	boldClose = '\x02'
	opaque    = '\x03'
)

// flatText is the running text of a list of inlines as one string, so that
// the patterns of definitions can be matched across bold and plain text:
// `**"Affiliate"** means` reads "\x01\"Affiliate\"\x02 means".
type flatText struct {
	s    string
	segs []flatSeg
}

// flatSeg is the part of the flat text an inline wrote: its plain text.
type flatSeg struct {
	start, end int // of the inline's text in s
	idx        int // index in the inline list
	bold       bool
	text       *model.Text // the Text (a bold's only Text child)
}

func flatten(ins []model.Inline) flatText {
	var b strings.Builder
	var f flatText
	for i, in := range ins {
		switch n := in.(type) {
		case *model.Text:
			start := b.Len()
			b.WriteString(n.Value)
			f.segs = append(f.segs, flatSeg{start: start, end: b.Len(), idx: i, text: n})
		case *model.SoftBreak, *model.LineBreak:
			b.WriteByte(' ')
		case *model.RawHTML:
			// Tags such as <span id="4.1"> and <u> carry no words.
		case *model.Emphasis:
			t, ok := onlyText(n)
			if ok && n.Mark != "" {
				// A mark of inline HTML (<u>, <span>, <b>) is typography:
				// its words count as plain text, never as a bold term.
				start := b.Len()
				b.WriteString(t.Value)
				f.segs = append(f.segs, flatSeg{start: start, end: b.Len(), idx: i, text: t})
				continue
			}
			if !ok || n.Level != 2 {
				b.WriteByte(opaque)
				continue
			}
			b.WriteByte(boldOpen)
			start := b.Len()
			b.WriteString(t.Value)
			f.segs = append(f.segs, flatSeg{start: start, end: b.Len(), idx: i, bold: true, text: t})
			b.WriteByte(boldClose)
		default:
			b.WriteByte(opaque)
		}
	}
	f.s = b.String()
	return f
}

// onlyText returns the one Text an emphasis holds.
func onlyText(e *model.Emphasis) (*model.Text, bool) {
	if len(e.Children) != 1 {
		return nil, false
	}
	t, ok := e.Children[0].(*model.Text)
	return t, ok
}

// seg returns the segment that holds s[start:end] whole.
func (f flatText) seg(start, end int) (flatSeg, bool) {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].end >= end })
	if i < len(f.segs) && start >= f.segs[i].start && end <= f.segs[i].end {
		return f.segs[i], true
	}
	return flatSeg{}, false
}

// sentence returns the plain sentence around s[start:end], looking at
// most a few hundred bytes either way: the text of an inline definition.
func (f flatText) sentence(start, end int) string {
	from, to := start-sentenceReach, end+sentenceReach
	if from < 0 {
		from = 0
	}
	if to > len(f.s) {
		to = len(f.s)
	}
	for from > 0 && !utf8.RuneStart(f.s[from]) {
		from--
	}
	for to < len(f.s) && !utf8.RuneStart(f.s[to]) {
		to++
	}
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == boldOpen || r == boldClose || r == opaque {
				return -1
			}
			return r
		}, s)
	}
	return sentenceWith(clean(f.s[from:to]), clean(f.s[start:end]))
}

// sentenceReach is how far sentence looks for the ends of a sentence: a
// legal sentence is rarely longer, and a bound keeps the cost linear.
const sentenceReach = 2000

// plainHas reports whether the plain text of ins (model.PlainText) holds
// the ASCII byte c, without writing that text.
func plainHas(ins []model.Inline, c byte) bool {
	return !model.PlainPieces(ins, func(p string) bool { return strings.IndexByte(p, c) < 0 })
}
