package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/rogpeppe/go-internal/txtar"
)

// hostileCommands are the commands that read sources, in the order each
// case runs them.
var hostileCommands = []string{"check", "inspect", "build", "pdf", "diff", "notice"}

// hostileCase is one case of testdata/hostile (see its README.md): a tree
// of sources and what every command must do with it.
type hostileCase struct {
	name    string
	files   []txtar.File
	steps   []step                 // gen, symlink, mkdir and fifo, in order
	target  string                 // the document inspect, pdf, diff and notice read
	expect  map[string]expectation // by command
	absent  []string               // text no page of the site may contain
	secrets []string               // text no output at all may contain
	rss     int64                  // bytes of resident memory a run may use, if lower than maxRSS
}

// memoryBound is the resident memory a run of the case may use.
func (c *hostileCase) memoryBound() int64 {
	if c.rss > 0 {
		return c.rss
	}
	return maxRSS
}

// step makes a part of the tree the archive cannot hold.
type step struct {
	op   string // gen, symlink, mkdir, fifo
	path string
	args []string
}

// expectation is what one command must do.
type expectation struct {
	exit  int      // anyExit: not checked
	codes []string // diagnostic codes it must print, positioned: CODE, SEVERITY:CODE, either @LINE:COL
	no    []string // codes it must not print
}

const anyExit = -1

// loadHostileCase reads the case in the txtar file at path.
func loadHostileCase(path string) (*hostileCase, error) {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return nil, err
	}
	c := &hostileCase{
		name:   strings.TrimSuffix(filepath.Base(path), ".txtar"),
		files:  a.Files,
		expect: map[string]expectation{},
	}
	for n, line := range strings.Split(string(a.Comment), "\n") {
		if err := c.directive(strings.TrimSpace(line)); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
	}
	for _, cmd := range hostileCommands {
		if _, ok := c.expect[cmd]; !ok {
			return nil, fmt.Errorf("%s: no expectation for %s (write expect * ... or expect %s ...)", path, cmd, cmd)
		}
	}
	return c, nil
}

// directive reads one line of the case header.
func (c *hostileCase) directive(line string) error {
	if line == "" || strings.HasPrefix(line, "#") {
		return nil
	}
	f := fields(line)
	switch {
	case f[0] == "expect" && len(f) >= 3:
		return c.expectation(f[1], f[2:])
	case (f[0] == "gen" && len(f) >= 3) || (f[0] == "symlink" && len(f) == 3) || ((f[0] == "mkdir" || f[0] == "fifo") && len(f) == 2):
		c.steps = append(c.steps, step{op: f[0], path: f[1], args: f[2:]})
	case f[0] == "target" && len(f) == 2:
		c.target = expandPath(f[1])
	case f[0] == "absent" && len(f) == 2:
		c.absent = append(c.absent, f[1])
	case f[0] == "secret" && len(f) == 2:
		c.secrets = append(c.secrets, f[1])
	case f[0] == "rss" && len(f) == 2:
		mib, err := strconv.Atoi(f[1])
		if err != nil || mib <= 0 || int64(mib)<<20 > maxRSS {
			return fmt.Errorf("rss %s: want MiB, at most %d", f[1], maxRSS>>20)
		}
		c.rss = int64(mib) << 20
	default:
		return fmt.Errorf("unknown directive %q", line)
	}
	return nil
}

// expectation reads "expect CMD[,CMD] exit=N codes=A,B no=C"; CMD * sets
// every command not named yet.
func (c *hostileCase) expectation(cmds string, words []string) error {
	e := expectation{exit: anyExit}
	for _, w := range words {
		key, val, _ := strings.Cut(w, "=")
		switch key {
		case "exit":
			if val == "any" {
				continue
			}
			n, err := strconv.Atoi(val)
			if err != nil {
				return fmt.Errorf("exit=%s: not a number", val)
			}
			e.exit = n
		case "codes":
			e.codes = strings.Split(val, ",")
		case "no":
			e.no = strings.Split(val, ",")
		default:
			return fmt.Errorf("unknown expectation %q", w)
		}
	}
	for _, cmd := range strings.Split(cmds, ",") {
		if cmd == "*" {
			for _, name := range hostileCommands {
				if _, ok := c.expect[name]; !ok {
					c.expect[name] = e
				}
			}
			continue
		}
		if !isHostileCommand(cmd) {
			return fmt.Errorf("unknown command %q", cmd)
		}
		c.expect[cmd] = e
	}
	return nil
}

func isHostileCommand(name string) bool {
	for _, c := range hostileCommands {
		if c == name {
			return true
		}
	}
	return false
}

// fields splits a directive into words; a word in double quotes is a Go
// string literal ("\x00", "a b").
func fields(line string) []string {
	var out []string
	for line = strings.TrimSpace(line); line != ""; line = strings.TrimSpace(line) {
		if line[0] == '"' {
			if s, rest, ok := quoted(line); ok {
				out = append(out, s)
				line = rest
				continue
			}
		}
		end := strings.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		out = append(out, line[:end])
		line = line[end:]
	}
	return out
}

// quoted reads the Go string literal at the start of s.
func quoted(s string) (string, string, bool) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			v, err := strconv.Unquote(s[:i+1])
			return v, s[i+1:], err == nil
		}
	}
	return "", s, false
}

// materialize writes the case's tree into dir and returns the target.
func (c *hostileCase) materialize(dir string) (string, error) {
	for _, f := range c.files {
		if err := writeFileAll(filepath.Join(dir, f.Name), f.Data); err != nil {
			return "", err
		}
	}
	for _, s := range c.steps {
		if err := s.apply(dir); err != nil {
			return "", fmt.Errorf("%s %s: %v", s.op, s.path, err)
		}
	}
	if c.target != "" {
		return c.target, nil
	}
	return firstDocument(dir), nil
}

func (s step) apply(dir string) error {
	p := filepath.Join(dir, filepath.FromSlash(expandPath(s.path)))
	switch s.op {
	case "mkdir":
		return os.MkdirAll(p, 0o755)
	case "fifo":
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return syscall.Mkfifo(p, 0o644)
	case "symlink":
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.Symlink(s.args[0], p)
	}
	old, _ := os.ReadFile(p)
	b, err := generate(old, s.args)
	if err != nil {
		return err
	}
	return writeFileAll(p, b)
}

var deepPath = regexp.MustCompile(`\{deep:(\d+)\}`)

// expandPath turns {deep:N} in a path into N nested folders d/d/…/d.
func expandPath(p string) string {
	return deepPath.ReplaceAllStringFunc(p, func(m string) string {
		n, _ := strconv.Atoi(deepPath.FindStringSubmatch(m)[1])
		return strings.TrimSuffix(strings.Repeat("d/", n), "/")
	})
}

func writeFileAll(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// firstDocument returns the first Markdown file under dir/terms (sorted,
// not following links), or terms/acme/terms/1.md when there is none.
func firstDocument(dir string) string {
	var docs []string
	root := filepath.Join(dir, "terms")
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, ".md") && d.Name() != "README.md" {
			rel, _ := filepath.Rel(dir, p)
			docs = append(docs, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(docs)
	if len(docs) == 0 {
		return "terms/acme/terms/1.md"
	}
	return docs[0]
}
