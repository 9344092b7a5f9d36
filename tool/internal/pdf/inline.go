package pdf

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// inlines adds inline content to t in the base style st, as
// model.WalkInlines visits it: emphasis, a link and an inline definition
// set the style of what they hold.
func (l *layout) inlines(t *tokens, ins []model.Inline, st runStyle) {
	w := &inlineWalk{l: l, t: t, frames: []frame{{st: st, start: -1}}}
	model.WalkInlines(ins, w.visit)
}

// inlineWalk lays out inlines; frames holds the style of each open inline.
type inlineWalk struct {
	l      *layout
	t      *tokens
	frames []frame
}

// frame is the style inside an open inline; start is the first token of a
// link, which is kept together, or -1.
type frame struct {
	st    runStyle
	start int
}

func (w *inlineWalk) visit(in model.Node, entering bool) model.WalkStatus {
	switch in.(type) {
	case *model.Emphasis, *model.Link, *model.TermDef:
		if entering {
			w.frames = append(w.frames, w.open(in, w.frames[len(w.frames)-1].st))
		} else {
			f := w.frames[len(w.frames)-1]
			w.frames = w.frames[:len(w.frames)-1]
			if f.start >= 0 {
				w.t.keepTogether(f.start, w.l.width)
			}
		}
	default:
		if entering {
			w.l.leaf(w.t, in, w.frames[len(w.frames)-1].st)
		}
	}
	return model.WalkContinue
}

// open returns the frame of an inline that holds others, in style st.
func (w *inlineWalk) open(in model.Node, st runStyle) frame {
	l := w.l
	switch n := in.(type) {
	case *model.Emphasis:
		st.font.face = st.font.face.with(n.Level >= 2, n.Level == 1 || n.Level >= 3)
	case *model.Link:
		u := l.authorLink(n)
		if u == "" || st.target != "" {
			return frame{st: st, start: -1}
		}
		if isURL(u) {
			l.urls++
		}
		return frame{st: l.linkStyle(u, l.color(l.st.Colors.Link), st), start: len(w.t.list)}
	case *model.TermDef:
		if n.Def != nil {
			w.t.dest(defKey(n.Def.Document, n.Def.Anchor))
		}
		st.font.face = st.font.face.with(true, false)
	}
	return frame{st: st, start: -1}
}

// leaf adds an inline without children.
func (l *layout) leaf(t *tokens, in model.Node, st runStyle) {
	switch n := in.(type) {
	case *model.Text:
		t.text(n.Value, st)
	case *model.SoftBreak:
		t.space(st)
	case *model.LineBreak:
		t.lineBreak()
	case *model.CodeSpan:
		t.text(n.Value, st)
	case *model.RawHTML:
		t.text(n.Value, st)
	case *model.TermUse:
		target := l.targets.term(n.Def)
		if target == "" || st.target != "" {
			t.text(n.Text, st)
			return
		}
		l.uses++
		l.linked(t, target, l.color(l.st.Colors.Term), st, func(s runStyle) { t.text(n.Text, s) })
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
	start := len(t.list)
	emit(l.linkStyle(target, c, st))
	t.keepTogether(start, l.width)
}

// linkStyle is st for the text of a new link to target in colour c.
func (l *layout) linkStyle(target string, c rgb, st runStyle) runStyle {
	l.linkSeq++
	s := st
	s.target, s.link = target, l.linkSeq
	if !st.mark {
		s.color = c
	}
	return s
}

// plain returns inlines as one string, the way the outline shows them.
func plain(ins []model.Inline) string {
	return strings.Join(strings.Fields(model.PlainText(ins)), " ")
}
