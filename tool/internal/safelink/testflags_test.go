package safelink

// The blank import gives this package's test binary the flags every legalkit
// test accepts, such as -update, so that go test ./... -update runs here too.
import _ "github.com/legalkit/legalkit/tool/internal/testutil"
