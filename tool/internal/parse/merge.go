package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// textMerger collects inlines, joining each text to the text before it when
// the two are contiguous in the source: goldmark splits text wherever an
// inline parser might start, and matching terms and references needs whole
// sentences. It keeps the end column of the pending text and builds its
// value once, so a line that goldmark splits into many pieces (thousands
// of "*" or "_") costs time linear in its length.
type textMerger struct {
	out     []model.Inline
	pending []*model.Text // contiguous texts on one line, not yet joined
	end     int           // column just after the last pending text
}

func (m *textMerger) add(in model.Inline) {
	t, ok := in.(*model.Text)
	if ok && len(m.pending) > 0 && m.pending[0].Pos.Line == t.Pos.Line && m.end == t.Pos.Col {
		m.pending = append(m.pending, t)
		m.end += utf8.RuneCountInString(t.Value)
		return
	}
	m.flush()
	if !ok {
		m.out = append(m.out, in)
		return
	}
	m.pending = append(m.pending, t)
	m.end = t.Pos.Col + utf8.RuneCountInString(t.Value)
}

// flush appends the pending texts as one.
func (m *textMerger) flush() {
	switch len(m.pending) {
	case 0:
		return
	case 1:
		m.out = append(m.out, m.pending[0])
	default:
		var b strings.Builder
		for _, t := range m.pending {
			b.WriteString(t.Value)
		}
		m.out = append(m.out, &model.Text{Pos: m.pending[0].Pos, Value: b.String()})
	}
	m.pending = m.pending[:0]
}

// inlines returns the collected inlines.
func (m *textMerger) inlines() []model.Inline {
	m.flush()
	return m.out
}
