// Package notice turns a comparison into the notice customers receive
// before a new version of their terms takes effect: what changes and where,
// substantive changes first, the effective date, the editor's explanations
// and the right the terms give a customer who disagrees. It writes the
// notice as Markdown, plain text, e-mail-safe HTML (inline styles, no
// scripts) or JSON, in the document's language.
//
// Everything the notice says comes from the documents and their front
// matter: legalkit never writes a customer's rights itself.
package notice

import (
	"fmt"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Notice is a change notice.
type Notice struct {
	Language     string
	Subject      string
	Intro        string // who changes what, published when, replacing which version
	Effective    string // the sentence about the effective date
	Summary      string // the editor's change-summary, if any
	Draft        bool   // the new version is not published yet
	ID, Title    string
	Publisher    string
	OldVersion   string
	NewVersion   string
	Published    model.Date // of the new version
	EffectiveOn  model.Date
	NoticePeriod model.Period
	URL          string // the new version's address; "" when unknown
	Substantive  []Item
	Definitions  []DefItem
	Renumbered   int
	Editorial    []Item
	Objection    string // the customer's right when they disagree, from the front matter; "" when none
	Result       *diff.Result
}

// Item is a changed clause.
type Item struct {
	Kind        diff.Kind
	Label       string // how the clause is named now: number, or title of an unnumbered section
	OldLabel    string
	Title       string
	Anchor      string // in the new version; "" when removed
	Link        string // address of the clause in the new version; "" when unknown
	What        string // "nieuw", "verplaatst, voorheen 4.4.5", "interpunctie"
	Explanation string // the editor's, from the new version's front matter
	Excerpt     []Span
}

// DefItem is a changed definition.
type DefItem struct {
	Term        string
	Kind        diff.Kind
	Sentence    string // "De definitie van „X” is gewijzigd."
	Affects     []Ref
	Explanation string
	Excerpt     []Span
}

// Ref is a clause named in the notice.
type Ref struct {
	Label, Anchor, Link string
}

// Span is part of an excerpt of the changed text.
type Span struct {
	Op   diff.Op
	Text string
}

// Options say where the new version is published and what the customer's
// right is when the new version does not state it.
type Options struct {
	// URL is the address of the new version; clause numbers link to
	// URL#anchor. Without it, nothing is linked.
	URL string
	// Objection is used when the new version's front matter has no
	// objection text; see history.Objection.
	Objection string
}

// Build makes the notice for the change from r.Old to r.New.
func Build(r *diff.Result, o Options) *Notice {
	m, lg := r.New.Meta, r.New.Meta.Language
	w := lang.Changes(lg)
	n := &Notice{Language: lg, ID: m.ID, Title: m.Title, Publisher: m.Publisher, OldVersion: r.Old.Meta.Version,
		NewVersion: m.Version, Published: m.Published, EffectiveOn: m.Effective, URL: o.URL,
		Summary: m.ChangeSummary, Draft: m.Status != model.StatusPublished, Result: r,
		Objection: m.Objection}
	if n.Objection == "" {
		n.Objection = o.Objection
	}
	n.NoticePeriod, _ = history.NoticePeriod(r.Old, r.New)
	title := m.Title
	if m.Effective.Known() {
		n.Subject = fmt.Sprintf(w.Notice.Subject, title, date(m.Effective, lg))
		n.Effective = fmt.Sprintf(w.Notice.EffectiveOn, date(m.Effective, lg))
	} else {
		n.Subject = fmt.Sprintf(w.Notice.SubjectUnknown, title)
		n.Effective = w.Notice.EffectiveNone
	}
	if m.Published.Known() {
		n.Intro = fmt.Sprintf(w.Notice.Intro, m.Publisher, title, m.Version, date(m.Published, lg), r.Old.Meta.Version)
	} else {
		n.Intro = fmt.Sprintf(w.Notice.IntroUnknown, m.Publisher, title, m.Version, r.Old.Meta.Version)
	}
	for _, c := range r.Changes(false) {
		if c.DefinitionsOnly {
			continue // told under Definitions
		}
		it := n.item(c, w)
		switch {
		case c.Substantive:
			n.Substantive = append(n.Substantive, it)
		case c.Kind == diff.Renumbered:
			n.Renumbered++
		default:
			n.Editorial = append(n.Editorial, it)
		}
	}
	for _, d := range r.Definitions {
		if d.Substantive {
			n.Definitions = append(n.Definitions, n.defItem(d, w))
		}
	}
	return n
}

func (n *Notice) item(c *diff.Change, w *lang.ChangeWords) Item {
	it := Item{Kind: c.Kind, Title: c.Title(), Explanation: n.Result.Explanation(c)}
	if c.Preamble {
		it.Label = w.Preamble
	} else {
		it.Label = diff.Label(c.Clause())
		if c.Old != nil {
			it.OldLabel = diff.Label(c.Old)
		}
	}
	if c.New != nil {
		it.Anchor = c.New.Anchor
		it.Link = n.link(c.New.Anchor)
	}
	if cl := c.Clause(); cl != nil && cl.Number == "" {
		it.Title = ""
	}
	switch {
	case c.Kind == diff.Added:
		it.What = w.Notice.ItemAdded
	case c.Kind == diff.Removed:
		it.What = w.Notice.ItemRemoved
	case c.Kind == diff.Moved:
		it.What = fmt.Sprintf(w.Notice.ItemMoved, it.OldLabel)
		if c.Text.Substantive() {
			it.What += ", " + w.Notice.ItemAmended
		}
	case c.Substantive:
		it.What = w.Notice.ItemAmended
	default:
		var rs []string
		for _, r := range c.Text.Reasons() {
			rs = append(rs, w.Reasons[r])
		}
		it.What = strings.Join(rs, ", ")
	}
	headingOnly := c.Text.Old == c.Title() && (c.Text.New == "" || c.Text.New == c.Title()) ||
		c.Text.New == c.Title() && c.Text.Old == ""
	if c.Kind != diff.Renumbered && (c.Kind != diff.Moved || c.TextChanged) && !headingOnly {
		it.Excerpt = excerpt(c.Text)
	}
	return it
}

func (n *Notice) defItem(d *diff.DefChange, w *lang.ChangeWords) DefItem {
	it := DefItem{Term: d.Term, Kind: d.Kind, Explanation: n.Result.DefExplanation(d.Term)}
	switch d.Kind {
	case diff.Added:
		it.Sentence = fmt.Sprintf(w.Notice.DefAdded, d.Term)
	case diff.Removed:
		it.Sentence = fmt.Sprintf(w.Notice.DefRemoved, d.Term)
	default:
		it.Sentence = fmt.Sprintf(w.Notice.DefAmended, d.Term)
	}
	for _, c := range d.Affects {
		it.Affects = append(it.Affects, Ref{Label: diff.Label(c), Anchor: c.Anchor, Link: n.link(c.Anchor)})
	}
	it.Excerpt = excerpt(d.Text)
	return it
}

func (n *Notice) link(anchor string) string {
	if n.URL == "" || anchor == "" {
		return ""
	}
	return n.URL + "#" + anchor
}

// Excerpt limits: a notice shows the changed words, not whole clauses.
const (
	excerptContext = 6  // words of unchanged text around a change
	excerptWords   = 80 // words of an added or removed clause
	excerptHunks   = 5  // changes shown per clause
)

// excerpt shows the changed words of a text with a few words around them;
// an added or removed text is shown from its start.
func excerpt(t *diff.TextDiff) []Span {
	if t == nil || len(t.Hunks) == 0 {
		return nil
	}
	if t.Old == "" || t.New == "" {
		op, text := diff.Insert, t.New
		if t.New == "" {
			op, text = diff.Delete, t.Old
		}
		return []Span{{op, firstWords(flatten(text), excerptWords)}}
	}
	var out []Span
	shown := 0
	for i, s := range t.Segments {
		text := flatten(s.Text)
		if s.Op != diff.Equal {
			if shown >= excerptHunks && (i == 0 || t.Segments[i-1].Op == diff.Equal) {
				break
			}
			if i == 0 || t.Segments[i-1].Op == diff.Equal {
				shown++
			}
			out = append(out, Span{s.Op, text})
			continue
		}
		first, last := i == 0, i == len(t.Segments)-1
		keepStart := !first
		keepEnd := !last && (shown < excerptHunks)
		out = append(out, Span{diff.Equal, around(text, keepStart, keepEnd)})
	}
	return out
}

// around keeps a few words of unchanged text next to the changes.
func around(text string, keepStart, keepEnd bool) string {
	f := strings.Fields(text)
	n := excerptContext
	lead, trail := "", ""
	if strings.HasPrefix(text, " ") {
		lead = " "
	}
	if strings.HasSuffix(text, " ") {
		trail = " "
	}
	switch {
	case len(f) <= 2*n+1 && keepStart && keepEnd:
		return text
	case keepStart && keepEnd:
		return lead + strings.Join(f[:n], " ") + " … " + strings.Join(f[len(f)-n:], " ") + trail
	case keepStart && len(f) > n:
		return lead + strings.Join(f[:n], " ") + " …"
	case keepStart:
		return text
	case keepEnd && len(f) > n:
		return "… " + strings.Join(f[len(f)-n:], " ") + trail
	case keepEnd:
		return text
	}
	return ""
}

func firstWords(text string, n int) string {
	f := strings.Fields(text)
	if len(f) <= n {
		return text
	}
	return strings.Join(f[:n], " ") + " …"
}

// flatten joins the lines of a clause text for an excerpt.
func flatten(s string) string { return strings.ReplaceAll(s, "\n", " ") }

func date(d model.Date, language string) string {
	return lang.FormatDate(d.Year, int(d.Month), d.Day, language)
}
