package importer

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// commit is one commit of a file's history.
type commit struct {
	Hash, Date string // full hash; committer date, RFC 3339
	Path       string // the file's path at that commit, from the top of the repository
}

// Git imports the versions of file in the git history of the repository it
// is in: following the first parent of every merge and the file's renames,
// one version per commit that changed its text. It runs the git program,
// which reads only the local repository.
func Git(ctx context.Context, file string, opt Options) (*Document, diag.List, error) {
	top, rel, err := repoPath(ctx, file)
	if err != nil {
		return nil, nil, err
	}
	commits, err := history(ctx, top, rel)
	if err != nil {
		return nil, nil, err
	}
	if len(commits) == 0 {
		return nil, nil, fmt.Errorf("%s: no committed version in git (commit the file first)", file)
	}
	blobs, err := readBlobs(ctx, top, commits)
	if err != nil {
		return nil, nil, err
	}
	origins := make([]origin, len(commits))
	for i, c := range commits {
		origins[i] = origin{
			file:  file,
			note:  fmt.Sprintf(" (commit %s, %s)", c.Hash[:7], c.Path),
			src:   blobs[i],
			prov:  model.Provenance{File: c.Path, Commit: c.Hash, Date: c.Date},
			label: c.Date[:min(10, len(c.Date))],
		}
	}
	doc, ds := build(file, stem(file), origins, opt)
	return doc, ds, nil
}

// git runs git in dir and returns its standard output.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir, "-c", "core.quotepath=off"}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("git %s: %s", args[0], strings.TrimSpace(stderr.String()))
		}
		return nil, fmt.Errorf("cannot run git (is it installed?): %w", err)
	}
	return out, nil
}

// repoPath finds the top of the repository that holds file and the file's
// path from there.
func repoPath(ctx context.Context, file string) (top, rel string, err error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", "", err
	}
	dir := filepath.Dir(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	out, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", "", fmt.Errorf("%s: not in a git repository (%v)", file, err)
	}
	top = strings.TrimSpace(string(out))
	rel, err = filepath.Rel(top, filepath.Join(dir, filepath.Base(abs)))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", "", fmt.Errorf("%s: outside the repository at %s", file, top)
	}
	return top, filepath.ToSlash(rel), nil
}

// history lists the commits that changed the file, oldest first.
func history(ctx context.Context, top, rel string) ([]commit, error) {
	out, err := git(ctx, top, "log", "-z", "--first-parent", "--diff-merges=first-parent", "--follow",
		"--name-status", "--no-color", "--format=%x01%H%x1f%cI", "--", rel)
	if err != nil {
		return nil, err
	}
	var cs []commit
	for _, rec := range bytes.Split(out, []byte{1}) {
		head, rest, _ := bytes.Cut(rec, []byte{0})
		hash, date, ok := strings.Cut(string(head), "\x1f")
		if !ok {
			continue
		}
		var fields []string
		for _, f := range strings.Split(strings.TrimLeft(string(rest), "\n"), "\x00") {
			if f != "" {
				fields = append(fields, f)
			}
		}
		if len(fields) < 2 || strings.HasPrefix(fields[0], "D") {
			continue // the file was deleted in this commit, or is not in it
		}
		cs = append(cs, commit{Hash: hash, Date: date, Path: fields[len(fields)-1]})
	}
	for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
		cs[i], cs[j] = cs[j], cs[i]
	}
	return cs, nil
}

// readBlobs reads the file at every commit with one "git cat-file --batch".
// A blob larger than legalkit reads is cut just past the limit, so that it
// is reported without being held in memory.
func readBlobs(ctx context.Context, top string, cs []commit) ([][]byte, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", top, "cat-file", "--batch")
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C")
	var req bytes.Buffer
	for _, c := range cs {
		fmt.Fprintf(&req, "%s:%s\n", c.Hash, c.Path)
	}
	cmd.Stdin = &req
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot run git (is it installed?): %w", err)
	}
	blobs, rerr := readBatch(bufio.NewReader(stdout), cs)
	if rerr != nil {
		_ = cmd.Process.Kill()
	}
	werr := cmd.Wait()
	if rerr != nil {
		return nil, rerr
	}
	if werr != nil {
		return nil, fmt.Errorf("git cat-file: %w", werr)
	}
	return blobs, nil
}

func readBatch(r *bufio.Reader, cs []commit) ([][]byte, error) {
	blobs := make([][]byte, len(cs))
	for i, c := range cs {
		head, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("git cat-file: %s:%s: %w", c.Hash[:7], c.Path, err)
		}
		f := strings.Fields(head)
		if len(f) != 3 || f[1] != "blob" {
			return nil, fmt.Errorf("git cat-file: %s:%s: %s", c.Hash[:7], c.Path, strings.TrimSpace(head))
		}
		size, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("git cat-file: %s", strings.TrimSpace(head))
		}
		keep := min(size, parse.MaxSize+1)
		blobs[i] = make([]byte, keep)
		if _, err := io.ReadFull(r, blobs[i]); err != nil {
			return nil, err
		}
		if _, err := io.CopyN(io.Discard, r, size-keep+1); err != nil { // the rest and the newline
			return nil, err
		}
	}
	return blobs, nil
}
