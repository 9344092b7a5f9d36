package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// painter draws the display list with fpdf.
type painter struct {
	st    *style
	fonts *fontSet
	f     *fpdf.Fpdf
	docs  []*model.Document
	links map[string]int  // anchor key -> fpdf link
	set   map[string]bool // anchor keys whose position is known
	marks []*mark         // outline entries in the order written
	fill  *rgb            // the fill colour set for text, nil when unknown
}

// textColor sets the colour of text. fpdf wraps every text in a
// save/restore with its own colour unless the fill colour equals the text
// colour, so both are set, and only when they change.
func (p *painter) textColor(c rgb) {
	if p.fill != nil && *p.fill == c {
		return
	}
	p.f.SetFillColor(c.r, c.g, c.b)
	p.f.SetTextColor(c.r, c.g, c.b)
	p.fill = &c
}

// paint draws the pages and returns the PDF as fpdf writes it, with the
// outline entries in the order fpdf wrote them.
func (r *Renderer) paint(pages []*page, docs []*model.Document, meta metadata) ([]byte, []*mark, error) {
	p := &painter{st: r.st, fonts: r.fonts, f: newFpdf(r.st), docs: docs, links: map[string]int{}, set: map[string]bool{}}
	f := p.f
	r.fonts.register(f, usedFaces(pages, docs))
	meta.apply(f)
	totals := map[int]int{}
	for _, pg := range pages {
		totals[pg.doc]++
	}
	number := map[int]int{}
	for _, pg := range pages {
		f.AddPage()
		number[pg.doc]++
		for _, o := range pg.ops {
			p.op(o)
		}
		p.furniture(pg, number[pg.doc], totals[pg.doc])
		if docs[pg.doc].Meta.Status == model.StatusDraft {
			p.stamp(labelsFor(docs[pg.doc].Meta.Language).stamp)
		}
		p.fill = nil // furniture and stamp set colours of their own
	}
	for key := range p.links {
		if !p.set[key] {
			return nil, nil, fmt.Errorf("pdf: internal error: link to %s has no target", key)
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), p.marks, nil
}

// usedFaces lists the faces the pages use, so that no unused font is embedded.
func usedFaces(pages []*page, docs []*model.Document) [faces]bool {
	var use [faces]bool
	use[regular] = true // running header and footer
	for _, d := range docs {
		if d.Meta.Status == model.StatusDraft {
			use[bold] = true // the stamp
		}
	}
	for _, pg := range pages {
		for _, o := range pg.ops {
			if o.kind == opText {
				use[o.font.face] = true
			}
		}
	}
	return use
}

func (p *painter) op(o op) {
	f := p.f
	switch o.kind {
	case opText:
		f.SetFont(p.fonts.family, o.font.face.fpdfStyle(), o.font.size)
		p.textColor(o.color)
		if o.w > 0 && strings.Contains(o.text, " ") {
			// fpdf's justified cell writes the spaces as spaces and moves the
			// words apart with TJ offsets: text stays copyable word by word
			f.SetXY(o.x, o.y-0.3*o.font.size/f.GetConversionRatio())
			f.CellFormat(o.w, 0, o.text, "", 0, "J", false, 0, "")
			return
		}
		f.Text(o.x, o.y, o.text)
	case opLine:
		f.SetDrawColor(o.color.r, o.color.g, o.color.b)
		f.SetLineWidth(o.width)
		f.Line(o.x, o.y, o.x+o.w, o.y+o.h)
	case opRect:
		p.fill = nil
		f.SetFillColor(o.color.r, o.color.g, o.color.b)
		f.Rect(o.x, o.y, o.w, o.h, "F")
	case opLink:
		if isURL(o.target) {
			f.LinkString(o.x, o.y, o.w, o.h, o.target)
			return
		}
		f.Link(o.x, o.y, o.w, o.h, p.link(o.target))
	case opDest:
		if !p.set[o.target] {
			p.set[o.target] = true
			f.SetLink(p.link(o.target), destY(o.y), f.PageNo())
		}
	case opMark:
		f.Bookmark(o.mark.title, o.mark.level, destY(o.y))
		p.marks = append(p.marks, o.mark)
	}
}

// destY is where a link or outline entry lands: a little above its target,
// so that the target is not glued to the window's top edge.
func destY(y float64) float64 { return math.Max(0, y-2) }

func (p *painter) link(key string) int {
	id, ok := p.links[key]
	if !ok {
		id = p.f.AddLink()
		p.links[key] = id
	}
	return id
}

// headerGap is the space in millimetres between the two parts of the
// running header.
const headerGap = 4

// furniture draws the running header (not on a document's first page) and
// the footer with the page number.
func (p *painter) furniture(pg *page, n, total int) {
	f, st := p.f, p.st
	m := p.docs[pg.doc].Meta
	lbl := labelsFor(m.Language)
	muted := color(st.Colors.Muted)
	f.SetTextColor(muted.r, muted.g, muted.b)
	f.SetFont(p.fonts.family, "", st.Sizes.Header)
	left, right := st.Page.Left, st.Page.Width-st.Page.Right
	if n > 1 {
		v := lbl.runningVersion(m)
		f.Text(left, st.Page.Header, fitWidth(f, m.Publisher+" · "+m.Title, right-left-f.GetStringWidth(v)-headerGap))
		f.Text(right-f.GetStringWidth(v), st.Page.Header, v)
		rc := color(st.Colors.Rule)
		f.SetDrawColor(rc.r, rc.g, rc.b)
		f.SetLineWidth(0.2)
		f.Line(left, st.Page.Header+2, right, st.Page.Header+2)
	}
	s := lbl.pageOf(n, total)
	f.Text((left+right-f.GetStringWidth(s))/2, st.Page.Footer, s)
}

// stamp writes text diagonally across the page, translucent, in the
// embedded bold face.
func (p *painter) stamp(text string) {
	f, st := p.f, p.st
	c := color(st.Colors.Stamp)
	f.SetAlpha(st.StampOpacity, "Normal")
	f.SetFont(p.fonts.family, "B", st.Sizes.Stamp)
	f.SetTextColor(c.r, c.g, c.b)
	cx, cy := st.Page.Width/2, st.Page.Height/2
	angle := math.Atan2(st.Page.Height, st.Page.Width) * 180 / math.Pi
	f.TransformBegin()
	f.TransformRotate(angle, cx, cy)
	w := f.GetStringWidth(text)
	f.Text(cx-w/2, cy+st.Sizes.Stamp*ptMM*0.35, text)
	f.TransformEnd()
	f.SetAlpha(1, "Normal")
}

// metadata is the document information of a PDF.
type metadata struct {
	title, author, subject, keywords, lang string
	date                                   model.Date // creation date; unknown leaves it out
}

func (m metadata) apply(f *fpdf.Fpdf) {
	f.SetTitle(m.title, true)
	f.SetAuthor(m.author, true)
	f.SetSubject(m.subject, true)
	f.SetKeywords(m.keywords, true)
	f.SetCreator("legalkit", false)
	f.SetProducer("legalkit", false)
	f.SetLang(m.lang)
	t := m.date.Time()
	if !m.date.Known() {
		t = placeholderDate // removed again by fixup
	}
	f.SetCreationDate(t)
	f.SetModificationDate(t)
}

// metadataOf describes one document, or a bundle of a main document and its annexes.
func metadataOf(docs []*model.Document) metadata {
	main := docs[0].Meta
	lbl := labelsFor(main.Language)
	var titles []string
	var date model.Date
	for _, d := range docs {
		titles = append(titles, d.Meta.Title)
		if d.Meta.Published.Known() && (!date.Known() || date.Before(d.Meta.Published)) {
			date = d.Meta.Published
		}
	}
	subject := fmt.Sprintf("%s, %s %s (%s)", strings.Join(titles, " + "), lbl.versionInText,
		main.Version, lbl.statusOf(main.Status))
	kw := []string{main.Publisher, main.ID, main.Version, lbl.statusOf(main.Status)}
	for _, d := range docs[1:] {
		kw = append(kw, d.Meta.ID)
	}
	kw = append(kw, main.Aliases...)
	return metadata{title: strings.Join(titles, " + "), author: main.Publisher, subject: subject,
		keywords: strings.Join(kw, ", "), lang: main.Language, date: date}
}
