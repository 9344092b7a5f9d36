package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/importer"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// importCommand is legalkit import.
func importCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "import",
		Usage:     "make legalkit sources of documents from a file's git history, a file or a folder of files",
		ArgsUsage: "FILE|FOLDER...",
		Description: `Writes OUT/PUBLISHER/DOCUMENT/VERSION.md for every version, with legalkit's
front matter before the body, which is kept byte for byte. With --git, FILE's
versions come from its git history (first parent, renames followed): one
version per commit that changed its text. Otherwise a FILE is one version and a
FOLDER's Markdown files are the versions of one document, in name order.
published and effective come only from what the text states ("Last updated
...", "Ingangsdatum ...", "Gültig ab ...", "En vigueur le ..."), else unknown.
The version label is the stated publication date, else the effective date,
else the commit date (--git) or the file name. Another tool's front matter is
replaced: title, aliases, publisher and language are kept, every other setting
is reported. Nothing is written when there is an error; existing files are
replaced only with --force.`,
		Flags: []ucli.Flag{
			&ucli.BoolFlag{Name: "git", Usage: "read the versions of each FILE from its git history"},
			&ucli.StringFlag{Name: "id", Usage: "the document id, publisher/document (default: from --publisher and the file or folder name)"},
			&ucli.StringFlag{Name: "publisher", Usage: "who publishes the document (default: publisher in the file's front matter)"},
			&ucli.StringFlag{Name: "language", Usage: "the document language: " + strings.Join(lang.Supported, ", ") + " (default: from the front matter or the text)"},
			&ucli.StringFlag{Name: "title", Usage: "the document title (default: title in the front matter, else the first level-1 heading)"},
			&ucli.StringFlag{Name: "status", Value: "published", Usage: "status of the imported versions: published or draft"},
			&ucli.StringFlag{Name: "out", Value: DefaultSources, Usage: "the folder to write the sources into"},
			&ucli.BoolFlag{Name: "force", Usage: "replace files that exist already"},
		},
		Action: runImport,
	}
}

func runImport(c *ucli.Context) error {
	opt, err := importOptions(c)
	if err != nil {
		return err
	}
	docs, ds, err := importInputs(c, opt)
	if err != nil {
		return err
	}
	ds = ds.Sort()
	for _, d := range ds {
		fmt.Fprintln(c.App.ErrWriter, d)
	}
	if ds.HasErrors() {
		fmt.Fprintf(c.App.ErrWriter, "nothing was written: %s\n", ds.Summary())
		return findings()
	}
	outs, err := importer.Plan(c.String("out"), docs, c.Args().Slice(), c.Bool("force"))
	if err != nil {
		return err
	}
	for _, o := range outs {
		if err := os.MkdirAll(filepath.Dir(o.Path), 0o755); err != nil {
			return err
		}
		if err := writeFileAtomic(o.Path, o.Data); err != nil {
			return err
		}
		fmt.Fprintln(c.App.Writer, o.Path)
	}
	for _, d := range docs {
		fmt.Fprintf(c.App.ErrWriter, "%s: %s\n", d.ID, importSummary(d))
	}
	return nil
}

func importOptions(c *ucli.Context) (importer.Options, error) {
	opt := importer.Options{ID: c.String("id"), Publisher: strings.TrimSpace(c.String("publisher")),
		Language: c.String("language"), Title: strings.TrimSpace(c.String("title")), Status: model.Status(c.String("status"))}
	switch {
	case c.NArg() == 0:
		return opt, usagef("import takes a FILE or FOLDER")
	case opt.ID != "" && c.NArg() > 1:
		return opt, usagef("--id names one document: import one FILE or FOLDER with it")
	case opt.Status != model.StatusPublished && opt.Status != model.StatusDraft:
		return opt, usagef("--status %q: use published or draft", opt.Status)
	case opt.Language != "" && !lang.IsSupported(opt.Language):
		return opt, usagef("--language %q is not supported: use %s", opt.Language, lang.Choices())
	case c.String("out") == "":
		return opt, usagef("--out needs a folder")
	}
	if opt.ID != "" {
		if err := importer.CheckID(opt.ID); err != nil {
			return opt, usagef("--id: %v", err)
		}
	}
	return opt, nil
}

func importInputs(c *ucli.Context, opt importer.Options) ([]*importer.Document, diag.List, error) {
	var docs []*importer.Document
	var all diag.List
	for _, in := range c.Args().Slice() {
		info, err := os.Stat(in)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", in, unwrapPath(err))
		}
		var doc *importer.Document
		var ds diag.List
		switch {
		case info.IsDir() && c.Bool("git"):
			return nil, nil, usagef("--git reads the history of a FILE; %s is a folder", in)
		case info.IsDir():
			doc, ds, err = importer.Folder(in, opt)
		case c.Bool("git"):
			doc, ds, err = importer.Git(c.Context, in, opt)
		default:
			doc, ds, err = importer.File(in, opt)
		}
		if err != nil {
			return nil, nil, err
		}
		all = append(all, ds...)
		docs = append(docs, doc)
	}
	return docs, all, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func importSummary(d *importer.Document) string {
	var pub, eff int
	for _, v := range d.Versions {
		if v.Meta.Published.Known() {
			pub++
		}
		if v.Meta.Effective.Known() {
			eff++
		}
	}
	s := fmt.Sprintf("%d versions", len(d.Versions))
	if len(d.Versions) == 1 {
		s = "1 version"
	}
	if d.Skipped > 0 {
		s += fmt.Sprintf(" (%d identical skipped)", d.Skipped)
	}
	return s + fmt.Sprintf("; the text states the publication date of %d, the effective date of %d", pub, eff)
}
