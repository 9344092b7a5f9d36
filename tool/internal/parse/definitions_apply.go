package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// markHits defines the terms of hits and replaces them in ins by TermDefs.
// A hit must lie inside one Text, or be the text of one bold.
func (d *definer) markHits(ins []model.Inline, f flatText, hits []defHit, spec defSpec) []model.Inline {
	bySeg := map[int][]defHit{}
	for _, h := range hits {
		if sg, ok := f.seg(h.start, h.end); ok {
			bySeg[sg.idx] = append(bySeg[sg.idx], h)
		}
	}
	var out []model.Inline
	for i, in := range ins {
		hs := bySeg[i]
		if len(hs) == 0 {
			if e, ok := in.(*model.Emphasis); ok && spec.kind == model.DefInline {
				e.Children = d.inlines(e.Children, spec.clause)
			}
			out = append(out, in)
			continue
		}
		sg, _ := f.seg(hs[0].start, hs[0].end)
		if sg.bold {
			out = append(out, d.markBold(in.(*model.Emphasis), f, sg, hs[0], spec))
			continue
		}
		if e, ok := in.(*model.Emphasis); ok { // a mark of inline HTML keeps its tag
			e.Children = d.markText(sg, f, hs, spec)
			out = append(out, e)
			continue
		}
		out = append(out, d.markText(sg, f, hs, spec)...)
	}
	return out
}

func (d *definer) markBold(e *model.Emphasis, f flatText, sg flatSeg, h defHit, spec defSpec) model.Inline {
	term := strings.TrimRight(f.s[h.start:h.end], ": ")
	pos := offsetPos(sg.text, h.start-sg.start)
	if def := d.record(term, nil, spec.with(h), f.sentence(h.start, h.end), pos); def != nil {
		return &model.TermDef{Def: def, Children: e.Children}
	}
	return e
}

func (d *definer) markText(sg flatSeg, f flatText, hs []defHit, spec defSpec) []model.Inline {
	var out []model.Inline
	rest, base := sg.text, sg.start
	for _, h := range hs {
		before, term, after := split3(rest, h.start-base, h.end-base)
		if before != nil {
			out = append(out, before)
		}
		if def := d.record(term.Value, nil, spec.with(h), f.sentence(h.start, h.end), term.Pos); def != nil {
			out = append(out, &model.TermDef{Def: def, Children: []model.Inline{term}})
		} else {
			out = append(out, term)
		}
		if after == nil {
			return out
		}
		rest, base = after, h.end
	}
	return append(out, rest)
}

// offsetPos is the position of byte i of a Text.
func offsetPos(t *model.Text, i int) model.Pos {
	return model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + utf8.RuneCountInString(t.Value[:i])}
}

// defSpec says how a definition is made: its kind, where, how certainly,
// and the part of the text it applies to.
type defSpec struct {
	kind      model.DefKind
	statutory bool
	clause    string
	certain   bool
	scope     string // "" for the whole document, else the anchor of the clause it applies to
}

func (s defSpec) with(h defHit) defSpec {
	s.certain = s.certain || h.certain
	return s
}
