package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// Bounds every run of the binary in the hostile-input and kill tests must
// stay within.
const (
	runTimeout = 20 * time.Second
	maxRSS     = 1 << 30 // bytes: a run that used more fails
	killRSS    = 3 << 29 // bytes: a run is stopped at 1.5 GiB, to spare the machine
)

// buildBinary compiles the legalkit command into a temporary folder and
// returns its path: the tests below run it as a user would, as a process.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "legalkit")
	cmd := exec.Command("go", "build", "-o", bin, "./tool/cmd/legalkit")
	cmd.Dir = testutil.Root(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runResult is what one run of the binary did.
type runResult struct {
	exit     int // -1 when it did not end by itself
	stdout   []byte
	stderr   []byte
	elapsed  time.Duration
	rss      int64 // peak resident memory, bytes
	timedOut bool
	memKill  bool // stopped for using more than killRSS
}

// runBinary runs bin with args in dir, with a private HOME and TMPDIR
// (env) and no standard input; it stops the process after runTimeout or
// when it uses more than killRSS.
func runBinary(bin, dir string, env, args []string) runResult {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	res := runResult{exit: -1}
	if err := cmd.Start(); err != nil {
		res.stderr = []byte(err.Error())
		return res
	}
	stop := make(chan struct{})
	killed := make(chan bool, 1)
	go watchMemory(cmd.Process, stop, killed)
	err := cmd.Wait()
	close(stop)
	res.memKill = <-killed
	res.elapsed = time.Since(start)
	res.stdout, res.stderr = stdout.Bytes(), stderr.Bytes()
	res.timedOut = errors.Is(ctx.Err(), context.DeadlineExceeded)
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.rss = ru.Maxrss * 1024 // kilobytes on Linux
		}
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Exited() {
			res.exit = ws.ExitStatus()
		}
	}
	_ = err
	return res
}

// watchMemory kills p when its resident memory passes killRSS (read from
// /proc where there is one; elsewhere only the peak is checked, after the
// run). It reports on killed whether it did.
func watchMemory(p *os.Process, stop <-chan struct{}, killed chan<- bool) {
	status := filepath.Join("/proc", strconv.Itoa(p.Pid), "status")
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			killed <- false
			return
		case <-tick.C:
			if residentBytes(status) > killRSS {
				_ = p.Kill()
				<-stop
				killed <- true
				return
			}
		}
	}
}

// residentBytes reads VmRSS from a /proc/PID/status file; 0 when unknown.
func residentBytes(status string) int64 {
	b, err := os.ReadFile(status)
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// privateEnv returns an environment for the binary whose HOME and TMPDIR
// are fresh folders under root, so that tests can see anything written
// there.
func privateEnv(t *testing.T, root string) []string {
	t.Helper()
	home, tmp := filepath.Join(root, "home"), filepath.Join(root, "tmp")
	for _, d := range []string{home, tmp} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"TMPDIR=" + tmp,
		"LANG=C.UTF-8",
		"TZ=America/St_Johns",
		"NO_COLOR=1",
	}
}

// privateDirsEmpty fails when the binary left anything in the HOME or
// TMPDIR of privateEnv.
func privateDirsEmpty(t *testing.T, root, what string) {
	t.Helper()
	for _, d := range []string{"home", "tmp"} {
		entries, _ := os.ReadDir(filepath.Join(root, d))
		for _, e := range entries {
			t.Errorf("%s: left %s in $%s", what, e.Name(), strings.ToUpper(map[string]string{"home": "home", "tmp": "tmpdir"}[d]))
		}
	}
}

// newCommand is bin with args, run in dir with env, without a time limit.
func newCommand(bin, dir string, env, args []string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Env = dir, env
	return cmd
}
