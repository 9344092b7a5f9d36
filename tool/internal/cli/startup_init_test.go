package cli

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// initLine is one line of GODEBUG=inittrace=1: the package, the bytes and
// the allocations of its initialisation.
var initLine = regexp.MustCompile(`^init (\S+) @\S+ ms, \S+ ms clock, (\d+) bytes, (\d+) allocs$`)

// TestStartupInitIsSmall: every run of legalkit initialises every package
// of it, also `legalkit --version`. The reference resolver and the parser
// compiled their patterns there (4.8 MB and 6.4 MB, 17,000 allocations,
// 15 ms on two cores); they now compile them on first use. Allocations are
// counted, not timed, so that the test does not depend on the machine.
func TestStartupInitIsSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	cmd := exec.Command(bin, "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("legalkit --version: %v\n%s", err, stderr.String())
	}
	const (
		module    = "github.com/legalkit/legalkit/"
		anyBytes  = 1 << 20  // any package of legalkit
		patBytes  = 64 << 10 // the resolver and the parser
		patAllocs = 500
	)
	seen := map[string]bool{}
	for _, line := range strings.Split(stderr.String(), "\n") {
		m := initLine.FindStringSubmatch(line)
		if m == nil || !strings.HasPrefix(m[1], module) {
			continue
		}
		pkg := strings.TrimPrefix(m[1], module)
		bytes, _ := strconv.Atoi(m[2])
		allocs, _ := strconv.Atoi(m[3])
		seen[pkg] = true
		if bytes > anyBytes {
			t.Errorf("initialising %s allocates %d bytes (%d allocations): more than %d", pkg, bytes, allocs, anyBytes)
		}
		if (pkg == "tool/internal/resolve" || pkg == "tool/internal/parse") && (bytes > patBytes || allocs > patAllocs) {
			t.Errorf("initialising %s allocates %d bytes in %d allocations: more than %d bytes or %d allocations; build patterns and tables on first use",
				pkg, bytes, allocs, patBytes, patAllocs)
		}
	}
	if !seen["tool/internal/resolve"] || !seen["tool/internal/parse"] {
		t.Fatalf("no init trace of resolve and parse in:\n%s", stderr.String())
	}
}
