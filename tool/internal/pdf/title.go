package pdf

import (
	"github.com/legalkit/legalkit/tool/internal/model"
)

// fact is a labelled value of the title block.
type fact struct {
	label, value string
	alert        bool // in the stamp colour: a draft's status
}

// titleBlock lays out the publisher, the title and a row of facts: version,
// publication and effective dates, status.
func (l *layout) titleBlock(doc *model.Document) {
	m := doc.Meta
	l.titleBlockWith(doc, m.Title, "", []fact{
		{l.lbl.version, m.Version, false},
		{l.lbl.published, date(m.Published, m.Language), false},
		{l.lbl.effective, date(m.Effective, m.Language), false},
		{l.lbl.status, l.lbl.statusOf(m.Status), m.Status == model.StatusDraft},
	})
}

// titleBlockWith lays out a title block that starts a new page: the
// publisher, the title, an optional subtitle and up to four facts.
func (l *layout) titleBlockWith(doc *model.Document, title, subtitle string, facts []fact) {
	m := doc.Meta
	tw := l.st.textWidth()
	muted := color(l.st.Colors.Muted)
	var lines []*line
	lines = append(lines, l.plainLines(m.Publisher, 0, tw, runStyle{font: font{regular, l.st.Sizes.Publisher}, color: muted}, true)...)
	tl := l.plainLines(title, 0, tw, runStyle{font: font{bold, l.st.Sizes.Title}, color: color(l.st.Colors.Heading)}, true)
	for _, ln := range tl {
		ln.height = l.st.Sizes.Title * 1.18 * ptMM
	}
	lines = append(lines, tl...)
	if subtitle != "" {
		lines = append(lines, l.plainLines(subtitle, 0, tw, runStyle{font: font{regular, l.st.Sizes.Article}, color: color(l.st.Colors.Heading)}, true)...)
	}
	lines = append(lines, &line{height: 3})

	labelFont := font{bold, l.st.Sizes.MetaLabel}
	valueFont := font{regular, l.st.Sizes.MetaValue}
	labelLine := &line{height: l.st.lineHeight(labelFont.size), size: labelFont.size}
	valueLine := &line{height: l.st.lineHeight(valueFont.size), size: valueFont.size}
	col := tw / 4
	for i, f := range facts {
		x := float64(i) * col
		labelLine.items = append(labelLine.items, item{x: x, w: l.m.width(labelFont, f.label), text: f.label,
			style: runStyle{font: labelFont, color: muted}})
		vc := color(l.st.Colors.Text)
		if f.alert {
			vc = color(l.st.Colors.Stamp)
		}
		valueLine.items = append(valueLine.items, item{x: x, w: l.m.width(valueFont, f.value), text: f.value,
			style: runStyle{font: valueFont, color: vc}})
	}
	lines = append(lines, labelLine, valueLine)
	var outline *mark
	if l.bundle {
		outline = &mark{title: m.Title, level: 0, open: true}
	}
	l.add(&block{lines: lines, title: true, newPage: true, dests: []string{docKey(m.ID)}, outline: outline})
	l.add(&block{rule: true, x: l.st.Page.Left, w: tw, before: 2.5})
	l.add(&block{lines: []*line{{height: 2}}})
}
