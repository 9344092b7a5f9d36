package changes

import (
	"html/template"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/html"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/redline"
	"github.com/legalkit/legalkit/tool/internal/site"
)

// VersionRef is a version as the change pages show it; Href is relative to
// the page.
type VersionRef struct {
	Label, Href          string
	Status               site.Status
	StatusText           string
	Published, Effective site.DateView
}

// ChangelogPage is the data of templates/html/changes.html (.Data.Extra).
type ChangelogPage struct {
	Entries []Entry // newest version first
}

// Entry is one version in the changelog.
type Entry struct {
	ID       string // the id of its section: "v-" and the version label
	Version  VersionRef
	First    bool   // the first version: nothing to compare
	Line     string // what changed since the version before, as counts: "1 toegevoegd, 2 gewijzigd"
	Summary  string // the editor's change-summary
	Items    []Item // the substantive changes, then the changed definitions
	Redlines []RedlineLink
}

// Item is one substantive change: a clause (Old and/or New) or a
// definition (Term).
type Item struct {
	Old, New, Term *site.Link // nil when absent; Old is nil when the number stayed the same
	Title          string     // of the clause
	What           string     // "verplaatst, gewijzigd"
	Explanation    string     // the editor's
}

// RedlineLink names a redline page of a version, in both layouts.
type RedlineLink struct {
	Text, Inline, Side string
}

// RedlinePage is the data of templates/html/redline.html (.Data.Extra).
type RedlinePage struct {
	Old, New   VersionRef
	Side       bool // this page shows the versions side by side
	InlineHref string
	SideHref   string
	Line       string        // the counts, as in the changelog
	Body       template.HTML // the redline, from package redline
}

// pages writes the changelog of d and its redlines.
func (x *extension) pages(b *site.Builder, d *site.Doc) error {
	h := x.histories[d]
	if err := x.changelog(b, h); err != nil {
		return err
	}
	for _, p := range h.pairs {
		if !p.changed() {
			continue
		}
		for _, side := range []bool{false, true} {
			if err := x.redlinePage(b, h, p, side); err != nil {
				return err
			}
		}
	}
	return nil
}

func (x *extension) changelog(b *site.Builder, h *history) error {
	d, l := h.doc, docLang(h.doc)
	from := d.Dir + "/" + ChangelogFile
	var page ChangelogPage
	for i := len(d.Versions) - 1; i >= 0; i-- {
		v := d.Versions[i]
		e, err := x.entry(b, h, v, from)
		if err != nil {
			return err
		}
		page.Entries = append(page.Entries, e)
	}
	title, err := b.TextWith(l, "changes.title", "title", d.Current.Model.Meta.Title)
	if err != nil {
		return err
	}
	return b.DocumentPage(d, from, "changes", title, page)
}

func (x *extension) entry(b *site.Builder, h *history, v *site.Version, from string) (Entry, error) {
	l := docLang(h.doc)
	e := Entry{ID: "v-" + strings.Join(strings.Fields(label(v)), "-"), Version: x.ref(b, v, from)}
	prev := h.previous[v]
	if prev == nil {
		e.First = true
	} else {
		ce := diff.ChangelogEntry{Version: v.Model, Previous: prev.old.Model, Result: prev.result}
		e.Line = capital(ce.Line())
		e.Summary = strings.Join(strings.Fields(v.Model.Meta.ChangeSummary), " ")
		e.Items = items(b, ce, prev, from)
	}
	links := []struct {
		p   *pair
		key string
	}{{prev, "changes.redline"}, {h.inForce[v], "changes.redline.in-force"}}
	for i, k := range links {
		if k.p == nil || !k.p.changed() || i > 0 && k.p == prev {
			// No page, or the page of the pair already listed.
			continue
		}
		other := k.p.old
		if other == v {
			other = k.p.new
		}
		text, err := b.TextWith(l, k.key, "version", label(other))
		if err != nil {
			return e, err
		}
		e.Redlines = append(e.Redlines, RedlineLink{Text: text, Inline: b.Rel(from, k.p.page), Side: b.Rel(from, k.p.side)})
	}
	return e, nil
}

