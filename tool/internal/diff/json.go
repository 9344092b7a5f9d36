package diff

import (
	"encoding/json"
	"io"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Schema names the version of the JSON form. It changes only when a field
// is renamed or removed; new fields may appear at any time.
const Schema = "legalkit.diff/1"

// JSONResult is the JSON form of a Result, as `legalkit diff --format json`
// prints it. Field names are stable: fields may be added, never renamed or
// removed.
//
//	{
//	  "schema": "legalkit.diff/1",
//	  "old": {"id", "version", "title", "language", "published", "effective", "status", "file"},
//	  "new": { same },
//	  "ignore_editorial": false,
//	  "summary": {"added", "removed", "amended", "moved", "renumbered", "editorial", "unchanged",
//	              "substantive", "definitions": {"added", "removed", "amended"}, "affected", "references"},
//	  "changes": [{
//	    "kind": "added" | "removed" | "moved" | "amended" | "editorial" | "renumbered",
//	    "old": "2.3.5", "new": "2.3.6",           // clause numbers; "" when absent or unnumbered
//	    "old_anchor", "new_anchor", "title",
//	    "preamble": true,                          // only for the text before the first clause
//	    "substantive": true, "moved", "renumbered", "text_changed",
//	    "reasons": ["punctuation"],                // why an editorial change is editorial
//	    "affected_by": ["Klant"],                  // amended definitions this clause uses
//	    "old_text", "new_text",                    // the compared texts (see diff.ClauseText)
//	    "hunks": [{"old_start", "old_end", "new_start", "new_end", "delete", "insert", "substantive", "reasons"}]
//	  }],
//	  "definitions": [{"kind": "added" | "removed" | "amended", "term", "substantive", "reasons",
//	                   "old_text", "new_text", "hunks", "affects": [{"number", "anchor", "title"}]}],
//	  "references": [{"issue": "target-removed" | "target-renumbered" | "target-amended",
//	                  "clause", "anchor", "text", "target", "was", "now", "names"}]
//	}
//
// Hunk offsets count Unicode code points (not bytes) in old_text and
// new_text; replacing old_text[old_start:old_end] by insert for every hunk,
// last to first, turns old_text into new_text. Unchanged clauses are
// counted in the summary but not listed.
type JSONResult struct {
	Schema          string          `json:"schema"`
	Old             JSONVersion     `json:"old"`
	New             JSONVersion     `json:"new"`
	IgnoreEditorial bool            `json:"ignore_editorial"`
	Summary         JSONSummary     `json:"summary"`
	Changes         []JSONChange    `json:"changes"`
	Definitions     []JSONDefChange `json:"definitions"`
	References      []JSONRefIssue  `json:"references"`
}

// JSONVersion identifies a compared version.
type JSONVersion struct {
	ID        string `json:"id"`
	Version   string `json:"version"`
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published"` // YYYY-MM-DD or "unknown"
	Effective string `json:"effective"` // YYYY-MM-DD or "unknown"
	Status    string `json:"status"`
	File      string `json:"file"`
}

// JSONSummary holds the counts.
type JSONSummary struct {
	Added       int            `json:"added"`
	Removed     int            `json:"removed"`
	Amended     int            `json:"amended"`
	Moved       int            `json:"moved"`
	Renumbered  int            `json:"renumbered"`
	Editorial   int            `json:"editorial"`
	Unchanged   int            `json:"unchanged"`
	Substantive int            `json:"substantive"`
	Definitions JSONDefSummary `json:"definitions"`
	Affected    int            `json:"affected"`
	References  int            `json:"references"`
}

// JSONDefSummary counts the definition changes.
type JSONDefSummary struct {
	Added   int `json:"added"`
	Removed int `json:"removed"`
	Amended int `json:"amended"`
}

// JSONChange is one changed clause.
type JSONChange struct {
	Kind        string     `json:"kind"`
	Old         string     `json:"old"`
	New         string     `json:"new"`
	OldAnchor   string     `json:"old_anchor"`
	NewAnchor   string     `json:"new_anchor"`
	Title       string     `json:"title"`
	Preamble    bool       `json:"preamble,omitempty"`
	Substantive bool       `json:"substantive"`
	Moved       bool       `json:"moved"`
	Renumbered  bool       `json:"renumbered"`
	TextChanged bool       `json:"text_changed"`
	Reasons     []string   `json:"reasons"`
	AffectedBy  []string   `json:"affected_by"`
	OldText     string     `json:"old_text"`
	NewText     string     `json:"new_text"`
	Hunks       []JSONHunk `json:"hunks"`
}

// JSONHunk is one place where the text changed.
type JSONHunk struct {
	OldStart    int      `json:"old_start"`
	OldEnd      int      `json:"old_end"`
	NewStart    int      `json:"new_start"`
	NewEnd      int      `json:"new_end"`
	Delete      string   `json:"delete"`
	Insert      string   `json:"insert"`
	Substantive bool     `json:"substantive"`
	Reasons     []string `json:"reasons"`
}

// JSONDefChange is one changed definition.
type JSONDefChange struct {
	Kind        string       `json:"kind"`
	Term        string       `json:"term"`
	Substantive bool         `json:"substantive"`
	Reasons     []string     `json:"reasons"`
	OldText     string       `json:"old_text"`
	NewText     string       `json:"new_text"`
	Hunks       []JSONHunk   `json:"hunks"`
	Affects     []JSONClause `json:"affects"`
}

// JSONClause names a clause of the new version.
type JSONClause struct {
	Number string `json:"number"`
	Anchor string `json:"anchor"`
	Title  string `json:"title"`
}

// JSONRefIssue is a reference to review.
type JSONRefIssue struct {
	Issue  string `json:"issue"`
	Clause string `json:"clause"` // number of the clause holding the reference, in the new version
	Anchor string `json:"anchor"`
	Text   string `json:"text"`
	Target string `json:"target"` // the number the reference names
	Was    string `json:"was"`    // the old number of the clause it named
	Now    string `json:"now"`    // that clause's new number; "" when removed
	Names  string `json:"names"`  // what the number names now; "" when nothing
}

// JSON converts the result; with ignoreEditorial the editorial changes
// are left out of the lists (the summary still counts them).
func (r *Result) JSON(ignoreEditorial bool) *JSONResult {
	s := r.Summary
	out := &JSONResult{Schema: Schema, Old: version(r.Old), New: version(r.New), IgnoreEditorial: ignoreEditorial,
		Summary: JSONSummary{Added: s.Added, Removed: s.Removed, Amended: s.Amended, Moved: s.Moved,
			Renumbered: s.Renumbered, Editorial: s.Editorial, Unchanged: s.Unchanged, Substantive: s.Substantive,
			Definitions: JSONDefSummary{s.DefAdded, s.DefRemoved, s.DefAmended}, Affected: s.Affected, References: s.References},
		Changes: []JSONChange{}, Definitions: []JSONDefChange{}, References: []JSONRefIssue{}}
	for _, c := range r.Changes(ignoreEditorial) {
		jc := JSONChange{Kind: string(c.Kind), Old: c.OldNumber(), New: c.NewNumber(), Title: c.Title(),
			Preamble: c.Preamble, Substantive: c.Substantive, Moved: c.Moved, Renumbered: c.Renumbered,
			TextChanged: c.TextChanged, Reasons: strs(c.Reasons), AffectedBy: strs(c.AffectedBy),
			OldText: c.Text.Old, NewText: c.Text.New, Hunks: hunksJSON(c.Text)}
		if c.Old != nil {
			jc.OldAnchor = c.Old.Anchor
		}
		if c.New != nil {
			jc.NewAnchor = c.New.Anchor
		}
		out.Changes = append(out.Changes, jc)
	}
	for _, d := range r.DefChanges(ignoreEditorial) {
		jd := JSONDefChange{Kind: string(d.Kind), Term: d.Term, Substantive: d.Substantive, Reasons: strs(d.Reasons),
			OldText: d.Text.Old, NewText: d.Text.New, Hunks: hunksJSON(d.Text), Affects: []JSONClause{}}
		for _, c := range d.Affects {
			jd.Affects = append(jd.Affects, JSONClause{Number: c.Number, Anchor: c.Anchor, Title: c.Title})
		}
		out.Definitions = append(out.Definitions, jd)
	}
	for _, x := range r.References {
		out.References = append(out.References, JSONRefIssue{Issue: x.Issue, Clause: Label(x.Clause), Anchor: x.Clause.Anchor,
			Text: x.Text, Target: x.Target, Was: Label(x.Was), Now: Label(x.Now), Names: Label(x.Names)})
	}
	return out
}

// WriteJSON prints the result as indented JSON.
func (r *Result) WriteJSON(w io.Writer, ignoreEditorial bool) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r.JSON(ignoreEditorial))
}

func version(d *model.Document) JSONVersion {
	m := d.Meta
	return JSONVersion{ID: m.ID, Version: m.Version, Title: m.Title, Language: m.Language,
		Published: m.Published.String(), Effective: m.Effective.String(), Status: string(m.Status), File: d.Path}
}

func hunksJSON(t *TextDiff) []JSONHunk {
	out := []JSONHunk{}
	if t == nil {
		return out
	}
	for _, h := range t.Hunks {
		out = append(out, JSONHunk{OldStart: h.OldStart, OldEnd: h.OldEnd, NewStart: h.NewStart, NewEnd: h.NewEnd,
			Delete: h.Delete, Insert: h.Insert, Substantive: h.Substantive, Reasons: strs(h.Reasons)})
	}
	return out
}

func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
