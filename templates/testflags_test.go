package templates

import "flag"

// go test ./... -update must run in every package. The other packages get
// the flag from tool/internal/testutil, which this one, outside tool/, may
// not import; it has no golden files, so the flag does nothing here.
var _ = flag.Bool("update", false, "rewrite golden files (this package has none)")
