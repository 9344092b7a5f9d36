package cli

import (
	"fmt"
	"io"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// checkCommand is legalkit check.
func checkCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "check",
		Usage:     "report problems in numbering, definitions, references and text",
		ArgsUsage: "[PATH...]",
		Description: `Checks the documents under PATH (files or folders; default terms/) and prints
one line per finding: file:line:col: severity: code: message.
Errors make the exit code 1; warnings do too with --strict.
The message is in the language of the document the finding is in (Dutch or
English; English for other languages), or in the one --lang names; severity
and code stay as they are.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "format", Value: "text", Usage: "output format: " + strings.Join(diag.Formats, ", ")},
			&ucli.BoolFlag{Name: "strict", Usage: "fail on warnings too"},
			langFlag(),
		},
		Action: runCheck,
	}
}

func runCheck(c *ucli.Context) error {
	format, err := formatFlag(c, diag.Formats)
	if err != nil {
		return err
	}
	paths := sourcePaths(c.Args().Slice())
	files, err := corpus.Files(paths)
	if err != nil {
		return err
	}
	cp, ds, err := load(paths)
	if err != nil {
		return err
	}
	fl, err := chooseLanguage(c, cp.Docs)
	if err != nil {
		return err
	}
	ds = fl.in(ds)
	if err := writeDiags(c.App.Writer, ds, format); err != nil {
		return fmt.Errorf("the report could not be written: %w", err)
	}
	if format == "text" {
		printSummary(c.App.ErrWriter, len(files), ds, fl.summary)
	}
	errs, warns := ds.Count()
	if errs > 0 || c.Bool("strict") && warns > 0 {
		return findings()
	}
	return nil
}

// writeDiags writes the findings to w in a format, with the control
// characters of file names and quoted text made harmless, and reports a
// failed write.
func writeDiags(w io.Writer, ds diag.List, format string) error {
	sw := safetext.NewWriter(w)
	if format == "json" {
		sw = safetext.NewJSONWriter(w)
	}
	if err := ds.Write(sw, format); err != nil {
		return err
	}
	return sw.Flush()
}
