package pdf

// page is the display list of one page.
type page struct {
	doc   int  // index of the document the page belongs to
	first bool // first page of its document: the title block, no running header
	ops   []op
}

type opKind uint8

const (
	opText opKind = iota // text at a baseline; with w, its spaces stretched to fill w
	opLine               // a line from (x, y) to (x+w, y+h)
	opRect               // a filled rectangle
	opLink               // a clickable area
	opDest               // a link target at height y
	opMark               // an outline entry at height y
)

// op is one drawing operation; lengths in millimetres from the top left.
type op struct {
	kind       opKind
	x, y, w, h float64
	text       string
	font       font
	color      rgb
	target     string // opLink: where it goes; opDest: the anchor key
	mark       *mark
	width      float64 // opLine: line width
}

// pager places blocks on pages.
type pager struct {
	st    *style
	pages []*page
	cur   *page
	y     float64
	empty bool // nothing placed on the current page yet
}

func (p *pager) top() float64    { return p.st.Page.Top }
func (p *pager) bottom() float64 { return p.st.Page.Height - p.st.Page.Bottom }
func (p *pager) room() float64   { return p.bottom() - p.y }

func (p *pager) newPage(doc int, first bool) {
	p.cur = &page{doc: doc, first: first}
	p.pages = append(p.pages, p.cur)
	p.y = p.top()
	p.empty = true
}

func (p *pager) add(o op) { p.cur.ops = append(p.cur.ops, o) }

// place lays out the flow.
func (p *pager) place(blocks []*block) {
	for i, b := range blocks {
		if p.cur == nil || b.newPage {
			p.newPage(b.doc, b.newPage || p.cur == nil)
		} else if b.breakPage && !p.empty {
			p.newPage(b.doc, false)
		}
		before := b.before
		if p.empty {
			before = 0
		}
		if need := before + p.need(blocks, i); need > p.room() && !p.empty {
			p.newPage(b.doc, false)
			before = 0
		}
		p.y += before
		for _, d := range b.dests {
			p.add(op{kind: opDest, y: p.y, target: d})
		}
		if b.outline != nil {
			p.add(op{kind: opMark, y: p.y, mark: b.outline})
		}
		switch {
		case b.table != nil:
			b.table.place(p)
		case b.rule:
			p.add(op{kind: opLine, x: b.x, y: p.y + 0.3, w: b.w, width: 0.3, color: color(p.st.Colors.Rule)})
			p.y += b.height()
			p.empty = false
		default:
			p.lines(b)
		}
	}
}

// need returns the height that must fit on the page before block i starts:
// a heading together with what follows it, else the block's first lines.
func (p *pager) need(blocks []*block, i int) float64 {
	b := blocks[i]
	if !b.keepNext {
		return b.head()
	}
	h := b.height()
	for j := i; blocks[j].keepNext && j+1 < len(blocks); j++ {
		n := blocks[j+1]
		if n.newPage {
			break
		}
		if n.keepNext {
			h += n.before + n.height()
		} else {
			h += n.before + n.head()
		}
	}
	return h
}

// lines places the lines of b, avoiding a single line of a paragraph at the
// foot of a page (orphan) or at the head of the next (widow).
func (p *pager) lines(b *block) {
	ls := b.lines
	for i := 0; i < len(ls); {
		rest := len(ls) - i
		k := p.fit(ls[i:])
		if b.title || b.keepNext {
			if k < rest && !p.empty {
				p.newPage(b.doc, false)
				continue
			}
			k = rest
		}
		if k >= rest {
			p.put(ls[i:])
			return
		}
		if k == 0 || i == 0 && k < 2 {
			if !p.empty {
				p.newPage(b.doc, false)
				continue
			}
			k = max(k, 1)
		}
		if rest-k == 1 && k > 2 {
			k--
		}
		p.put(ls[i : i+k])
		p.newPage(b.doc, false)
		i += k
	}
}

// fit returns how many of ls fit in the room left.
func (p *pager) fit(ls []*line) int {
	room := p.room() + 0.01
	for i, l := range ls {
		if room < l.height {
			return i
		}
		room -= l.height
	}
	return len(ls)
}

// put draws lines at the current position.
func (p *pager) put(ls []*line) {
	for _, l := range ls {
		p.putLine(l, p.st.Page.Left, p.y)
		p.y += l.height
	}
	p.empty = false
}

// putLine draws one line with its top at y; left is the page x that the
// line's x is relative to.
func (p *pager) putLine(l *line, left, y float64) {
	for _, d := range l.dests {
		p.add(op{kind: opDest, y: y, target: d})
	}
	base := y + l.baseline()
	x0 := left + l.x
	if l.marked {
		p.add(op{kind: opRect, x: p.st.Page.Left - 5, y: y, w: 0.9, h: l.height, color: color(p.st.Colors.ChangeBar)})
	}
	// words of one style are drawn together, their spaces stretched to the
	// positions the line breaker chose
	for i := 0; i < len(l.items); {
		it := l.items[i]
		text, j := it.text, i
		for j+1 < len(l.items) && l.items[j].gap > 0 && l.items[j+1].style.font == it.style.font && l.items[j+1].style.color == it.style.color {
			j++
			text += l.items[j].text
		}
		o := op{kind: opText, x: x0 + it.x, y: base, text: text, font: it.style.font, color: it.style.color}
		if j > i {
			o.w = l.items[j].x + l.items[j].w + l.items[j].gap - it.x
		}
		p.add(o)
		i = j + 1
	}
	// underlines and strike-throughs run on across the spaces of a change
	for i := 0; i < len(l.items); i++ {
		it := l.items[i]
		if it.style.deco == 0 {
			continue
		}
		j := i
		for j+1 < len(l.items) && l.items[j+1].style.deco == it.style.deco && l.items[j+1].style.color == it.style.color {
			j++
		}
		size := it.style.font.size * ptMM
		w := l.items[j].x + l.items[j].w - it.x
		if it.style.deco&underline != 0 {
			p.add(op{kind: opLine, x: x0 + it.x, y: base + 0.16*size, w: w, width: 0.045 * size, color: it.style.color})
		}
		if it.style.deco&strike != 0 {
			p.add(op{kind: opLine, x: x0 + it.x, y: base - 0.27*size, w: w, width: 0.05 * size, color: it.style.color})
		}
		i = j
	}
	// one clickable area per link on the line, across its words
	for i := 0; i < len(l.items); i++ {
		it := l.items[i]
		if it.style.link == 0 {
			continue
		}
		j := i
		for j+1 < len(l.items) && l.items[j+1].style.link == it.style.link {
			j++
		}
		size := it.style.font.size * ptMM
		end := l.items[j].x + l.items[j].w
		p.add(op{kind: opLink, x: x0 + it.x, y: base - 0.82*size, w: end - it.x, h: 1.04 * size, target: it.style.target})
		i = j
	}
}
