package history

import (
	"sort"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// ReadingDate returns the date version v of versions (oldest first) is
// read on, for pairing it with a related document: on, when v is the
// version in force on that (known) date; else v's effective date; else its
// publication date; else the unknown date.
func ReadingDate(versions []*model.Document, v *model.Document, on model.Date) model.Date {
	switch {
	case on.Known() && InForceOn(versions, on) == v:
		return on
	case v.Meta.Effective.Known():
		return v.Meta.Effective
	}
	return v.Meta.Published
}

// ReadWith returns the version of a related document (other: an annex's
// main document, or a main document's annex, oldest first) that version
// v of own is read with on date on (unknown when the question has no
// date, as in check and inspect):
//
//   - a draft is read with the newest version of other, draft or published:
//     drafts are written together;
//   - otherwise with the version of other in force on v's reading date (see
//     ReadingDate): on the date in question for the version in force then,
//     else on v's own effective or publication date, and with the newest
//     published version of other when v states no date;
//   - when no version of other is in force yet on that date, with the
//     first published version of other (the one v was written for), and
//     when other has none, with its newest version.
//
// It returns nil when other has no versions.
func ReadWith(own, other []*model.Document, v *model.Document, on model.Date) *model.Document {
	if len(other) == 0 {
		return nil
	}
	if v.Meta.Status == model.StatusDraft {
		return Newest(other)
	}
	if w := InForceOn(other, ReadingDate(own, v, on)); w != nil {
		return w
	}
	for _, w := range other {
		if w.Meta.Status == model.StatusPublished {
			return w
		}
	}
	return Newest(other)
}

// Set is the history of every document of a corpus: the versions of each
// document id, oldest first.
type Set map[string][]*model.Document

// NewSet groups docs by document id, each group in history order.
func NewSet(docs []*model.Document) Set {
	s := Set{}
	for _, d := range docs {
		s[d.Meta.ID] = append(s[d.Meta.ID], d)
	}
	for _, vs := range s {
		Sort(vs)
	}
	return s
}

// IDs returns the document ids of the set, sorted.
func (s Set) IDs() []string {
	ids := make([]string, 0, len(s))
	for id := range s {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// ReadWith returns the version of document id that doc is read with on
// date on (see the function ReadWith); nil when the set has no version of
// id.
func (s Set) ReadWith(doc *model.Document, id string, on model.Date) *model.Document {
	own := s[doc.Meta.ID]
	if index(own, doc) < 0 {
		own = append(append([]*model.Document(nil), own...), doc)
		Sort(own)
	}
	return ReadWith(own, s[id], doc, on)
}
