package changes

import (
	"fmt"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/redline"
	"github.com/legalkit/legalkit/tool/internal/site"
)

// ChangelogFile is the changelog's file in a document's folder.
const ChangelogFile = "changes.html"

// Extension returns the change pages as a site extension. It keeps the
// diffs of one build, so every build needs a fresh one.
func Extension() site.Extension {
	x := &extension{}
	return site.Extension{
		Start:      x.start,
		Nav:        func(d *site.Doc) []site.NavLink { return x.docNav[d] },
		VersionNav: func(v *site.Version) []site.NavLink { return x.versionNav[v] },
		Pages:      x.pages,
		Summary:    func(_ *site.Doc, v *site.Version) (string, error) { return x.summaries[v], nil },
		CSS:        redline.CSS,
	}
}

type extension struct {
	histories  map[*site.Doc]*history
	docNav     map[*site.Doc][]site.NavLink
	versionNav map[*site.Version][]site.NavLink
	summaries  map[*site.Version]string
}

// start compares the versions of every document and prepares the links
// and feed texts.
func (x *extension) start(b *site.Builder) error {
	x.histories = map[*site.Doc]*history{}
	x.docNav = map[*site.Doc][]site.NavLink{}
	x.versionNav = map[*site.Version][]site.NavLink{}
	x.summaries = map[*site.Version]string{}
	var all []*pair
	for _, d := range b.Docs() {
		h := newHistory(d)
		x.histories[d] = h
		all = append(all, h.pairs...)
	}
	compare(all)
	for _, d := range b.Docs() {
		text, err := b.Text(docLang(d), "changes")
		if err != nil {
			return err
		}
		x.docNav[d] = []site.NavLink{{Text: text, Path: d.Dir + "/" + ChangelogFile}}
		for _, v := range d.Versions {
			if err := x.prepare(b, x.histories[d], v); err != nil {
				return fmt.Errorf("%s: %w", v.Model.Key(), err)
			}
		}
	}
	return nil
}

// prepare writes the links about version v and its feed text.
func (x *extension) prepare(b *site.Builder, h *history, v *site.Version) error {
	l := docLang(h.doc)
	var nav []site.NavLink
	add := func(p *pair, key string, args ...string) error {
		if p == nil || !p.changed() {
			return nil
		}
		text, err := b.TextWith(l, key, args...)
		nav = append(nav, site.NavLink{Text: text, Path: p.page})
		return err
	}
	prev, f := h.previous[v], h.doc.InForce
	if prev != nil {
		if err := add(prev, "changes.since", "version", label(prev.old)); err != nil {
			return err
		}
	}
	if p := h.inForce[v]; p != nil && p != prev {
		if err := add(p, "changes.compare-in-force", "version", label(f)); err != nil {
			return err
		}
	}
	if v == f {
		for _, later := range h.doc.Versions[index(h.doc.Versions, f)+1:] {
			status, err := b.Text(l, "status."+string(later.Status))
			if err != nil {
				return err
			}
			if err := add(h.inForce[later], "changes.compare-later", "version", label(later), "status", status); err != nil {
				return err
			}
		}
	}
	x.versionNav[v] = nav
	return x.summary(b, h, v)
}

// summary is the feed text of v: what changed since the version before it,
// in the editor's words (change-summary) and as counts.
func (x *extension) summary(b *site.Builder, h *history, v *site.Version) error {
	l := docLang(h.doc)
	prev := h.previous[v]
	if prev == nil {
		s, err := b.Text(l, "changes.feed.first")
		x.summaries[v] = s
		return err
	}
	e := diff.ChangelogEntry{Version: v.Model, Previous: prev.old.Model, Result: prev.result}
	s, err := b.TextWith(l, "changes.feed", "version", label(prev.old), "summary", sentence(e.Description()))
	x.summaries[v] = s
	return err
}

// sentence ends s with a full stop unless it ends with one already.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// docLang is the language of a document's pages.
func docLang(d *site.Doc) string { return d.Current.Model.Meta.Language }

func label(v *site.Version) string { return v.Model.Meta.Version }
