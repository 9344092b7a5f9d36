package pdf

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestMain registers the package's golden files (testdata/lang/golden/pdf):
// a run of the whole package fails on a golden file no test compares.
func TestMain(m *testing.M) {
	testutil.Main(m, "testdata/lang/golden/pdf")
}
