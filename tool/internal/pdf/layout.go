package pdf

import (
	"github.com/legalkit/legalkit/tool/internal/model"
)

// layout turns documents into the blocks of the flow.
type layout struct {
	st      *style
	m       *measurer
	targets targets
	blocks  []*block

	doc    *model.Document
	docIdx int
	lbl    labels
	numW   float64 // width of the clause number column
	width  float64 // width of the paragraph being built
	bundle bool

	linkSeq    int
	uses, refs int // term uses and references made into links
	urls       int // web links made

	docs      []*model.Document            // the documents of the PDF
	linksBase string                       // see Renderer.SetLinksBase
	frags     map[string]map[string]string // per document: the key of each anchor and alias (authorLink)
}

// hang is a label hanging left of a paragraph's first line: a clause number
// or an item label. x is relative to the left margin.
type hang struct {
	text string
	x    float64
	font font
	col  rgb
}

// next carries what the next block of a clause takes: the labels of its
// first line, anchors and the space above it.
type next struct {
	hangs  []hang
	dests  []string
	before float64
	items  bool // the block before was a sub-item
}

func (n *next) take() next {
	t := *n
	*n = next{}
	return t
}

func (l *layout) color(s string) rgb { return color(s) }

func (l *layout) body() runStyle {
	return runStyle{font: font{regular, l.st.Sizes.Body}, color: color(l.st.Colors.Text)}
}

func (l *layout) add(b *block) *block {
	b.doc = l.docIdx
	l.blocks = append(l.blocks, b)
	return b
}

// para breaks inlines into lines for a column at x (from the left margin)
// of width w and hangs the labels on the first line.
func (l *layout) para(ins []model.Inline, x, w float64, st runStyle, ragged bool, hangs []hang) []*line {
	t := &tokens{m: l.m}
	l.width = w
	l.inlines(t, ins, st)
	return l.lines(t, x, w, st.font.size, ragged, hangs)
}

// lines breaks tokens into lines at x and hangs the labels on the first.
func (l *layout) lines(t *tokens, x, w, size float64, ragged bool, hangs []hang) []*line {
	return l.linesLed(t, x, w, size, l.st.lineHeight(size), ragged, hangs)
}

// linesLed is lines with line height h.
func (l *layout) linesLed(t *tokens, x, w, size, h float64, ragged bool, hangs []hang) []*line {
	t.trimGlue()
	ls := breakLines(t.list, w, h, size, ragged)
	for _, ln := range ls {
		ln.x = x
	}
	first := ls[0]
	for _, h := range hangs {
		hw := l.m.width(h.font, h.text)
		first.items = append([]item{{x: h.x - x, w: hw, text: h.text, style: runStyle{font: h.font, color: h.col}}}, first.items...)
		if hs := l.st.lineHeight(h.font.size); hs > first.height {
			first.height = hs
		}
	}
	return ls
}

// plainLines breaks plain text.
func (l *layout) plainLines(s string, x, w float64, st runStyle, ragged bool) []*line {
	t := &tokens{m: l.m}
	t.text(s, st)
	return l.lines(t, x, w, st.font.size, ragged, nil)
}

// numberColumn returns the width of the column that holds clause numbers:
// the widest number plus the gutter.
func (l *layout) numberColumn(doc *model.Document) float64 {
	w := 0.0
	doc.Walk(func(c *model.Clause) {
		if c.Prefix != "" || c.Number == "" {
			return
		}
		fn := l.numberFont(c)
		w = max(w, l.m.width(fn, c.Number))
	})
	return min(max(w+l.st.Space.Gutter, 9), l.st.textWidth()/4)
}

// numberFont is the font of a clause's number: its heading's font, or bold
// body text for a clause without a title.
func (l *layout) numberFont(c *model.Clause) font {
	if len(c.Heading) > 0 {
		return l.headingFont(c.Depth())
	}
	return font{bold, l.st.Sizes.Body}
}

func (l *layout) headingFont(depth int) font {
	switch depth {
	case 1:
		return font{bold, l.st.Sizes.Section}
	case 2:
		return font{bold, l.st.Sizes.Article}
	}
	return font{bold, l.st.Sizes.Group}
}

func (l *layout) headingSpace(depth int) float64 {
	switch depth {
	case 1:
		return l.st.Space.Section
	case 2:
		return l.st.Space.Article
	}
	return l.st.Space.Clause + 1
}
