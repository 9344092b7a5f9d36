package parse

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Python-Markdown and kramdown documents give headings and paragraphs
// attributes in braces: "### Sync {: #sync }", or a line
// `{: datetime="2025-06-10" }` under a paragraph. They are markup, not
// text: they are taken out of what readers see, and an #id becomes an
// alias of the place it stands in (see authorids.go), without a finding.

// attrListAtEnd matches an attribute list at the end of a text: ids
// (#x), classes (.x) and key=value pairs, nothing else.
var attrListAtEnd = lazyre.New(`(?:^|[ \t]+)\{:[ \t]*((?:(?:#[^\s{}"'#.]+|\.[^\s{}"'#.]+|[A-Za-z_][\w:.-]*(?:=(?:"[^"]*"|'[^']*'|[^\s{}"']+))?)[ \t]*)*)\}[ \t]*$`)

var attrListID = lazyre.New(`(?:^|\s)#([^\s{}"'#.]+)`)

// attrLists takes an attribute list off the end of a heading's or a
// paragraph's inlines: at the end of its last line, or as a last line of
// its own. It reports whether ins held nothing else.
func (c *converter) attrLists(ins []model.Inline) ([]model.Inline, bool) {
	if len(ins) == 0 {
		return ins, false
	}
	t, ok := ins[len(ins)-1].(*model.Text)
	if !ok || !strings.HasSuffix(strings.TrimRight(t.Value, " \t"), "}") || !strings.Contains(t.Value, "{:") {
		return ins, false // every attribute list ends the text with "}"
	}
	loc := attrListAtEnd.FindStringSubmatchIndex(t.Value)
	if loc == nil {
		return ins, false
	}
	body := t.Value[loc[2]:loc[3]]
	for _, m := range attrListID.FindAllStringSubmatchIndex(body, -1) {
		col := t.Pos.Col + runeCount(t.Value[:loc[2]+m[2]]) - 1
		if authorID.MatchString(body[m[2]:m[3]]) {
			c.ids = append(c.ids, givenID{pos: model.Pos{Line: t.Pos.Line, Col: col}, id: body[m[2]:m[3]]})
		} else {
			c.rawHTML(t.Pos.Line, col, "id %q is not published: an id is letters, digits and . _ : - (not starting with _)", body[m[2]:m[3]])
		}
	}
	out := ins[:len(ins)-1]
	if loc[0] > 0 {
		return append(out, &model.Text{Pos: t.Pos, Value: t.Value[:loc[0]]}), false
	}
	for len(out) > 0 {
		if _, soft := out[len(out)-1].(*model.SoftBreak); !soft {
			break
		}
		out = out[:len(out)-1]
	}
	return out, len(out) == 0
}
