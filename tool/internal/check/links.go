package check

import (
	"slices"
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// links checks every link an author wrote to a place on the same page
// (#4.2, #2-billing-cycle) or to another document's source (dpa.md#3):
//
//   - link-fragment: the fragment names no anchor or alias of the page it
//     leads to. An error when the link is certainly broken by this version:
//     the same fragment led somewhere in the version this one replaces (a
//     renumbered or renamed clause, the case legal teams miss). Otherwise a
//     warning: the fragment may have been written for another tool's ids,
//     or for an element legalkit does not read as one.
//   - link-document: a relative link to a Markdown file that is none of the
//     sources (a warning: the file may exist where the document came from,
//     but the site cannot link it and shows the text).
func links(docs []*model.Document) diag.List {
	lc := &linkChecker{ids: map[*model.Document]map[string]string{}, versions: map[string][]*model.Document{}}
	sorted := append([]*model.Document(nil), docs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	for _, d := range sorted {
		lc.versions[d.Meta.ID] = append(lc.versions[d.Meta.ID], d)
	}
	for _, vs := range lc.versions {
		history.Sort(vs)
	}
	for _, d := range sorted {
		model.EachLink(d, func(l *model.Link) { lc.link(d, l) })
	}
	return lc.ds
}

type linkChecker struct {
	ids      map[*model.Document]map[string]string // each version's ids, with what they lead to
	versions map[string][]*model.Document          // each document's versions, oldest first
	ds       diag.List
}

func (lc *linkChecker) add(d *model.Document, p model.Pos, sev diag.Severity, code, format string, args ...any) {
	if p.Line == 0 {
		p = model.Pos{Line: 1, Col: 1}
	}
	lc.ds.Add(d.Path, p.Line, p.Col, sev, code, format, args...)
}

func (lc *linkChecker) link(d *model.Document, l *model.Link) {
	if t := l.Target; t != nil {
		lc.documentLink(d, l, t)
		return
	}
	if model.KindOfLink(l.URL) == model.LinkFragment {
		lc.fragment(d, l, model.Unescape(l.URL[1:]))
	}
}

// documentLink checks a link to another document's source and the
// fragment it names there.
func (lc *linkChecker) documentLink(d *model.Document, l *model.Link, t *model.LinkTarget) {
	switch {
	case t.Document == "":
		lc.add(d, l.Pos, diag.Warning, "link-document",
			"link to %q names no document among the sources: the site shows its text without a link; check the file name, or add that document to the sources", t.Path)
	case t.Fragment == "":
	case t.Document == d.Meta.ID && t.Version == "":
		lc.fragment(d, l, t.Fragment)
	default:
		for _, v := range lc.versions[t.Document] {
			if t.Version != "" && v.Meta.Version != t.Version {
				continue
			}
			if _, ok := lc.pageIDs(v)[t.Fragment]; ok {
				return
			}
		}
		lc.add(d, l.Pos, diag.Warning, "link-fragment",
			"link to %q: no version of %s has an anchor or heading %q; the link leads to the top of its page", l.URL, t.Document, t.Fragment)
	}
}

// fragment checks a fragment that leads to a place on d's page.
func (lc *linkChecker) fragment(d *model.Document, l *model.Link, frag string) {
	if frag == "" || strings.EqualFold(frag, "top") || model.ReservedID(frag) {
		return // the top of the page, or a part of the page itself
	}
	if _, ok := lc.pageIDs(d)[frag]; ok {
		return
	}
	if prev := history.Predecessor(lc.versions[d.Meta.ID], d); prev != nil {
		if was, ok := lc.pageIDs(prev)[frag]; ok {
			now := "link the anchor it has now"
			if c := sameTitle(d, prev, frag); c != nil {
				now = "clause " + c.Anchor + " has its title now: link #" + c.Anchor
			}
			lc.add(d, l.Pos, diag.Error, "link-fragment",
				"link to #%s leads nowhere: in version %s it led to %s, but nothing in this version has that anchor (renumbered, renamed or removed?); %s",
				frag, prev.Meta.Version, was, now)
			return
		}
	}
	hint := ""
	if near := lc.caseTwin(d, frag); near != "" {
		hint = "; anchors are case-sensitive: did you mean #" + near + "?"
	}
	lc.add(d, l.Pos, diag.Warning, "link-fragment",
		"link to #%s matches no clause, item, definition or heading of this version%s", frag, hint)
}

// caseTwin returns an id of d's page that equals frag but for capitals.
func (lc *linkChecker) caseTwin(d *model.Document, frag string) string {
	var found []string
	for id := range lc.pageIDs(d) {
		if strings.EqualFold(id, frag) {
			found = append(found, id)
		}
	}
	sort.Strings(found)
	if len(found) > 0 {
		return found[0]
	}
	return ""
}

// pageIDs returns the ids of d's page, anchors and aliases, each with what
// it leads to in words: `clause 4.2 "Fees"`.
func (lc *linkChecker) pageIDs(d *model.Document) map[string]string {
	if ids, ok := lc.ids[d]; ok {
		return ids
	}
	ids := map[string]string{}
	put := func(id, what string) {
		if _, ok := ids[id]; !ok && id != "" {
			ids[id] = what
		}
	}
	model.EachTarget(d, func(t model.Target) {
		var what, anchor string
		switch {
		case t.Item != nil:
			what, anchor = "item "+t.Item.Anchor, t.Item.Anchor
		case t.Heading != nil:
			what = `heading "` + model.PlainText(t.Heading.Inlines) + `"`
		default:
			what, anchor = clauseWords(t.Clause), t.Clause.Anchor
		}
		put(anchor, what)
		for _, a := range t.Aliases() {
			put(a, what)
		}
	})
	for _, def := range d.Definitions {
		put(def.Anchor, `the definition of "`+def.Term+`"`)
	}
	lc.ids[d] = ids
	return ids
}

// clauseWords names a clause for an editor: `clause 4.2 "Fees"`.
func clauseWords(c *model.Clause) string {
	s := "clause " + c.Anchor
	if c.Number == "" {
		s = "section"
	}
	if c.Title != "" {
		s += ` "` + c.Title + `"`
	}
	return s
}

// sameTitle returns the one clause of d with the title of the clause id
// led to in prev, or nil: where a renumbered clause is now.
func sameTitle(d, prev *model.Document, id string) *model.Clause {
	var was *model.Clause
	prev.Walk(func(c *model.Clause) {
		if was == nil && (c.Anchor == id || slices.Contains(c.Aliases, id)) {
			was = c
		}
	})
	if was == nil || was.Title == "" {
		return nil
	}
	var found []*model.Clause
	d.Walk(func(c *model.Clause) {
		if c.Title == was.Title {
			found = append(found, c)
		}
	})
	if len(found) != 1 {
		return nil
	}
	return found[0]
}
