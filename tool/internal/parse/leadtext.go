package parse

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// leadText returns the text a heading or paragraph starts with: its first
// text inlines joined (an escape such as "4\." splits them), or the text
// inside a leading emphasis ("**4. Fees**").
func leadText(ins []model.Inline) string {
	if len(ins) == 0 {
		return ""
	}
	if e, ok := ins[0].(*model.Emphasis); ok {
		return leadText(e.Children)
	}
	var sb strings.Builder
	for _, in := range ins {
		t, ok := in.(*model.Text)
		if !ok {
			break
		}
		sb.WriteString(t.Value)
	}
	return sb.String()
}

// dropLead removes the first n bytes of leadText(ins), and an emphasis
// left empty by it.
func dropLead(ins []model.Inline, n int) []model.Inline {
	if n == 0 || len(ins) == 0 {
		return ins
	}
	if e, ok := ins[0].(*model.Emphasis); ok {
		kids := trimSpaceLead(dropLead(e.Children, n))
		if len(kids) == 0 {
			return ins[1:]
		}
		return append([]model.Inline{&model.Emphasis{Level: e.Level, Children: kids}}, ins[1:]...)
	}
	out := ins
	for n > 0 && len(out) > 0 {
		t, ok := out[0].(*model.Text)
		if !ok {
			break
		}
		if n >= len(t.Value) {
			n -= len(t.Value)
			out = out[1:]
			continue
		}
		rest := &model.Text{Pos: model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + runeCount(t.Value[:n])}, Value: t.Value[n:]}
		out = append([]model.Inline{rest}, out[1:]...)
		n = 0
	}
	return out
}

// trimSpaceLead drops spaces at the start of ins.
func trimSpaceLead(ins []model.Inline) []model.Inline {
	for len(ins) > 0 {
		t, ok := ins[0].(*model.Text)
		if !ok {
			if _, soft := ins[0].(*model.SoftBreak); soft {
				ins = ins[1:]
				continue
			}
			return ins
		}
		v := strings.TrimLeft(t.Value, " \t")
		if v == "" {
			ins = ins[1:]
			continue
		}
		if len(v) == len(t.Value) {
			return ins
		}
		skipped := t.Value[:len(t.Value)-len(v)]
		return append([]model.Inline{&model.Text{Pos: model.Pos{Line: t.Pos.Line, Col: t.Pos.Col + runeCount(skipped)}, Value: v}}, ins[1:]...)
	}
	return ins
}

// inlinePos is where the first text of ins stands.
func inlinePos(ins []model.Inline, fallback model.Pos) model.Pos {
	for _, in := range ins {
		switch in := in.(type) {
		case *model.Text:
			return in.Pos
		case *model.Emphasis:
			return inlinePos(in.Children, fallback)
		}
	}
	return fallback
}
