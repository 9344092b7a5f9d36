package notice

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestMain registers the package's golden files (testdata/notice): a run of the
// whole package fails on a golden file no test compares.
func TestMain(m *testing.M) {
	testutil.Main(m, "testdata/notice", "testdata/lang/golden/notice")
}
