package cli

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// killRounds is how often each command is killed at a random moment.
const killRounds = 10

// killCase is a command that replaces one output.
type killCase struct {
	name string
	args []string
	out  string // relative to the work folder, inside out/
}

var killCases = []killCase{
	{"build", []string{"build", "--quiet", "--date", "2026-01-01", "--out", "out/public", "terms"}, "out/public"},
	{"pdf", []string{"pdf", "--sources", "terms", "-o", "out/terms.pdf", "visma/servicevoorwaarden"}, "out/terms.pdf"},
	{"diff", []string{"diff", "--format", "pdf", "-o", "out/diff.pdf", "old.md", "terms/visma/servicevoorwaarden/2018-04-18.md"}, "out/diff.pdf"},
}

// TestKillAtRandom kills build, pdf -o and diff -o with SIGKILL at random
// moments while they replace an earlier output: the output is always the
// old one or the new one, whole, and the next run that completes leaves
// nothing but its output behind. The delays come from a seed that is
// logged; LEGALKIT_KILL_SEED=N repeats a run.
func TestKillAtRandom(t *testing.T) {
	if testing.Short() {
		t.Skip("kills the binary 30 times")
	}
	seed := uint64(20261201)
	if s := os.Getenv("LEGALKIT_KILL_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("LEGALKIT_KILL_SEED=%q: not a number", s)
		}
		seed = n
	}
	t.Logf("seed %d (LEGALKIT_KILL_SEED=%d repeats these delays)", seed, seed)
	bin := buildBinary(t)
	rng := rand.New(rand.NewPCG(seed, seed))
	for _, kc := range killCases {
		t.Run(kc.name, func(t *testing.T) { killAtRandom(t, bin, kc, rng) })
	}
}

func killAtRandom(t *testing.T, bin string, kc killCase, rng *rand.Rand) {
	root := t.TempDir()
	work := filepath.Join(root, "work")
	if err := copyTree(filepath.Join(testutil.Root(t), "terms"), filepath.Join(work, "terms")); err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile(filepath.Join(work, "terms", "visma", "servicevoorwaarden", "2018-04-18.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "old.md"), old, 0o644); err != nil {
		t.Fatal(err)
	}
	env := privateEnv(t, root)
	complete := func() time.Duration {
		t.Helper()
		res := runBinary(bin, work, env, kc.args)
		if res.exit != 0 {
			t.Fatalf("legalkit %s: exit %d\n%s", strings.Join(kc.args, " "), res.exit, res.stderr)
		}
		return res.elapsed
	}
	out := filepath.Join(work, filepath.FromSlash(kc.out))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	complete()
	before := outputState(t, out)
	keep := filepath.Join(root, "keep")
	if err := copyOutput(out, keep); err != nil {
		t.Fatal(err)
	}
	amendSources(t, filepath.Join(work, "terms"))
	took := complete()
	after := outputState(t, out)
	if reflect.DeepEqual(before, after) {
		t.Fatal("the amended sources give the same output: the test cannot tell old from new")
	}
	for round := range killRounds {
		restore(t, keep, out)
		// Most of a run is reading and rendering, and the output is written
		// in a short moment at its end: even rounds kill at a random moment
		// of the run, odd ones soon after a temporary file or folder
		// appears beside the output.
		var how string
		if round%2 == 0 {
			delay := time.Duration(rng.Int64N(int64(took)*6/5 + 1))
			how = "after " + delay.String()
			killAfter(t, bin, work, env, kc.args, delay, "")
		} else {
			window := time.Duration(1) // a file is written in one go: kill at once
			if _, ok := before.(tree); ok {
				window = 5 * time.Millisecond // a site is many files
			}
			delay := time.Duration(rng.Int64N(int64(window)))
			how = delay.String() + " after it started writing"
			killAfter(t, bin, work, env, kc.args, delay, out)
		}
		switch got := outputState(t, out); {
		case reflect.DeepEqual(got, before):
			t.Logf("round %d, killed %s: old output, %d other entries beside it", round, how, leftovers(out))
		case reflect.DeepEqual(got, after):
			t.Logf("round %d, killed %s: new output, %d other entries beside it", round, how, leftovers(out))
		default:
			t.Errorf("round %d, killed %s: %s is neither the old output nor the new one", round, how, kc.out)
		}
	}
	complete()
	if got := outputState(t, out); !reflect.DeepEqual(got, after) {
		t.Errorf("after a complete run, %s is not the new output", kc.out)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if e.Name() != filepath.Base(out) {
			t.Errorf("left %s beside %s after a complete run", e.Name(), kc.out)
		}
	}
	privateDirsEmpty(t, root, "legalkit "+kc.name)
}

// leftovers counts the entries beside out.
func leftovers(out string) int {
	entries, _ := os.ReadDir(filepath.Dir(out))
	return len(entries) - 1
}

// killAfter starts the command and kills it with SIGKILL after delay;
// when out is not "", delay counts from the moment something other than
// out appears in out's folder (the command's temporary output).
func killAfter(t *testing.T, bin, dir string, env, args []string, delay time.Duration, out string) {
	t.Helper()
	cmd := newCommand(bin, dir, env, args)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	if out != "" && !writing(out, done) {
		return
	}
	select {
	case <-done:
	case <-time.After(delay):
		_ = cmd.Process.Kill()
		<-done
	}
}

// writing waits until an entry other than out appears beside it, and
// reports whether one did before the command ended. It polls without
// pause: a file is written in well under a millisecond.
func writing(out string, done <-chan struct{}) bool {
	for {
		select {
		case <-done:
			return false
		default:
		}
		if leftovers(out) > 0 {
			return true
		}
	}
}

// outputState describes an output: a file's bytes, or every file of a
// folder with its bytes' digest (see snapshot). A missing output is nil.
func outputState(t *testing.T, path string) any {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	if !info.IsDir() {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return snapshot(t, path)
}

// copyOutput copies a file or folder.
func copyOutput(from, to string) error {
	info, err := os.Stat(from)
	if err != nil {
		return err
	}
	if info.IsDir() {
		return copyTree(from, to)
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// restore puts the old output back in place of whatever is there.
func restore(t *testing.T, keep, out string) {
	t.Helper()
	if err := os.RemoveAll(out); err != nil {
		t.Fatal(err)
	}
	if err := copyOutput(keep, out); err != nil {
		t.Fatal(err)
	}
}

// amendSources adds a sentence to the last clause of every document, so
// that the next run's output differs from the last.
func amendSources(t *testing.T, dir string) {
	t.Helper()
	var files []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "README.md" {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b = append(bytes.TrimRight(b, "\n"), "\n\nThis sentence was added by the kill test.\n"...)
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
