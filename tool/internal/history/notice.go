package history

import "github.com/legalkit/legalkit/tool/internal/model"

// NoticePeriod returns the notice period that applies when v replaces
// prev, and the version that sets it: prev's, because the terms in force
// promise it, else v's own. The period is zero (and from nil) when neither
// states one.
func NoticePeriod(prev, v *model.Document) (period model.Period, from *model.Document) {
	if prev != nil && !prev.Meta.NoticePeriod.IsZero() {
		return prev.Meta.NoticePeriod, prev
	}
	if !v.Meta.NoticePeriod.IsZero() {
		return v.Meta.NoticePeriod, v
	}
	return model.Period{}, nil
}

// EarliestEffective returns the earliest date on which v may take effect
// when it replaces prev with substantive changes: its publication date
// plus the notice period that applies (see NoticePeriod), which it also
// returns with the version that sets it. ok is false when no period
// applies or the publication date is unknown.
func EarliestEffective(prev, v *model.Document) (earliest model.Date, period model.Period, from *model.Document, ok bool) {
	period, from = NoticePeriod(prev, v)
	if period.IsZero() || !v.Meta.Published.Known() {
		return model.Date{}, period, from, false
	}
	return period.AddTo(v.Meta.Published), period, from, true
}

// Objection returns the objection text that applies to version v of
// versions (oldest first): its own, or else that of the newest earlier
// version that has one; "" when none has.
func Objection(versions []*model.Document, v *model.Document) string {
	if v.Meta.Objection != "" {
		return v.Meta.Objection
	}
	found := ""
	for _, d := range versions {
		if d == v {
			break
		}
		if d.Meta.Objection != "" {
			found = d.Meta.Objection
		}
	}
	return found
}
