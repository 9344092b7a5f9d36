package history

import "github.com/legalkit/legalkit/tool/internal/model"

// NoticeTiming is how a version that changes the version it replaces in
// substance keeps the notice period: the one rule behind check's
// notice-period findings and the warnings of legalkit notice.
type NoticeTiming struct {
	Period   model.Period    // the notice period that applies; zero when none does
	From     *model.Document // the version whose notice period it is
	Earliest model.Date      // the earliest effective date the period allows
	// Unknown names the date of the new version that is unknown, so that
	// the period cannot be checked: "published" or "effective"; "" when
	// both are known or no period applies.
	Unknown string
	TooSoon bool // the new version takes effect before Earliest
}

// Timing judges the notice period of v replacing prev with substantive
// changes (see EarliestEffective for the period that applies).
func Timing(prev, v *model.Document) NoticeTiming {
	earliest, period, from, ok := EarliestEffective(prev, v)
	t := NoticeTiming{Period: period, From: from, Earliest: earliest}
	switch {
	case period.IsZero():
	case !v.Meta.Published.Known():
		t.Unknown = "published"
	case !v.Meta.Effective.Known():
		t.Unknown = "effective"
	default:
		t.TooSoon = ok && v.Meta.Effective.Before(earliest)
	}
	return t
}
