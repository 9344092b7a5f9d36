package parse

import (
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// A placer puts the labelled items of one clause (or of one list entry)
// into levels. Legal text nests enumerations without Markdown nesting:
// lettered items under the second lid of an article, "1°." under "a.",
// "(i)" under "(b)". The style of a label decides its level: a label that
// continues an open level ("b" after "a") is a sibling there; a label that
// starts a count ("a", "i", "1") opens a level under the item before it,
// unless a level of its style is open, where it restarts the count; any
// other label joins the nearest open level of its style.

// level is one open level of items.
type level struct {
	form   string
	kind   labelKind
	last   *model.Item
	parent *model.Item            // nil for the top level of the scope
	run    map[string]*model.Item // labels of the current run: one list, or consecutive labelled paragraphs
	all    map[string]*model.Item // labels of every run under the same parent
	warned bool                   // the current run's restart is reported
}

// placer holds the open levels of one scope.
type placer struct {
	b     *builder
	scope string // anchor of the clause or item the levels belong to
	owner *model.Item
	stack []*level
}

// accepts reports whether a label written at the start of a line inside a
// paragraph starts an item here: it continues an open level, or starts a
// count in a form that is not also a name's initial ("A." is not).
func (p *placer) accepts(l label) bool {
	d, k, restart := p.find(l)
	if d < len(p.stack) && !restart && p.stack[d].kind == k && follows(k, p.stack[d].last.Label, l.text) {
		return true
	}
	upperDot := l.form == formDot && (k == kindUpper || k == kindUpperRoman)
	return isFirst(k, l.text) && !upperDot
}

// find chooses the level of a label: its depth on the stack (len(stack)
// for a new level), its kind, and whether it restarts a level.
func (p *placer) find(l label) (depth int, k labelKind, restart bool) {
	ks := kindsOf(l.text)
	for d := len(p.stack) - 1; d >= 0; d-- {
		lv := p.stack[d]
		for _, k := range ks {
			if lv.form == l.form && lv.kind == k && follows(k, lv.last.Label, l.text) {
				return d, k, false
			}
		}
	}
	for _, k := range ks {
		if !isFirst(k, l.text) {
			continue
		}
		for d := len(p.stack) - 1; d >= 0; d-- {
			if lv := p.stack[d]; lv.form == l.form && lv.kind == k {
				return d, k, true
			}
		}
		return len(p.stack), k, false
	}
	for d := len(p.stack) - 1; d >= 0; d-- {
		lv := p.stack[d]
		for _, k := range ks {
			if lv.form == l.form && lv.kind == k {
				return d, k, false
			}
		}
	}
	return len(p.stack), ks[0], false
}

// place puts a new labelled item at its level and anchors it.
func (p *placer) place(it *model.Item, l label) {
	d, k, restart := p.find(l)
	p.put(it, l, d, k, restart)
}

// put adds item it at depth d, opening a level there when d is new.
func (p *placer) put(it *model.Item, l label, d int, k labelKind, restart bool) {
	p.stack = p.stack[:min(d+1, len(p.stack))]
	if d == len(p.stack) {
		parent := p.owner
		if d > 0 {
			parent = p.stack[d-1].last
		}
		p.stack = append(p.stack, &level{form: l.form, kind: k, parent: parent,
			run: map[string]*model.Item{}, all: map[string]*model.Item{}})
	}
	lv := p.stack[d]
	if restart {
		lv.run, lv.warned = map[string]*model.Item{}, false
	}
	p.b.checkLabel(it, lv, k, restart)
	it.Parent = lv.parent
	parentAnchor := p.scope
	if lv.parent != nil {
		parentAnchor = lv.parent.Anchor
	}
	it.Anchor = model.ItemAnchor(parentAnchor, it.Label, 0)
	lv.last = it
	lv.run[it.Label] = it
	if _, seen := lv.all[it.Label]; !seen {
		lv.all[it.Label] = it
	}
}

// checkLabel reports a label that repeats, goes down or skips within its
// level. A repeat within one run (one list, or labelled paragraphs one
// after the other) leaves no doubt and is an error; a run that starts its
// count again under the same parent is a warning.
func (b *builder) checkLabel(it *model.Item, lv *level, k labelKind, restart bool) {
	where := b.itemPlace(lv)
	if first, dup := lv.run[it.Label]; dup {
		b.conv.ds.Add(b.conv.path, it.Pos.Line, it.Pos.Col, diag.Error, "clause-duplicate",
			"item %s of %s appears twice; first at line %d", it.Marker, where, first.Pos.Line)
		return
	}
	if first, dup := lv.all[it.Label]; dup {
		if lv.warned {
			return
		}
		lv.warned = true
		b.conv.ds.Add(b.conv.path, it.Pos.Line, it.Pos.Col, diag.Warning, "item-restart",
			"item %s of %s appears again (first at line %d): a new list starts its count again, so a reference to it can only name the first; its items get anchors of their own",
			it.Marker, where, first.Pos.Line)
		return
	}
	if restart || lv.last == nil || k != lv.kind {
		return
	}
	prev, _ := ordinal(k, lv.last.Label)
	n, _ := ordinal(k, it.Label)
	switch {
	case n < prev:
		b.conv.ds.Add(b.conv.path, it.Pos.Line, it.Pos.Col, diag.Error, "clause-order",
			"item %s of %s comes after %s: numbers must go up", it.Marker, where, lv.last.Marker)
	case n > prev+1:
		b.conv.ds.Add(b.conv.path, it.Pos.Line, it.Pos.Col, diag.Warning, "clause-gap",
			"item %s of %s follows %s: a number is skipped", it.Marker, where, lv.last.Marker)
	}
}

// itemPlace names where a level's items stand: "clause 3.2" or "item 3.2.a".
func (b *builder) itemPlace(lv *level) string {
	if lv.parent != nil {
		return "item " + lv.parent.Anchor
	}
	if b.current != nil && b.current.Number != "" {
		return "clause " + b.current.Number
	}
	if b.current != nil && b.current.Title != "" {
		return "section " + quoteTitle(b.current.Title)
	}
	return "the document"
}

func quoteTitle(s string) string { return "\"" + s + "\"" }
