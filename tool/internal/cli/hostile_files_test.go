package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// tree maps each path under a folder (slash-separated, relative) to what
// it is: "dir", "link -> TARGET", "special MODE" (a named pipe) or "file
// SHA256 MODE". Links are not followed, pipes not read.
type tree map[string]string

func snapshot(t *testing.T, dir string) tree {
	t.Helper()
	out := tree{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			out[rel] = "link -> " + target
		case d.IsDir():
			out[rel] = "dir"
		case !d.Type().IsRegular():
			out[rel] = "special " + d.Type().String()
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			out[rel] = "file " + hex.EncodeToString(sum[:8]) + " " + info.Mode().String()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// treeChanges lists what differs between two trees, leaving out the paths
// under skip ("" leaves out nothing).
func treeChanges(before, after tree, skip string) []string {
	under := func(p string) bool { return skip != "" && (p == skip || strings.HasPrefix(p, skip+"/")) }
	var out []string
	for p, v := range before {
		if w, ok := after[p]; !under(p) && (!ok || v != w) {
			out = append(out, p+" changed or removed")
		}
	}
	for p := range after {
		if _, ok := before[p]; !under(p) && !ok {
			out = append(out, p+" created")
		}
	}
	sort.Strings(out)
	return out
}

// files: the run changed nothing but its output; a failed run left the
// previous output as it was; a successful one replaced it with a whole,
// valid output. diff and notice write their output for a document with
// errors and then exit 1 (README: a command that prints an error line
// exits non-zero): such a run may replace its output, whole.
func (h *hostileCheck) files(before, after tree, prev *previous) {
	if h.res.exit != 0 {
		if h.writesDespiteErrors() && treeChanges(before, after, "") != nil {
			h.replaced(before, after, prev)
			return
		}
		if ch := treeChanges(before, after, ""); len(ch) > 0 {
			h.fail("failed, but changed files (the previous output must stay as it was):\n  %s", strings.Join(ch, "\n  "))
		}
		return
	}
	h.replaced(before, after, prev)
}

// writesDespiteErrors reports whether the run is a diff or notice that
// exited 1 after printing an error diagnostic: it still writes its output.
func (h *hostileCheck) writesDespiteErrors() bool {
	all := string(h.res.stdout) + string(h.res.stderr)
	return (h.run.name == "diff" || h.run.name == "notice") && h.res.exit == 1 && errorLine.MatchString(all)
}

// replaced: the run changed nothing but its output, and the output is
// whole and valid.
func (h *hostileCheck) replaced(before, after tree, prev *previous) {
	if ch := treeChanges(before, after, h.run.out); len(ch) > 0 {
		h.fail("changed files besides its output %q:\n  %s", h.run.out, strings.Join(ch, "\n  "))
	}
	switch h.run.name {
	case "inspect":
		h.inspectJSON()
	case "build":
		h.site(prev)
	case "pdf":
		if b, _ := os.ReadFile(filepath.Join(h.work, h.run.out)); !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b[max(0, len(b)-64):], []byte("%%EOF")) {
			h.fail("%s is not a whole PDF", h.run.out)
		}
	case "diff", "notice":
		b, _ := os.ReadFile(filepath.Join(h.work, h.run.out))
		if len(b) == 0 || bytes.Equal(b, prev.text) {
			h.fail("%s was not written", h.run.out)
		}
		if msg := badText(b); msg != "" {
			h.fail("%s: %s", h.run.out, msg)
		}
		h.noSecrets(h.run.out, b)
	}
}

var htmlID = regexp.MustCompile(`\sid="([^"]*)"`)

// site: the new site replaced the old one as a whole, and every page is
// whole, has unique ids, no control characters and none of the case's
// absent text.
func (h *hostileCheck) site(prev *previous) {
	dir := filepath.Join(h.work, h.run.out)
	if _, err := os.Stat(filepath.Join(dir, prev.sentinel)); err == nil {
		h.fail("the previous site's %s is still there: the site was not replaced as a whole", prev.sentinel)
	}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(h.work, p)
		h.noSecrets(rel, b)
		if !strings.HasSuffix(p, ".html") {
			return nil
		}
		if msg := pageProblem(b); msg != "" {
			h.fail("%s: %s", rel, msg)
		}
		for _, s := range h.c.absent {
			if bytes.Contains(b, []byte(s)) {
				h.fail("%s contains %q", rel, s)
			}
		}
		return nil
	})
	if _, err := os.Stat(filepath.Join(dir, ".legalkit-site")); err != nil {
		h.fail("the new site has no .legalkit-site")
	}
}

// pageProblem says what is wrong with an HTML page, or "".
func pageProblem(b []byte) string {
	if !bytes.HasPrefix(b, []byte("<!DOCTYPE html>\n")) || !bytes.HasSuffix(b, []byte("</html>\n")) {
		return "not a whole page"
	}
	if msg := badText(b); msg != "" {
		return msg
	}
	seen := map[string]bool{}
	for _, m := range htmlID.FindAllSubmatch(b, -1) {
		if id := string(m[1]); seen[id] {
			return `two elements with id="` + id + `"`
		} else {
			seen[id] = true
		}
	}
	return ""
}

// inspectJSON: inspect printed JSON, and, for a document check accepts,
// no two clauses, items or definitions share an anchor.
func (h *hostileCheck) inspectJSON() {
	var m struct {
		Clauses []struct {
			Anchor string
			Items  []struct{ Anchor string }
		}
		Definitions []struct{ Anchor string }
	}
	if err := json.Unmarshal(h.res.stdout, &m); err != nil {
		h.fail("stdout is not JSON: %v", err)
		return
	}
	if h.c.expect["check"].exit != 0 {
		return
	}
	seen := map[string]bool{}
	add := func(a string) {
		if seen[a] {
			h.fail("two parts of the document have anchor %q", a)
		}
		seen[a] = true
	}
	for _, c := range m.Clauses {
		add(c.Anchor)
		for _, it := range c.Items {
			add(it.Anchor)
		}
	}
	for _, d := range m.Definitions {
		add(d.Anchor)
	}
}

// badText says why b is not clean text: invalid UTF-8, or a control
// character other than newline and tab (C0, DEL, C1). "" when it is clean.
func badText(b []byte) string {
	if !utf8.Valid(b) {
		return "not valid UTF-8"
	}
	for i, r := range string(b) {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f {
			line := 1 + bytes.Count(b[:i], []byte("\n"))
			return fmt.Sprintf("control character U+%04X on line %d", r, line)
		}
	}
	return ""
}
