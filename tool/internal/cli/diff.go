package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/redline"
)

// diffCommand is legalkit diff.
func (a *App) diffCommand() *ucli.Command {
	return &ucli.Command{
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
			&ucli.StringFlag{Name: "format", Value: "text", Usage: "output format: " + strings.Join(redline.Formats, ", ")},
			&ucli.StringFlag{Name: "layout", Value: "inline", Usage: "HTML and PDF redline: inline or side-by-side"},
			&ucli.StringFlag{Name: "color", Value: "auto", Usage: "colour in text output: auto (when stdout is a terminal), always, never"},
			&ucli.BoolFlag{Name: "ignore-editorial", Usage: "hide editorial changes; editorial edits inside substantive changes show as plain new text"},
			&ucli.IntFlag{Name: "context", Value: 8, Usage: "text and Markdown: words of unchanged text shown around each change"},
			&ucli.BoolFlag{Name: "exit-code", Usage: "exit with status 1 when the versions differ (after --ignore-editorial)"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to this file instead of stdout (replaced only when complete)"},
			&ucli.StringSliceFlag{Name: "sources", Usage: "where the documents are (default: terms/ for DOCUMENT references; files are read as given)"},
		},
		Action: a.runDiff,
	}
}

func (a *App) runDiff(c *ucli.Context) error {
	format, err := formatFlag(c, redline.Formats)
	if err != nil {
		return err
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
	if o.Color, err = a.useColor(c.String("color"), c.App.Writer, c.String("output")); err != nil {
		return err
	}
	if c.NArg() < 1 || c.NArg() > 2 {
		return usagef("diff takes OLD NEW, or one DOCUMENT, DOCUMENT@VERSION or FILE")
	}
	cp, failed, err := loadRefs(diffRefs(c.Args().Slice()), c.StringSlice("sources"), c.App.ErrWriter)
	if err != nil {
		return err
	}
	if err := sourcesOf(cp, c.StringSlice("sources")).check("-o", c.String("output")); err != nil {
		return err
	}
	oldDoc, newDoc, err := diffPair(cp, c.Args().Slice())
	if err != nil {
		return err
	}
	if redline.Binary(format) && c.String("output") == "" && isTerminal(c.App.Writer) {
		return usagef("a PDF is not for the terminal: write it to a file with -o redline.pdf")
	}
	r := diff.Compare(oldDoc, newDoc)
	var buf bytes.Buffer
	if err := redline.Write(&buf, format, r, o); err != nil {
		return err
	}
	if err := writeOutput(c.String("output"), c.App.Writer, buf.Bytes()); err != nil {
		return err
	}
	if c.Bool("exit-code") && r.Changed(o.IgnoreEditorial) {
		return findings()
	}
	return failedDocs(failed)
}

// diffRefs returns the references of diff's arguments, files cleaned.
func diffRefs(args []string) []string {
	refs := slices.Clone(args)
	for i := range refs {
		if isFile(refs[i]) {
			refs[i] = filepath.Clean(refs[i])
		}
	}
	return refs
}

// diffPair finds the two versions to compare.
func diffPair(cp *corpus.Corpus, args []string) (*model.Document, *model.Document, error) {
	args = diffRefs(args)
	if len(args) == 2 {
		oldDoc, err := cp.Find(args[0])
		if err != nil {
			return nil, nil, err
		}
		newDoc, err := cp.Find(args[1])
		if err != nil {
			return nil, nil, err
		}
		return oldDoc, newDoc, nil
	}
	ref := args[0]
	doc, err := cp.Find(ref)
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

// useColor decides whether text output gets ANSI colours; only the text
// format has any.
func (a *App) useColor(mode string, stdout io.Writer, output string) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return output == "" && isTerminal(stdout) && a.env.Getenv("NO_COLOR") == "" && a.env.Getenv("TERM") != "dumb", nil
	}
	return false, usagef("unknown --color %q: use auto, always or never", mode)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := underlying(w).(*os.File)
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