// items lists the substantive changes of a changelog entry with links to
// the clauses and definitions: in the new version, or in the old one for
// what was removed.
func items(b *site.Builder, e diff.ChangelogEntry, p *pair, from string) []Item {
	oldHref := func(anchor string) string { return b.Rel(from, p.old.Page) + html.Fragment(anchor) }
	newHref := func(anchor string) string { return b.Rel(from, p.new.Page) + html.Fragment(anchor) }
	// redline.Items lists the clause changes (those not told by a
	// definition alone), then the definition changes, in this order.
	var clauses []*diff.Change
	for _, c := range e.Result.Changes(true) {
		if !c.DefinitionsOnly {
			clauses = append(clauses, c)
		}
	}
	defs := e.Result.DefChanges(true)
	its := redline.Items(e)
	linked := len(its) == len(clauses)+len(defs)
	var out []Item
	for i, it := range its {
		item := Item{Title: it.Title, What: it.What, Explanation: strings.Join(strings.Fields(it.Explanation), " ")}
		switch {
		case it.Old == "" && it.New == "":
			item.Term = &site.Link{Text: it.Title}
			item.Title = ""
			if linked && i >= len(clauses) {
				if dc := defs[i-len(clauses)]; dc.New != nil {
					item.Term.Href = newHref(dc.New.Anchor)
				} else if dc.Old != nil {
					item.Term.Href = oldHref(dc.Old.Anchor)
				}
			}
		default:
			var c *diff.Change
			if linked && i < len(clauses) {
				c = clauses[i]
			}
			if c != nil && c.Preamble {
				// The text before the first clause has no anchor of its own.
				it.Old, it.New, c = capital(it.Old), capital(it.New), nil
			}
			if it.Old != "" && it.Old != it.New {
				item.Old = &site.Link{Text: it.Old}
				if c != nil && c.Old != nil {
					item.Old.Href = oldHref(c.Old.Anchor)
				}
			}
			if it.New != "" {
				item.New = &site.Link{Text: it.New}
				if c != nil && c.New != nil {
					item.New.Href = newHref(c.New.Anchor)
				}
			}
		}
		out = append(out, item)
	}
	return out
}

func (x *extension) redlinePage(b *site.Builder, h *history, p *pair, side bool) error {
	d, l := h.doc, docLang(h.doc)
	at, body := p.page, p.inline
	if side {
		at, body = p.side, p.sideBody
	}
	title, err := b.TextWith(l, "redline.title", "title", d.Current.Model.Meta.Title, "old", label(p.old), "new", label(p.new))
	if err != nil {
		return err
	}
	data := RedlinePage{Old: x.ref(b, p.old, at), New: x.ref(b, p.new, at), Side: side,
		InlineHref: b.Rel(at, p.page), SideHref: b.Rel(at, p.side),
		Line: capital(p.result.Summary.Line(p.new.Model.Meta.Language)),
		// package redline escapes all text of the documents itself.
		Body: template.HTML(body)}
	return b.DocumentPage(d, at, "redline", title, data)
}

// ref describes version v for the page at site path from.
func (x *extension) ref(b *site.Builder, v *site.Version, from string) VersionRef {
	m := v.Model.Meta
	// The version pages, rendered before, looked up every status already.
	status, _ := b.Text(m.Language, "status."+string(v.Status))
	return VersionRef{Label: m.Version, Href: b.Rel(from, v.Page), Status: v.Status, StatusText: status,
		Published: dateView(m.Published, m.Language), Effective: dateView(m.Effective, m.Language)}
}

func dateView(d model.Date, language string) site.DateView {
	v := site.DateView{Text: lang.FormatDate(d.Year, int(d.Month), d.Day, language)}
	if d.Known() {
		v.ISO = d.String()
	}
	return v
}

// capital starts s with a capital letter.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
