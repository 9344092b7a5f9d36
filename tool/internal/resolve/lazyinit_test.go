package resolve

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// patternsAtInit is how many patterns were compiled when this package's
// initialisation ended: init functions run after all package variables.
var patternsAtInit int64

func init() { patternsAtInit = lazyre.Compiled() }

// TestInitCompilesNoPattern: the patterns of this package are compiled by
// the first text that needs them, not by every run of legalkit (--version,
// serve, init) at start-up.
func TestInitCompilesNoPattern(t *testing.T) {
	if patternsAtInit != 0 {
		t.Errorf("package initialisation compiled %d patterns; build them on first use (lazyre)", patternsAtInit)
	}
}
