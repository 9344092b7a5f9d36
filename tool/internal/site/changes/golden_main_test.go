package changes

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestMain registers the package's golden files (testdata/site-changes/golden): a run of the
// whole package fails on a golden file no test compares.
func TestMain(m *testing.M) {
	testutil.Main(m, "testdata/site-changes/golden", "testdata/lang/golden/site")
}
