// Package modeljson is the JSON form of the document model that
// `legalkit inspect` prints and the site publishes for every version. Its
// field names are a stable interface for scripts: add fields, never rename
// or remove them.
package modeljson

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Document is one document version.
type Document struct {
	File         string       `json:"file"`
	ID           string       `json:"id"`
	Title        string       `json:"title"`
	Publisher    string       `json:"publisher"`
	Language     string       `json:"language"`
	Version      string       `json:"version"`
	Published    string       `json:"published"` // YYYY-MM-DD or "unknown"
	Effective    string       `json:"effective"` // YYYY-MM-DD or "unknown"
	Status       string       `json:"status"`
	NoticePeriod *Period      `json:"notice_period,omitempty"`
	Aliases      []string     `json:"aliases,omitempty"`
	AnnexOf      string       `json:"annex_of,omitempty"`
	ReadWith     *VersionRef  `json:"read_with,omitempty"` // for an annex: the main-document version it is read with
	Annexes      []string     `json:"annexes,omitempty"`
	Clauses      []Clause     `json:"clauses"`
	Definitions  []Definition `json:"definitions"`
	References   []Reference  `json:"references"`
}

// VersionRef names one version of a document.
type VersionRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// Period is a notice period.
type Period struct {
	Amount int    `json:"amount"`
	Unit   string `json:"unit"` // days, weeks or months
	Text   string `json:"text"` // as written
}

// Clause is a section, article or clause; the list is flat, in reading order.
type Clause struct {
	Number  string `json:"number"` // as written, without the trailing full stop
	Anchor  string `json:"anchor"`
	Heading string `json:"heading"`
	Line    int    `json:"line"`
	Level   int    `json:"level"`
	Parent  string `json:"parent,omitempty"` // anchor of the enclosing clause
	Text    string `json:"text"`             // the clause's own text, without sub-clauses
	Items   []Item `json:"items"`
}

// Item is a sub-item.
type Item struct {
	Label  string `json:"label"`  // "a", "iv", "1"; "" for a bullet
	Marker string `json:"marker"` // as written: "a)", "1.", "-"
	Anchor string `json:"anchor"`
	Line   int    `json:"line"`
	Text   string `json:"text"`
}

// Definition is a defined term with its uses in this document.
type Definition struct {
	Term      string   `json:"term"`
	Forms     []string `json:"forms"`
	Anchor    string   `json:"anchor"`
	Line      int      `json:"line"`
	Col       int      `json:"col"`
	Kind      string   `json:"kind"` // table, definition-list, list, inline
	Statutory bool     `json:"statutory"`
	Document  string   `json:"document"`            // the defining document
	Inherited bool     `json:"inherited,omitempty"` // defined in the main document of this annex
	Clause    string   `json:"clause"`
	Text      string   `json:"text"`
	Uses      []Use    `json:"uses"`
}

// Use is a use of a term in this document.
type Use struct {
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Form   string `json:"form"`
	Clause string `json:"clause"`
}

// Reference is a reference in this document.
type Reference struct {
	Text     string `json:"text"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Kind     string `json:"kind"`   // clause, item, document, statute
	Target   string `json:"target"` // anchor; "document#anchor" in another document; document id; statute
	Resolved bool   `json:"resolved"`
	Cue      string `json:"cue,omitempty"`
	Clause   string `json:"clause"`
	URL      string `json:"url,omitempty"`
	Doubt    string `json:"doubt,omitempty"` // why legalkit is unsure it is a reference to this document (English)
}

// From converts a document.
func From(d *model.Document) *Document {
	m := d.Meta
	out := &Document{File: d.Path, ID: m.ID, Title: m.Title, Publisher: m.Publisher, Language: m.Language,
		Version: m.Version, Published: m.Published.String(), Effective: m.Effective.String(), Status: string(m.Status),
		Aliases: m.Aliases, AnnexOf: m.AnnexOf, Annexes: m.Annexes,
		Clauses: []Clause{}, Definitions: []Definition{}, References: []Reference{}}
	if w := d.ReadWith; w != nil {
		out.ReadWith = &VersionRef{ID: w.Meta.ID, Version: w.Meta.Version}
	}
	if !m.NoticePeriod.IsZero() {
		out.NoticePeriod = &Period{m.NoticePeriod.Amount, string(m.NoticePeriod.Unit), m.NoticePeriod.Text}
	}
	d.Walk(func(c *model.Clause) { out.Clauses = append(out.Clauses, clause(c)) })
	for _, def := range d.Definitions {
		out.Definitions = append(out.Definitions, definition(def, d, false))
	}
	for _, def := range d.Inherited {
		out.Definitions = append(out.Definitions, definition(def, d, true))
	}
	for _, r := range d.References {
		out.References = append(out.References, reference(r, d.Columns))
	}
	return out
}

func clause(c *model.Clause) Clause {
	out := Clause{Number: c.Number, Anchor: c.Anchor, Heading: c.Title, Line: c.Pos.Line, Level: c.Depth(),
		Text: model.BlocksText(c.Blocks), Items: []Item{}}
	if c.Parent != nil {
		out.Parent = c.Parent.Anchor
	}
	for _, it := range c.Items {
		out.Items = append(out.Items, Item{Label: it.Label, Marker: it.Marker, Anchor: it.Anchor, Line: it.Pos.Line,
			Text: model.BlocksText(it.Blocks)})
	}
	return out
}

// definition converts a definition that d lists. Positions are columns of
// the file as saved: the definition's own file's, and d's for the uses.
func definition(def *model.Definition, d *model.Document, inherited bool) Definition {
	doc, at := d.Meta.ID, def.Columns.Source(def.Pos)
	out := Definition{Term: def.Term, Forms: def.Forms, Anchor: def.Anchor, Line: at.Line, Col: at.Col,
		Kind: string(def.Kind), Statutory: def.Statutory, Document: def.Document, Inherited: inherited,
		Clause: def.Clause, Text: def.Text, Uses: []Use{}}
	for _, u := range def.Uses {
		if u.Document == doc {
			p := d.Columns.Source(u.Pos)
			out.Uses = append(out.Uses, Use{Line: p.Line, Col: p.Col, Form: u.Form, Clause: u.Clause})
		}
	}
	return out
}

func reference(r *model.Reference, cols *model.Columns) Reference {
	at := cols.Source(r.Pos)
	target := r.Target
	if r.Document != "" && (r.Kind == model.RefClause || r.Kind == model.RefItem) {
		target = r.Document + "#" + r.Target
	}
	ref := Reference{Text: r.Text, Line: at.Line, Col: at.Col, Kind: string(r.Kind), Target: target,
		Resolved: r.Resolved, Cue: r.Cue, Clause: r.Clause, URL: r.URL}
	if !r.Resolved {
		ref.Doubt = r.DoubtText()
	}
	return ref
}

// Write prints the document as indented JSON.
func Write(w io.Writer, d *model.Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(From(d))
}

// TargetDocument splits a reference target "doc#anchor" into its parts.
func TargetDocument(target string) (doc, anchor string) {
	if d, a, ok := strings.Cut(target, "#"); ok {
		return d, a
	}
	return "", target
}
