package model

import (
	"fmt"
	"time"
)

// Status is the publication status of a document version.
type Status string

// The statuses a version can have.
const (
	StatusDraft     Status = "draft"
	StatusPublished Status = "published"
)

// Date is a calendar date that may be unknown. The zero Date is unknown:
// legalkit never invents a date the source does not state.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a date written as YYYY-MM-DD, or the word "unknown".
func ParseDate(s string) (Date, error) {
	if s == "unknown" {
		return Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date: write YYYY-MM-DD or unknown", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// Known reports whether the date is known.
func (d Date) Known() bool { return d.Year != 0 }

// String returns YYYY-MM-DD, or "unknown".
func (d Date) String() string {
	if !d.Known() {
		return "unknown"
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns the date at midnight UTC; the zero time when unknown.
func (d Date) Time() time.Time {
	if !d.Known() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// Before reports whether d is strictly before e. Unknown dates sort last.
func (d Date) Before(e Date) bool {
	switch {
	case !d.Known():
		return false
	case !e.Known():
		return true
	}
	return d.Time().Before(e.Time())
}

// Unit is the unit of a notice period.
type Unit string

// The units a notice period can be given in.
const (
	Days   Unit = "days"
	Weeks  Unit = "weeks"
	Months Unit = "months"
)

// Period is a notice period such as 30 days or 1 month. The zero Period
// means the document states none.
type Period struct {
	Amount int
	Unit   Unit
	Text   string // as written in the front matter
}

// IsZero reports whether no period was given.
func (p Period) IsZero() bool { return p.Amount == 0 }

// AddTo returns the date p after d.
func (p Period) AddTo(d Date) Date {
	t := d.Time()
	switch p.Unit {
	case Days:
		t = t.AddDate(0, 0, p.Amount)
	case Weeks:
		t = t.AddDate(0, 0, 7*p.Amount)
	case Months:
		t = t.AddDate(0, p.Amount, 0)
	}
	return Date{t.Year(), t.Month(), t.Day()}
}

// Meta is a document version's front matter.
type Meta struct {
	ID           string // publisher/document
	Title        string
	Publisher    string
	Language     string // "nl", "en", "de" or "fr" (lang.Supported)
	Version      string
	Published    Date
	Effective    Date
	Status       Status
	NoticePeriod Period
	Aliases      []string // other names documents use for this one
	AnnexOf      string   // id of the main document, for an annex
	Annexes      []string // ids of this document's annexes
	Names        []string // capitalised names that are not defined terms

	// Objection is what the terms let customers do when they disagree with
	// a change, as the editor wrote it (front matter key "objection"). Change
	// notices quote it; legalkit never writes it itself.
	Objection string
	// Changes are the editor's explanations of this version's changes, per
	// clause or defined term (front matter key "changes"), in the order
	// written. Change notices show each one beside its clause.
	Changes []ChangeNote
	// ChangeSummary is the editor's short explanation of this version's
	// changes as a whole (front matter key "change-summary"): the opening
	// of a change notice and the description of a changelog entry.
	ChangeSummary string
	// Source is where legalkit import took this version from (front
	// matter key "source").
	Source Provenance
}

// ChangeNote is an editor's explanation of the change to one clause or one
// defined term.
type ChangeNote struct {
	Target string // a clause number as written ("2.3.5", "A.1") or a defined term
	Text   string
	Pos    Pos // where the target is written in the front matter
}
