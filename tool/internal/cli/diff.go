package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/redline"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// redlinePDF writes a comparison as a PDF redline. The PDF renderer sets it
// from its own file in this package; until then --format pdf reports that
// this build has no PDF redlines.
var redlinePDF func(w io.Writer, r *diff.Result, oldDoc, newDoc *model.Document, o redline.Options) error

var diffFormats = []string{"text", "md", "html", "json", "pdf"}

func init() {
	register(&ucli.Command{
		Name:      "diff",
		Usage:     "compare two versions clause by clause: added, removed, amended, moved, renumbered, editorial",
		ArgsUsage: "OLD NEW | DOCUMENT[@VERSION] | FILE",
		Description: `OLD and NEW are files or DOCUMENT@VERSION references
(visma/servicevoorwaarden@2018-04-18). With one DOCUMENT, the two newest
versions are compared; with one DOCUMENT@VERSION or FILE, that version and
the one before it.

Clauses are aligned by content, not by number: one inserted clause is one
addition, and the clauses after it are renumbered, not changed. Each change
is substantive or editorial (whitespace, punctuation, typography, capitals,
a reference updated to follow a renumbering). Every format starts with a
summary. Deletions read [-so-], insertions {+so+}.

Exit status: 0 when the comparison ran (with --exit-code: 1 when there are
changes), 1 when a document cannot be read, 2 for usage mistakes.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "format", Value: "text", Usage: "output format: " + strings.Join(diffFormats, ", ")},
			&ucli.StringFlag{Name: "layout", Value: "inline", Usage: "HTML and PDF redline: inline or side-by-side"},
			&ucli.StringFlag{Name: "color", Value: "auto", Usage: "colour in text output: auto (when stdout is a terminal), always, never"},
			&ucli.BoolFlag{Name: "ignore-editorial", Usage: "hide editorial changes; editorial edits inside substantive changes show as plain new text"},
			&ucli.IntFlag{Name: "context", Value: 8, Usage: "text and Markdown: words of unchanged text shown around each change"},
			&ucli.BoolFlag{Name: "exit-code", Usage: "exit with status 1 when the versions differ (after --ignore-editorial)"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to this file instead of stdout (replaced only when complete)"},
			&ucli.StringSliceFlag{Name: "sources", Usage: "where the documents are (default: terms/ for DOCUMENT references; files are read as given)"},
		},
		Action: runDiff,
	})
}

func runDiff(c *ucli.Context) error {
	format := c.String("format")
	if !slices.Contains(diffFormats, format) {
		return usagef("unknown --format %q: use %s", format, strings.Join(diffFormats, ", "))
	}
	if c.Int("context") < 1 {
		return usagef("--context must be 1 or more")
	}
	o := redline.Options{IgnoreEditorial: c.Bool("ignore-editorial"), Context: c.Int("context")}
	switch c.String("layout") {
	case "inline":
	case "side-by-side":
		o.Layout = redline.SideBySide
	default:
		return usagef("unknown --layout %q: use inline or side-by-side", c.String("layout"))
	}
	color, err := useColor(c.String("color"), c.App.Writer, c.String("output"))
	if err != nil {
		return err
	}
	o.Color = color && format == "text"
	if c.NArg() < 1 || c.NArg() > 2 {
		return usagef("diff takes OLD NEW, or one DOCUMENT, DOCUMENT@VERSION or FILE")
	}
	oldDoc, newDoc, err := diffPair(c.Args().Slice(), c.StringSlice("sources"), c.App.ErrWriter)
	if err != nil {
		return err
	}
	r := diff.Compare(oldDoc, newDoc)
	var buf bytes.Buffer
	switch format {
	case "text":
		err = redline.Text(&buf, r, o)
	case "md":
		err = redline.Markdown(&buf, r, o)
	case "html":
		err = redline.HTML(&buf, r, o)
	case "json":
		err = r.WriteJSON(&buf, o.IgnoreEditorial)
	case "pdf":
		if redlinePDF == nil {
			return fmt.Errorf("this build of legalkit cannot write PDF redlines; use --format html")
		}
		if c.String("output") == "" && isTerminal(c.App.Writer) {
			return usagef("a PDF is not for the terminal: write it to a file with -o redline.pdf")
		}
		err = redlinePDF(&buf, r, oldDoc, newDoc, o)
	}
	if err != nil {
		return err
	}
	if err := writeOutput(c.String("output"), c.App.Writer, buf.Bytes()); err != nil {
		return err
	}
	if c.Bool("exit-code") && r.Changed(o.IgnoreEditorial) {
		return findings()
	}
	return nil
}

// diffPair finds the two versions to compare.
func diffPair(args, sources []string, stderr io.Writer) (*model.Document, *model.Document, error) {
	for i := range args {
		if isFile(args[i]) {
			args[i] = filepath.Clean(args[i])
		}
	}
	cp, err := loadDocuments(args, sources, stderr)
	if err != nil {
		return nil, nil, err
	}
	if len(args) == 2 {
		oldDoc, err := cp.find(args[0])
		if err != nil {
			return nil, nil, err
		}
		newDoc, err := cp.find(args[1])
		if err != nil {
			return nil, nil, err
		}
		return oldDoc, newDoc, nil
	}
	ref := args[0]
	doc, err := cp.find(ref)
	if err != nil {
		return nil, nil, err
	}
	versions := cp.Versions(doc.Meta.ID)
	i := slices.Index(versions, doc)
	if i <= 0 {
		if len(versions) == 1 {
			return nil, nil, fmt.Errorf("%s has one version (%s): there is nothing to compare it with", doc.Meta.ID, doc.Meta.Version)
		}
		return nil, nil, fmt.Errorf("%s is the first version of %s: there is nothing before it to compare with", doc.Key(), doc.Meta.ID)
	}
	return versions[i-1], doc, nil
}

// useColor decides whether text output gets ANSI colours.
func useColor(mode string, stdout io.Writer, output string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return output == "" && isTerminal(stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb", nil
	}
	return false, usagef("unknown --color %q: use auto, always or never", mode)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

// writeOutput writes data to stdout, or to a file that is replaced only
// once the new content is completely written.
func writeOutput(path string, stdout io.Writer, data []byte) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// docSet is the set of documents a comparison, notice or changelog reads.
type docSet struct {
	*corpus.Corpus
}

// loadDocuments reads what refs (files, DOCUMENT or DOCUMENT@VERSION) need:
// the given sources; otherwise the files themselves (a lone file with its
// folder, for the version before it) and, for document references or files
// inside terms/, the document's folder in terms/ with the folders of its
// main document and annexes. Errors in the documents are printed; they do
// not stop a comparison unless a document cannot be read at all.
func loadDocuments(refs, sources []string, stderr io.Writer) (*docSet, error) {
	paths := sources
	if len(paths) == 0 {
		seen := map[string]bool{}
		add := func(p string) {
			if !seen[p] {
				seen[p] = true
				paths = append(paths, p)
			}
		}
		for _, ref := range refs {
			switch {
			case isFile(ref) && (inTerms(ref) || len(refs) == 1):
				add(filepath.Dir(ref))
			case isFile(ref):
				add(ref)
			default:
				id, _, _ := strings.Cut(ref, "@")
				if dir := filepath.Join(DefaultSources, filepath.FromSlash(id)); isDir(dir) && strings.Contains(id, "/") {
					add(dir)
				} else {
					add(DefaultSources)
				}
			}
		}
	}
	if len(sources) == 0 && slices.Contains(paths, DefaultSources) && !isDir(DefaultSources) {
		return nil, fmt.Errorf("%s: no %s/ folder here: run legalkit in the folder that holds %s/, name the files, or use --sources", refs[0], DefaultSources, DefaultSources)
	}
	var cp *corpus.Corpus
	var err error
	if len(sources) == 0 && len(paths) == 2 && isFile(paths[0]) && isFile(paths[1]) && !sameFile(paths[0], paths[1]) {
		cp, err = loadPair(paths)
	} else {
		cp, err = corpus.Load(paths)
	}
	if err != nil {
		return nil, err
	}
	if len(sources) == 0 {
		if more := relatedFolders(cp, paths); len(more) > 0 {
			if cp, err = corpus.Load(append(paths, more...)); err != nil {
				return nil, err
			}
		}
	}
	s := &docSet{cp}
	for _, ref := range refs {
		if doc, err := s.find(ref); err == nil {
			s.report(doc.Path, stderr)
		} else if isFile(ref) {
			s.report(ref, stderr)
		}
	}
	return s, nil
}

// loadPair reads two files as corpus.Load does, but on two cores: a user
// comparing two files waits for two parses. Standalone documents (no annex,
// no main document) are also linked each on its own, in parallel; that
// gives the same result as linking them together.
func loadPair(files []string) (*corpus.Corpus, error) {
	docs := make([]*model.Document, len(files))
	diags := make([]diag.List, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src, err := os.ReadFile(f)
			if err != nil {
				errs[i] = err
				return
			}
			docs[i], diags[i] = parse.Parse(f, src)
		}()
	}
	wg.Wait()
	c := &corpus.Corpus{}
	for i := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		c.Diags = append(c.Diags, diags[i]...)
		if docs[i] != nil {
			c.Docs = append(c.Docs, docs[i])
		}
	}
	sort.Slice(c.Docs, func(i, j int) bool { return c.Docs[i].Path < c.Docs[j].Path })
	standalone := true
	for _, d := range c.Docs {
		standalone = standalone && d.Meta.AnnexOf == "" && len(d.Meta.Annexes) == 0
	}
	if !standalone {
		resolve.Link(c.Docs)
		return c, nil
	}
	for _, d := range c.Docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resolve.Link([]*model.Document{d})
		}()
	}
	wg.Wait()
	return c, nil
}

// relatedFolders lists the folders in terms/ of the main documents and
// annexes of the documents loaded, when they were not loaded yet.
func relatedFolders(cp *corpus.Corpus, paths []string) []string {
	if slices.Contains(paths, DefaultSources) {
		return nil
	}
	loaded := map[string]bool{}
	for _, d := range cp.Docs {
		loaded[d.Meta.ID] = true
	}
	var out []string
	for _, d := range cp.Docs {
		for _, id := range append([]string{d.Meta.AnnexOf}, d.Meta.Annexes...) {
			dir := filepath.Join(DefaultSources, filepath.FromSlash(id))
			if id != "" && !loaded[id] && isDir(dir) && !slices.Contains(out, dir) {
				out = append(out, dir)
			}
		}
	}
	return out
}

// report prints the errors found while reading one file.
func (s *docSet) report(path string, stderr io.Writer) {
	for _, d := range s.Diags {
		if d.Severity == diag.Error && sameFile(d.File, path) {
			fmt.Fprintln(stderr, d)
		}
	}
}

// find returns the version ref names: a file, DOCUMENT@VERSION, or
// DOCUMENT for its newest version.
func (s *docSet) find(ref string) (*model.Document, error) {
	if isFile(ref) {
		for _, d := range s.Docs {
			if sameFile(d.Path, ref) {
				return d, nil
			}
		}
		for _, d := range s.Diags {
			if sameFile(d.File, ref) {
				return nil, fmt.Errorf("%s cannot be read as a document (see the errors above)", ref)
			}
		}
		return nil, fmt.Errorf("%s is not among the documents read: leave out --sources or add its folder", ref)
	}
	id, version, hasVersion := strings.Cut(ref, "@")
	versions := s.Versions(id)
	if len(versions) == 0 {
		return nil, fmt.Errorf("%s: no such document or file", ref)
	}
	if !hasVersion {
		return versions[len(versions)-1], nil
	}
	var labels []string
	for _, d := range versions {
		if d.Meta.Version == version {
			return d, nil
		}
		labels = append(labels, d.Meta.Version)
	}
	return nil, fmt.Errorf("%s has no version %q (versions: %s)", id, version, strings.Join(labels, ", "))
}

func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}

func inTerms(p string) bool {
	abs, err := filepath.Abs(p)
	terms, err2 := filepath.Abs(DefaultSources)
	return err == nil && err2 == nil && strings.HasPrefix(abs, terms+string(filepath.Separator))
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
