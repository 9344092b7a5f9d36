package diff

import (
	"fmt"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// Count is one labelled count of a summary.
type Count struct {
	Kind  Kind
	Label string // in the document language: "toegevoegd"
	N     int
}

// Counts returns the clause counts in a fixed order, labelled in the
// document language: added, removed, amended, moved, renumbered,
// editorial, unchanged.
func (s Summary) Counts(language string) []Count {
	w := lang.Changes(language)
	return counts(w, []Count{
		{Added, w.Added, s.Added}, {Removed, w.Removed, s.Removed}, {Amended, w.Amended, s.Amended},
		{Moved, w.Moved, s.Moved}, {Renumbered, w.Renumbered, s.Renumbered},
		{Editorial, w.Editorial, s.Editorial}, {Unchanged, w.Unchanged, s.Unchanged},
	})
}

// counts puts each label in the form it takes after its count: "23
// renumérotés" in French.
func counts(w *lang.ChangeWords, cs []Count) []Count {
	for i := range cs {
		cs[i].Label = w.Counted(cs[i].Label, cs[i].N)
	}
	return cs
}

// DefCounts returns the definition counts: added, removed, amended.
func (s Summary) DefCounts(language string) []Count {
	w := lang.Changes(language)
	return counts(w, []Count{{Added, w.Added, s.DefAdded}, {Removed, w.Removed, s.DefRemoved}, {Amended, w.Amended, s.DefAmended}})
}

// Line is a one-line summary in the document language, for feed entries
// and changelogs: "1 toegevoegd, 23 vernummerd, 1 redactioneel;
// definities: 1 gewijzigd". Only counts above zero appear; without any
// change it reads "Geen wijzigingen." / "No changes.".
func (s Summary) Line(language string) string {
	w := lang.Changes(language)
	var parts []string
	for _, c := range s.Counts(language) {
		if c.Kind != Unchanged && c.N > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c.N, c.Label))
		}
	}
	var defs []string
	for _, c := range s.DefCounts(language) {
		if c.N > 0 {
			defs = append(defs, fmt.Sprintf("%d %s", c.N, c.Label))
		}
	}
	line := strings.Join(parts, ", ")
	if len(defs) > 0 {
		if line != "" {
			line += "; "
		}
		line += w.Lower(w.Definitions) + ": " + strings.Join(defs, ", ")
	}
	if line == "" {
		return w.NoChanges
	}
	return line
}

// ChangelogEntry is one version in a document's changelog, with its changes
// since the version before it.
type ChangelogEntry struct {
	Version  *model.Document
	Previous *model.Document // nil for the first version
	Result   *Result         // nil for the first version
}

// Changelog compares each version with the one before it. versions must be
// oldest first, as corpus.Versions returns them; the changelog is newest
// first.
func Changelog(versions []*model.Document) []ChangelogEntry {
	out := make([]ChangelogEntry, len(versions))
	for i, v := range versions {
		e := ChangelogEntry{Version: v}
		if i > 0 {
			e.Previous = versions[i-1]
			e.Result = Compare(versions[i-1], v)
		}
		out[len(versions)-1-i] = e
	}
	return out
}

// Line is the entry's one-line summary: "eerste versie" for the first.
func (e ChangelogEntry) Line() string {
	language := e.Version.Meta.Language
	if e.Result == nil {
		return lang.Changes(language).FirstVersion
	}
	return e.Result.Summary.Line(language)
}

// Explanation returns the editor's explanation of a change, from the new
// version's front matter ("changes"): found by the clause's number, label
// or anchor in the new version, or, for a removed clause, by its old
// number when the new version has no clause with that number.
func (r *Result) Explanation(c *Change) string {
	notes := map[string]string{}
	for _, n := range r.New.Meta.Changes {
		notes[n.Target] = n.Text
	}
	var keys []string
	switch {
	case c.New != nil:
		keys = []string{Label(c.New), c.New.Number, c.New.Anchor}
	case c.Old != nil:
		keys = []string{Label(c.Old), c.Old.Number}
	}
	for _, k := range keys {
		if t, ok := notes[k]; ok && k != "" {
			return t
		}
	}
	return ""
}

// DefExplanation returns the editor's explanation of a changed definition.
func (r *Result) DefExplanation(term string) string {
	for _, n := range r.New.Meta.Changes {
		if n.Target == term {
			return n.Text
		}
	}
	return ""
}

// Description is the entry's text for a feed or a changelog page: the
// editor's change-summary, then the one-line summary in brackets; the
// one-line summary alone when the editor wrote none.
func (e ChangelogEntry) Description() string {
	s := strings.Join(strings.Fields(e.Version.Meta.ChangeSummary), " ")
	if s == "" || e.Result == nil {
		return capitalize(e.Line())
	}
	return s + " (" + e.Line() + ")"
}

func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// Word is the word for a kind of change in the document's language:
// "toegevoegd", "amended".
func (k Kind) Word(w *lang.ChangeWords) string {
	switch k {
	case Added:
		return w.Added
	case Removed:
		return w.Removed
	case Moved:
		return w.Moved
	case Amended:
		return w.Amended
	case Editorial:
		return w.Editorial
	case Renumbered:
		return w.Renumbered
	}
	return w.Unchanged
}

// Describe says what happened to a clause, in the document's language:
// "gewijzigd", "verplaatst, gewijzigd", "moved, editorial".
func (c *Change) Describe(w *lang.ChangeWords) string {
	s := c.Kind.Word(w)
	if c.Kind == Moved && c.TextChanged {
		if c.Text.Substantive() {
			s += ", " + w.Amended
		} else {
			s += ", " + w.Editorial
		}
	}
	return s
}
