package notice

import (
	"encoding/json"
	"io"

	"github.com/legalkit/legalkit/tool/internal/diff"
)

// JSONNotice is the JSON form of a notice (schema "legalkit.notice/1").
// Fields may be added, never renamed or removed.
type JSONNotice struct {
	Schema       string           `json:"schema"`
	Language     string           `json:"language"`
	Subject      string           `json:"subject"`
	ID           string           `json:"id"`
	Title        string           `json:"title"`
	Publisher    string           `json:"publisher"`
	OldVersion   string           `json:"old_version"`
	NewVersion   string           `json:"new_version"`
	Published    string           `json:"published"` // YYYY-MM-DD or "unknown"
	Effective    string           `json:"effective"` // YYYY-MM-DD or "unknown"
	NoticePeriod string           `json:"notice_period"`
	Draft        bool             `json:"draft"`
	URL          string           `json:"url"`
	Intro        string           `json:"intro"`
	Summary      string           `json:"summary"`
	Substantive  []JSONItem       `json:"substantive"`
	Definitions  []JSONDefItem    `json:"definitions"`
	Renumbered   int              `json:"renumbered"`
	Editorial    []JSONItem       `json:"editorial"`
	Objection    string           `json:"objection"`
	Changes      diff.JSONSummary `json:"changes"`
}

// JSONItem is a changed clause in a notice.
type JSONItem struct {
	Kind        string     `json:"kind"`
	Clause      string     `json:"clause"`
	OldClause   string     `json:"old_clause"`
	Title       string     `json:"title"`
	Anchor      string     `json:"anchor"`
	Link        string     `json:"link"`
	What        string     `json:"what"`
	Explanation string     `json:"explanation"`
	Excerpt     []JSONSpan `json:"excerpt"`
}

// JSONDefItem is a changed definition in a notice.
type JSONDefItem struct {
	Term        string     `json:"term"`
	Kind        string     `json:"kind"`
	Sentence    string     `json:"sentence"`
	Affects     []JSONRef  `json:"affects"`
	Explanation string     `json:"explanation"`
	Excerpt     []JSONSpan `json:"excerpt"`
}

// JSONRef is a clause a definition change affects.
type JSONRef struct {
	Clause string `json:"clause"`
	Anchor string `json:"anchor"`
	Link   string `json:"link"`
}

// JSONSpan is part of an excerpt: op is equal, delete or insert.
type JSONSpan struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

func (n *Notice) json(w io.Writer) error {
	out := JSONNotice{Schema: "legalkit.notice/1", Language: n.Language, Subject: n.Subject, ID: n.ID, Title: n.Title,
		Publisher: n.Publisher, OldVersion: n.OldVersion, NewVersion: n.NewVersion, Published: n.Published.String(),
		Effective: n.EffectiveOn.String(), NoticePeriod: n.NoticePeriod.Text, Draft: n.Draft, URL: n.URL,
		Intro: n.opening(), Summary: n.Summary, Substantive: []JSONItem{}, Definitions: []JSONDefItem{},
		Renumbered: n.Renumbered, Editorial: []JSONItem{}, Objection: n.Objection, Changes: n.Result.JSON(false).Summary}
	for _, it := range n.Substantive {
		out.Substantive = append(out.Substantive, jsonItem(it))
	}
	for _, it := range n.Editorial {
		out.Editorial = append(out.Editorial, jsonItem(it))
	}
	for _, d := range n.Definitions {
		jd := JSONDefItem{Term: d.Term, Kind: string(d.Kind), Sentence: d.Sentence, Affects: []JSONRef{},
			Explanation: d.Explanation, Excerpt: jsonSpans(d.Excerpt)}
		for _, r := range d.Affects {
			jd.Affects = append(jd.Affects, JSONRef{Clause: r.Label, Anchor: r.Anchor, Link: r.Link})
		}
		out.Definitions = append(out.Definitions, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func jsonItem(it Item) JSONItem {
	return JSONItem{Kind: string(it.Kind), Clause: it.Label, OldClause: it.OldLabel, Title: it.Title, Anchor: it.Anchor,
		Link: it.Link, What: it.What, Explanation: it.Explanation, Excerpt: jsonSpans(it.Excerpt)}
}

func jsonSpans(ex []Span) []JSONSpan {
	out := []JSONSpan{}
	for _, s := range ex {
		out = append(out, JSONSpan{Op: s.Op.String(), Text: s.Text})
	}
	return out
}
