package resolve

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// TestDoubtsHaveDutch checks that every reason for a doubt reads in Dutch
// where check writes Dutch messages: an English reason inside a Dutch
// message is what an editor would notice.
func TestDoubtsHaveDutch(t *testing.T) {
	for _, f := range doubtFormats {
		args := make([]any, strings.Count(f, "%"))
		for i := range args {
			args[i] = "x"
		}
		p := diag.Phrasef(f, args...)
		if p.In("nl") == p.In("en") {
			t.Errorf("no Dutch for the doubt %q: add it to tool/internal/lang/messages_nl.go", f)
		}
	}
}
