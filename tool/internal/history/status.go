package history

import "github.com/legalkit/legalkit/tool/internal/model"

// Status is where a version stands on a date.
type Status string

// The statuses of a version on a date.
const (
	InForce    Status = "in-force"   // the version that applies on the date
	Superseded Status = "superseded" // applied before, replaced by a later version
	Upcoming   Status = "upcoming"   // published, takes effect after the date
	Draft      Status = "draft"      // not published
	// Scheduled is a published version whose publication date is after the
	// date: it is not public yet.
	Scheduled Status = "scheduled"
)

// InForceOn returns the version in force on date on among versions (oldest
// first): the newest one that applies on that date, nil when none does
// yet. A version applies once it is published (status published, and its
// publication date, when known, has come) and its effective date, when
// known, has come: a version with an unknown effective date applies once
// published, as the site shows it. On an unknown date every published
// version applies, so the newest published one is in force.
func InForceOn(versions []*model.Document, on model.Date) *model.Document {
	for i := len(versions) - 1; i >= 0; i-- {
		if applies(versions[i], on) {
			return versions[i]
		}
	}
	return nil
}

// StatusOn returns where version v of versions (oldest first) stands on
// date on.
func StatusOn(versions []*model.Document, v *model.Document, on model.Date) Status {
	switch {
	case v.Meta.Status == model.StatusDraft:
		return Draft
	case notYet(v.Meta.Published, on):
		return Scheduled
	case notYet(v.Meta.Effective, on):
		return Upcoming
	case InForceOn(versions, on) == v:
		return InForce
	}
	return Superseded
}

// applies reports whether v is published and in effect on date on.
func applies(v *model.Document, on model.Date) bool {
	return v.Meta.Status == model.StatusPublished && !notYet(v.Meta.Published, on) && !notYet(v.Meta.Effective, on)
}

// notYet reports whether a known date d is after a known date on.
func notYet(d, on model.Date) bool {
	return d.Known() && on.Known() && on.Before(d)
}

// Predecessor returns the version that v replaces among versions (oldest
// first): the newest earlier published version, or else the version right
// before it; nil for the first version or one not among versions.
func Predecessor(versions []*model.Document, v *model.Document) *model.Document {
	i := index(versions, v)
	for j := i - 1; j >= 0; j-- {
		if versions[j].Meta.Status == model.StatusPublished {
			return versions[j]
		}
	}
	if i > 0 {
		return versions[i-1]
	}
	return nil
}

// Newest returns the last of versions, nil when there are none.
func Newest(versions []*model.Document) *model.Document {
	if len(versions) == 0 {
		return nil
	}
	return versions[len(versions)-1]
}

func index(versions []*model.Document, v *model.Document) int {
	for i, d := range versions {
		if d == v {
			return i
		}
	}
	return -1
}
