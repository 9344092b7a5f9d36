package resolve

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// A number with a part of three or more digits is mostly a year or an
// amount (18.04.2018, 1.250.000), not a reference; but a clause may be
// numbered so (1.100, or a slip of 20 digits), and references to it must
// still link, or be reported when they point nowhere.
var (
	reAmount = lazyre.New(`^\d{1,3}(?:\.\d{3})+$`)
	reDate   = lazyre.New(`^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}\.\d{1,2}\.\d{1,2})$`)
)

// longPart reports whether a part of number has three or more digits.
func longPart(number string) bool {
	for _, seg := range strings.Split(number, ".") {
		if len(seg) >= 3 {
			return true
		}
	}
	return false
}

// longClause reports whether a number with a long part is a reference all
// the same: it names a clause of this document, or a strong cue word
// ("zie", "artikel") introduces a dotted number that is neither a date nor
// an amount.
func (r *resolver) longClause(number string, strongCue bool) bool {
	if r.doc.Clause(number) != nil {
		return true
	}
	return strongCue && strings.Contains(number, ".") && !reAmount.MatchString(number) && !reDate.MatchString(number)
}
