package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// inlines adds inline content to t in the base style st.
func (l *layout) inlines(t *tokens, ins []model.Inline, st runStyle) {
	for _, in := range ins {
		l.inline(t, in, st)
	}
}

func (l *layout) inline(t *tokens, in model.Inline, st runStyle) {
	switch n := in.(type) {
	case *model.Text:
		t.text(n.Value, st)
	case *model.SoftBreak:
		t.space(st)
	case *model.LineBreak:
		t.lineBreak()
	case *model.Emphasis:
		// A mark of inline HTML (sup, u, del, ...) is laid out as its text.
		s := st
		s.font.face = st.font.face.with(n.Level >= 2, n.Level == 1 || n.Level >= 3)
		l.inlines(t, n.Children, s)
	case *model.CodeSpan:
		t.text(n.Value, st)
	case *model.RawHTML:
		t.text(n.Value, st)
	case *model.Link:
		u := safeURL(n.URL)
		if u == "" || st.target != "" {
			l.inlines(t, n.Children, st)
			return
		}
		l.urls++
		l.linked(t, u, l.color(l.st.Colors.Link), st, func(s runStyle) { l.inlines(t, n.Children, s) })
	case *model.TermUse:
		target := l.targets.term(n.Def)
		if target == "" || st.target != "" {
			t.text(n.Text, st)
			return
		}
		l.uses++
		l.linked(t, target, l.color(l.st.Colors.Term), st, func(s runStyle) { t.text(n.Text, s) })
	case *model.TermDef:
		if n.Def != nil {
			t.dest(defKey(n.Def.Document, n.Def.Anchor))
		}
		s := st
		s.font.face = st.font.face.with(true, false)
		l.inlines(t, n.Children, s)
	case *model.Ref:
		target := l.targets.ref(n.Ref, l.doc.Meta.ID)
		if target == "" || st.target != "" {
			t.text(n.Text, st)
			return
		}
		l.refs++
		l.linked(t, target, l.color(l.st.Colors.Link), st, func(s runStyle) { t.text(n.Text, s) })
	}
}

// linked adds the text that emit produces as one link to target.
func (l *layout) linked(t *tokens, target string, c rgb, st runStyle, emit func(runStyle)) {
	l.linkSeq++
	s := st
	s.target, s.link = target, l.linkSeq
	if !st.mark {
		s.color = c
	}
	start := len(t.list)
	emit(s)
	t.keepTogether(start, l.width)
}

// plain returns inlines as one string, the way the outline shows them.
func plain(ins []model.Inline) string {
	return strings.Join(strings.Fields(model.PlainText(ins)), " ")
}
