package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestHostile runs every case of the hostile-input catalogue,
// testdata/hostile/*.txtar, through every command that reads sources, as a
// user would: the legalkit binary in a process, with a time limit and a
// memory limit. See testdata/hostile/README.md for what is checked.
// go test ./tool/internal/cli -run TestHostile/NAME runs one case.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("the hostile-input catalogue runs the binary some 400 times")
	}
	paths, err := filepath.Glob(filepath.Join(testutil.Root(t), "testdata", "hostile", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 60 {
		t.Fatalf("the catalogue has %d cases; the issue asks for at least 60", len(paths))
	}
	var cases []*hostileCase
	for _, p := range paths {
		c, err := loadHostileCase(p)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	bin := buildBinary(t)
	prev := previousOutputs(t, bin)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			runHostileCase(t, bin, prev, c)
		})
	}
}

// hostileRun is one command of a case: its arguments and the output it
// writes ("" for none).
type hostileRun struct {
	name string
	args []string
	out  string
}

// hostileRuns are the commands every case runs, in its work folder.
// base.md (outside terms/) is an earlier version for diff and notice to
// compare the target with.
func hostileRuns(target string) []hostileRun {
	return []hostileRun{
		{"check", []string{"check", "terms"}, ""},
		{"inspect", []string{"inspect", "--sources", "terms", target}, ""},
		{"build", []string{"build", "--quiet", "--date", "2026-01-01", "--out", "public", "terms"}, "public"},
		{"pdf", []string{"pdf", "--sources", "terms", "-o", "out.pdf", target}, "out.pdf"},
		{"diff", []string{"diff", "-o", "diff.txt", "base.md", target}, "diff.txt"},
		{"notice", []string{"notice", "--since", "base.md", "-o", "notice.md", target}, "notice.md"},
	}
}

// hostileBase is base.md: the version diff and notice compare with.
var hostileBase = strings.Replace(hostileFront, `version: "1"`, `version: "0"`, 1) +
	"# 1. Scope\n\n1.1. The Customer pays the fees, see 1.2.\n\n1.2. Fees are due in thirty days.\n"

func runHostileCase(t *testing.T, bin string, prev *previous, c *hostileCase) {
	root := t.TempDir()
	work := filepath.Join(root, "work")
	target, err := c.materialize(work)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(filepath.Join(work, "base.md")); err != nil {
		if err := os.WriteFile(filepath.Join(work, "base.md"), []byte(hostileBase), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prev.install(t, work)
	env := privateEnv(t, root)
	for _, r := range hostileRuns(target) {
		before := snapshot(t, work)
		res := runBinary(bin, work, env, r.args)
		h := &hostileCheck{t: t, c: c, run: r, res: res, work: work}
		h.process()
		h.exit()
		h.outputs()
		h.files(before, snapshot(t, work), prev)
		privateDirsEmpty(t, root, h.what())
		if res.timedOut || res.memKill {
			t.Errorf("%s: the case's other commands are not run", h.what())
			return
		}
	}
}

// hostileCheck checks one run of one case.
type hostileCheck struct {
	t    *testing.T
	c    *hostileCase
	run  hostileRun
	res  runResult
	work string
}

func (h *hostileCheck) what() string {
	return "legalkit " + strings.Join(h.run.args, " ")
}

func (h *hostileCheck) fail(format string, args ...any) {
	h.t.Helper()
	h.t.Errorf("%s: %s\nexit %d, %v, %d MiB\nstdout:\n%s\nstderr:\n%s", h.what(), fmt.Sprintf(format, args...),
		h.res.exit, h.res.elapsed.Round(1e6), h.res.rss>>20, clip(h.res.stdout), clip(h.res.stderr))
}

// process: the run ended by itself, in time, within the memory bound,
// without a panic.
func (h *hostileCheck) process() {
	switch {
	case h.res.timedOut:
		h.fail("did not finish within %v", runTimeout)
	case h.res.memKill:
		h.fail("stopped: it used more than %d MiB", killRSS>>20)
	case h.res.rss > h.c.memoryBound():
		h.fail("used %d MiB, more than %d MiB", h.res.rss>>20, h.c.memoryBound()>>20)
	}
	for _, crash := range []string{"panic:", "goroutine ", "fatal error:"} {
		if strings.Contains(string(h.res.stderr), crash) {
			h.fail("crashed (%q on stderr)", crash)
		}
	}
}

var errorLine = regexp.MustCompile(`(?m)^.+:\d+:\d+: error: `)

// exit: the exit code and the diagnostic codes expected; a printed error
// means a non-zero exit.
func (h *hostileCheck) exit() {
	e := h.c.expect[h.run.name]
	if e.exit != anyExit && h.res.exit != e.exit {
		h.fail("exit code %d, want %d", h.res.exit, e.exit)
	}
	all := string(h.res.stdout) + string(h.res.stderr)
	for _, code := range e.codes {
		if !codeLine(code).MatchString(all) {
			h.fail("no file:line:col diagnostic %s", code)
		}
	}
	for _, code := range e.no {
		if codeLine(code).MatchString(all) {
			h.fail("diagnostic %s printed", code)
		}
	}
	if h.res.exit == 0 && errorLine.MatchString(all) {
		h.fail("printed an error but exited 0")
	}
}

// codeLine matches a positioned diagnostic written "CODE",
// "SEVERITY:CODE", or either followed by "@LINE:COL" or "@LINE".
func codeLine(code string) *regexp.Regexp {
	sev, pos := "(error|warning)", `\d+:\d+`
	if c, p, ok := strings.Cut(code, "@"); ok {
		code, pos = c, regexp.QuoteMeta(p)
		if !strings.Contains(p, ":") {
			pos += `:\d+`
		}
	}
	if s, c, ok := strings.Cut(code, ":"); ok {
		sev, code = s, c
	}
	return regexp.MustCompile(`(?m)^.+:` + pos + `: ` + sev + `: ` + regexp.QuoteMeta(code) + `: `)
}

// outputs: what the run printed is UTF-8 text without control characters
// and without any secret of the case.
func (h *hostileCheck) outputs() {
	for name, b := range map[string][]byte{"stdout": h.res.stdout, "stderr": h.res.stderr} {
		if msg := badText(b); msg != "" {
			h.fail("%s: %s", name, msg)
		}
		h.noSecrets(name, b)
	}
}

func (h *hostileCheck) noSecrets(where string, b []byte) {
	for _, s := range h.c.secrets {
		if strings.Contains(string(b), s) {
			h.fail("%s contains %q, which is outside the sources", where, s)
		}
	}
}

func clip(b []byte) string {
	if len(b) > 1500 {
		return string(b[:1500]) + fmt.Sprintf("… (%d bytes)", len(b))
	}
	return string(b)
}
