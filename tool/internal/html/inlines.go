package html

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// inlines writes inlines as model.WalkInlines visits them: a tag opens on
// entering emphasis, a link or an inline definition and closes on leaving.
func (r *renderer) inlines(ins []model.Inline) {
	model.WalkInlines(ins, r.inline)
}

func (r *renderer) inline(in model.Node, entering bool) model.WalkStatus {
	switch n := in.(type) {
	case *model.Emphasis:
		open, close := "<em>", "</em>"
		switch {
		case n.Mark != "":
			open, close = markTags(n.Mark)
		case n.Level == 2:
			open, close = "<strong>", "</strong>"
		case n.Level > 2:
			open, close = "<strong><em>", "</em></strong>"
		}
		r.w(pick(entering, open, close))
	case *model.Link:
		// An unsafe or unresolved link is written as its text.
		if href := r.href(n); href != "" {
			if entering {
				r.w(`<a href="`)
				r.esc(href)
				r.w(`">`)
			} else {
				r.w("</a>")
			}
		}
	case *model.TermDef:
		if entering {
			r.w("<dfn")
			r.id(n.Def.Anchor)
			r.w(">")
		} else {
			r.w("</dfn>")
		}
	default:
		if entering {
			r.leaf(in)
		}
	}
	return model.WalkContinue
}

func pick(entering bool, open, close string) string {
	if entering {
		return open
	}
	return close
}

// leaf writes an inline without children.
func (r *renderer) leaf(in model.Node) {
	switch n := in.(type) {
	case *model.Text:
		r.esc(n.Value)
	case *model.SoftBreak:
		r.w("\n")
	case *model.LineBreak:
		r.w("<br>")
	case *model.CodeSpan:
		r.w("<code>")
		r.esc(n.Value)
		r.w("</code>")
	case *model.RawHTML:
		// Never HTML: readers see what the source says.
		r.esc(n.Value)
	case *model.TermUse:
		r.termUse(n)
	case *model.Ref:
		r.ref(n)
	}
}

// termUse links a use of a defined term to its definition. The definition
// shows on hover and keyboard focus through CSS (attr(data-def)); screen
// readers get it as the link's description from the index of terms.
func (r *renderer) termUse(t *model.TermUse) {
	href := ""
	if t.Def != nil {
		href = r.links.Definition(t.Def)
	}
	if href == "" {
		r.esc(t.Text)
		return
	}
	r.stats.TermLinks++
	r.w(`<a class="term" href="`)
	r.esc(href)
	r.w(`" data-def="`)
	tip, ok := r.tips[t.Def]
	if !ok {
		tip = Escape(Tooltip(t.Def))
		r.tips[t.Def] = tip
	}
	r.w(tip)
	r.w(`"`)
	if r.indexed[t.Def] {
		r.w(` aria-describedby="`)
		r.esc(r.descID(t.Def))
		r.w(`"`)
	}
	r.w(">")
	r.esc(t.Text)
	r.w("</a>")
}

// tooltipRunes bounds the definition text shown on hover; the link leads
// to the whole definition.
const tooltipRunes = 320

// Tooltip returns the text shown when a reader points at a use of def:
// "Term: definition", shortened at a word boundary when it is long.
func Tooltip(def *model.Definition) string {
	text := strings.TrimSpace(def.Text)
	if text == "" {
		return def.Term
	}
	if utf8.RuneCountInString(text) > tooltipRunes {
		cut, n := 0, 0
		for i, ch := range text {
			if n == tooltipRunes {
				break
			}
			if ch == ' ' {
				cut = i
			}
			n++
		}
		if cut == 0 {
			cut = len(text)
		}
		text = strings.TrimRight(text[:cut], " ,;:") + " …"
	}
	return def.Term + ": " + text
}

func (r *renderer) ref(n *model.Ref) {
	ref := n.Ref
	href := ""
	if ref != nil && ref.Resolved {
		href = r.links.Reference(ref)
	}
	if href == "" && ref != nil && ref.Kind == model.RefStatute && ref.Resolved {
		r.esc(n.Text) // a known law without a stable official address: its text
		return
	}
	if href == "" {
		r.stats.Unlinked++
		r.w(`<span class="ref unlinked" title="`)
		r.esc(r.words.Unlinked)
		r.w(`">`)
		r.esc(n.Text)
		r.w("</span>")
		return
	}
	kind := string(ref.Kind)
	switch ref.Kind {
	case model.RefClause, model.RefItem:
		r.stats.ClauseLinks++
	case model.RefDocument:
		r.stats.DocLinks++
	case model.RefStatute:
		r.stats.LawLinks++
	}
	r.w(`<a class="ref ref-` + kind + `" href="`)
	r.esc(href)
	r.w(`">`)
	r.esc(n.Text)
	r.w("</a>")
}

// markTags returns the tags of a mark the parser kept of inline HTML;
// an unknown mark is written as its text only.
func markTags(mark string) (string, string) {
	switch mark {
	case "strong", "em", "sup", "sub", "u", "ins", "s", "del", "mark", "small", "code":
		return "<" + mark + ">", "</" + mark + ">"
	}
	return "", ""
}
