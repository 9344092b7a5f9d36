package history

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// version is a version with dates ("unknown" or YYYY-MM-DD) and a notice
// period in days (0: none).
func version(t *testing.T, label, published, effective string, days int) *model.Document {
	t.Helper()
	d := &model.Document{}
	d.Meta.Version = label
	var err error
	if d.Meta.Published, err = model.ParseDate(published); err != nil {
		t.Fatal(err)
	}
	if d.Meta.Effective, err = model.ParseDate(effective); err != nil {
		t.Fatal(err)
	}
	if days > 0 {
		d.Meta.NoticePeriod = model.Period{Amount: days, Unit: model.Days, Text: "n days"}
	}
	return d
}

// TestTiming: the one judgement of a notice period that check and
// legalkit notice share.
func TestTiming(t *testing.T) {
	tests := []struct {
		name                 string
		prevDays             int
		published, effective string
		newDays              int
		wantFrom             string // version whose period applies; "" for none
		wantEarliest         string
		wantUnknown          string
		wantTooSoon          bool
	}{
		{"no period anywhere", 0, "2024-05-01", "2024-05-02", 0, "", "", "", false},
		{"the replaced version's period applies", 30, "2024-05-01", "2024-05-15", 10, "1", "2024-05-31", "", true},
		{"else the new version's own", 0, "2024-05-01", "2024-05-15", 10, "2", "2024-05-11", "", false},
		{"exactly in time", 30, "2024-05-01", "2024-05-31", 0, "1", "2024-05-31", "", false},
		{"one day short", 30, "2024-05-01", "2024-05-30", 0, "1", "2024-05-31", "", true},
		{"publication unknown", 30, "unknown", "2024-05-30", 0, "1", "", "published", false},
		{"effective unknown", 30, "2024-05-01", "unknown", 0, "1", "2024-05-31", "effective", false},
		{"both unknown: the publication is named", 30, "unknown", "unknown", 0, "1", "", "published", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := version(t, "1", "2024-01-01", "2024-02-01", tt.prevDays)
			v := version(t, "2", tt.published, tt.effective, tt.newDays)
			got := Timing(prev, v)
			from := ""
			if !got.Period.IsZero() {
				from = got.From.Meta.Version
			}
			earliest := ""
			if got.Earliest.Known() {
				earliest = got.Earliest.String()
			}
			if from != tt.wantFrom || earliest != tt.wantEarliest || got.Unknown != tt.wantUnknown || got.TooSoon != tt.wantTooSoon {
				t.Errorf("Timing = from %q, earliest %q, unknown %q, too soon %v; want %q, %q, %q, %v",
					from, earliest, got.Unknown, got.TooSoon, tt.wantFrom, tt.wantEarliest, tt.wantUnknown, tt.wantTooSoon)
			}
		})
	}
}
