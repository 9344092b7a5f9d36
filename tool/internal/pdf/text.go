package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// deco is a line drawn with text.
type deco uint8

const (
	underline deco = 1 << iota
	strike
)

// runStyle is how a piece of text looks and where it links to.
type runStyle struct {
	font   font
	color  rgb
	target string // link target: an anchor key (see keys.go) or a URL
	link   int    // identifies one link occurrence in the document; 0 for none
	deco   deco
	mark   bool // changed text: the line gets a change bar
}

type tokKind uint8

const (
	box     tokKind = iota // text that never breaks
	glue                   // a space where a line may break
	newline                // a hard line break
)

// token is a unit of line breaking.
type token struct {
	kind  tokKind
	text  string
	style runStyle
	width float64
	keep  bool     // glue inside a short link: no break here
	dests []string // anchors that point at the line holding this token
}

// tokens accumulates the tokens of one paragraph.
type tokens struct {
	m    *measurer
	list []token
}

// text adds running text in style st, splitting it at spaces.
func (t *tokens) text(s string, st runStyle) {
	for s != "" {
		i := strings.IndexFunc(s, isBreakSpace)
		if i < 0 {
			t.word(s, st)
			return
		}
		if i > 0 {
			t.word(s[:i], st)
		}
		t.space(st)
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
}

// isBreakSpace reports white space where a line may break (not the no-break space).
func isBreakSpace(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' }

// word adds a word. Lines never break inside a word, not even after a
// hyphen: pdftotext and PDF viewers join a line-end hyphen with the next
// line ("Visma-" + "onderneming" becomes "Vismaonderneming").
func (t *tokens) word(s string, st runStyle) {
	t.list = append(t.list, token{kind: box, text: s, style: st, width: t.m.width(st.font, s)})
}

// space adds a break opportunity; runs of spaces count once.
func (t *tokens) space(st runStyle) {
	n := len(t.list)
	if n == 0 || t.list[n-1].kind != box {
		return
	}
	// "hardware- en software": a line ending in "hardware-" would be joined
	// with the next line by pdftotext and viewers, so keep it if we can
	keep := strings.HasSuffix(t.list[n-1].text, "-")
	t.list = append(t.list, token{kind: glue, text: " ", style: st, width: t.m.width(st.font, " "), keep: keep})
}

func (t *tokens) lineBreak() {
	t.trimGlue()
	t.list = append(t.list, token{kind: newline})
}

func (t *tokens) trimGlue() {
	for n := len(t.list); n > 0 && t.list[n-1].kind == glue; n = len(t.list) {
		t.list = t.list[:n-1]
	}
}

// dest attaches an anchor to the next token added.
func (t *tokens) dest(key string) {
	t.list = append(t.list, token{kind: box, dests: []string{key}})
}

// keepTogether marks the glue of tokens from index i on as unbreakable when
// they fit comfortably on one line.
func (t *tokens) keepTogether(i int, width float64) {
	var w float64
	for _, tk := range t.list[i:] {
		w += tk.width
	}
	if w > width*0.6 {
		return
	}
	for j := i; j < len(t.list); j++ {
		if t.list[j].kind == glue {
			t.list[j].keep = true
		}
	}
}

// item is a piece of text placed on a line; x is relative to the line start.
type item struct {
	x, w  float64
	text  string  // with a trailing space when a space follows, so that copied text has it
	gap   float64 // width of that trailing space, stretch included
	style runStyle
}

// line is one line of text.
type line struct {
	x      float64 // left edge, relative to the left margin
	height float64
	size   float64 // font size of the paragraph, for the baseline
	items  []item
	dests  []string
	marked bool // holds changed text
}

// baseline returns the baseline's distance from the line top.
func (l *line) baseline() float64 {
	s := l.size * ptMM
	return (l.height-s)/2 + 0.8*s
}

// breakLines breaks tokens into lines of at most width, justified unless
// ragged. Every line gets height h. Hard line breaks end a line; between
// them the breaks are chosen for the whole paragraph at once (as TeX does),
// so that no line has to take gaps that its neighbours could have shared.
func breakLines(toks []token, width, h, size float64, ragged bool) []*line {
	var out []*line
	start := 0
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && toks[i].kind != newline {
			continue
		}
		seg := splitWideBoxes(toks[start:i], width)
		breaks := bestBreaks(seg, width)
		from := 0
		for k, b := range breaks {
			last := k == len(breaks)-1
			ts := seg[from:b]
			out = append(out, setLine(trimSpaces(ts), width, h, size, !ragged && !last))
			from = b + 1
		}
		start = i + 1
	}
	if len(out) == 0 {
		out = append(out, setLine(nil, width, h, size, false))
	}
	return out
}

// natural is the width of tokens without stretching.
func natural(ts []token) float64 {
	var w float64
	for _, t := range ts {
		w += t.width
	}
	return w
}

// trimSpaces drops glue at both ends of a line.
func trimSpaces(ts []token) []token {
	for len(ts) > 0 && ts[0].kind == glue && len(ts[0].dests) == 0 {
		ts = ts[1:]
	}
	for len(ts) > 0 && ts[len(ts)-1].kind == glue {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// bestBreaks returns the indices of the glue tokens after which lines end,
// ending with len(ts). It minimises the sum of the squared badness of the
// lines; breaking inside a short link costs extra, overfull lines most.
func bestBreaks(ts []token, width float64) []int {
	n := len(ts)
	if n == 0 {
		return []int{0}
	}
	// candidate break points: every glue, and the end
	var cand []int
	for i, t := range ts {
		if t.kind == glue {
			cand = append(cand, i)
		}
	}
	cand = append(cand, n)
	prefixW := make([]float64, n+1)
	prefixG := make([]int, n+1)
	for i, t := range ts {
		prefixW[i+1] = prefixW[i] + t.width
		prefixG[i+1] = prefixG[i]
		if t.kind == glue && t.text == " " {
			prefixG[i+1]++
		}
	}
	space := ts[0].style.font.size * ptMM * 0.25 // the width of a space, about a quarter em
	const inf = math.MaxFloat64
	// best[k] is the least cost of a paragraph whose last line ends at cand[k];
	// a line starts after cand[a] (or at 0), so position -1 is the start.
	best := make([]float64, len(cand))
	prev := make([]int, len(cand))
	for k, b := range cand {
		best[k], prev[k] = inf, -1
		for a := k - 1; a >= -1; a-- {
			from := 0
			if a >= 0 {
				from = cand[a] + 1
			}
			base := 0.0
			if a >= 0 {
				base = best[a]
				if base == inf {
					continue
				}
			}
			w := prefixW[b] - prefixW[from]
			if b > from && ts[b-1].kind == glue {
				w -= ts[b-1].width
			}
			gaps := prefixG[b] - prefixG[from]
			c := lineCost(w, width, gaps, space, b == n)
			if w > width && a < k-1 {
				break // longer lines only get wider
			}
			if b < n && ts[b].keep {
				c += 1e8 // worse than any loose line, better than an overfull one
			}
			if base+c < best[k] {
				best[k], prev[k] = base+c, a
			}
		}
	}
	var breaks []int // last line first; reversed below (prepending is quadratic)
	for k := len(cand) - 1; k >= 0; k = prev[k] {
		breaks = append(breaks, cand[k])
		if prev[k] < 0 {
			break
		}
	}
	slices.Reverse(breaks)
	return breaks
}

// lineCost is the demerits of a line of natural width w in a column of
// width: TeX's (1 + badness)², badness growing with the cube of the
// stretch of its gaps. A line that cannot be justified (one word, or gaps
// beyond maxStretch spaces; setLine leaves it ragged) costs more the emptier
// it is, so that a short word alone on a line is the last resort. The last
// line of a paragraph may be short.
func lineCost(w, width float64, gaps int, space float64, last bool) float64 {
	if w > width {
		return 1e10 + (w-width)*1e6
	}
	if last {
		return 1
	}
	if gaps > 0 {
		if r := (width - w) / float64(gaps) / space; r <= maxStretch {
			b := 100 * r * r * r
			return min((1+b)*(1+b), 1e7)
		}
	}
	u := (width - w) / width
	return 1e7 * (1 + 10*u*u)
}

// maxStretch is how many space widths a justified gap may grow by. With 4,
// pdftotext already reads some gaps of the annex as column breaks.
const maxStretch = 3

// splitWideBoxes cuts words wider than a line into pieces that fit.
func splitWideBoxes(ts []token, width float64) []token {
	wide := false
	for _, t := range ts {
		wide = wide || t.kind == box && t.width > width && t.text != ""
	}
	if !wide {
		return ts
	}
	var out []token
	for _, t := range ts {
		if t.kind == box && t.width > width && t.text != "" {
			out = append(out, splitWide(t, width)...)
			continue
		}
		out = append(out, t)
	}
	return out
}

// splitWide cuts a word wider than a line into pieces that fit.
func splitWide(tk token, width float64) []token {
	var out []token
	runes := []rune(tk.text)
	per := tk.width / float64(len(runes))
	n := max(1, int(width/per)-1)
	for len(runes) > 0 {
		k := min(n, len(runes))
		p := tk
		p.text = string(runes[:k])
		p.width = per * float64(k)
		if len(out) > 0 {
			p.dests = nil
			out = append(out, token{kind: glue, style: tk.style})
		}
		out = append(out, p)
		runes = runes[k:]
	}
	return out
}

// setLine positions tokens on a line, stretching the spaces when justify.
// A line whose spaces would have to stretch to more than four times their
// width stays ragged: pdftotext and readers alike take wider gaps for columns.
func setLine(ts []token, width, h, size float64, justify bool) *line {
	l := &line{height: h, size: size}
	var spaces int
	for _, t := range ts {
		if t.kind == glue && t.text == " " {
			spaces++
		}
	}
	extra := 0.0
	if justify && spaces > 0 {
		extra = max(0, (width-natural(ts))/float64(spaces))
		if space := size * ptMM * 0.25; extra > maxStretch*space {
			extra = 0
		}
	}
	x := 0.0
	for i, t := range ts {
		l.dests = append(l.dests, t.dests...)
		switch {
		case t.kind == glue:
			x += t.width
			if t.text == " " {
				x += extra
			}
		case t.text != "":
			it := item{x: x, w: t.width, text: t.text, style: t.style}
			if i+1 < len(ts) && ts[i+1].kind == glue && ts[i+1].text == " " && ts[i+1].style.font == t.style.font {
				it.text += " "
				it.gap = ts[i+1].width + extra
			}
			l.items = append(l.items, it)
			l.marked = l.marked || t.style.mark
			x += t.width
		}
	}
	return l
}
