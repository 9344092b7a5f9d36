package cli

import (
	"bytes"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/redline"
)

// changelogCommand is legalkit changelog.
func changelogCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "changelog",
		Usage:     "list a document's versions, newest first, with what changed in each",
		ArgsUsage: "DOCUMENT",
		Description: `Compares every version of DOCUMENT with the one before it and prints, per
version: its dates, a one-line summary of the changes, the editor's
change-summary, and the substantive changes with the editor's explanations.
Editorial changes are counted, not listed; legalkit diff shows them.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "format", Value: "md", Usage: "output format: " + strings.Join(redline.ChangelogFormats, ", ")},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to this file instead of stdout (replaced only when complete)"},
			&ucli.StringSliceFlag{Name: "sources", Usage: "where the documents are (default: terms/)"},
		},
		Action: runChangelog,
	}
}

func runChangelog(c *ucli.Context) error {
	format, err := formatFlag(c, redline.ChangelogFormats)
	if err != nil {
		return err
	}
	if c.NArg() != 1 {
		return usagef("changelog takes one DOCUMENT")
	}
	ref := c.Args().First()
	set, failed, err := loadRefs([]string{ref}, c.StringSlice("sources"), c.App.ErrWriter)
	if err != nil {
		return err
	}
	if err := sourcesOf(set, c.StringSlice("sources")).check("-o", c.String("output")); err != nil {
		return err
	}
	doc, err := set.Find(ref)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := redline.Changelog(&buf, diff.Changelog(set.Versions(doc.Meta.ID)), format, nil); err != nil {
		return err
	}
	if err := writeOutput(c.String("output"), c.App.Writer, buf.Bytes()); err != nil {
		return err
	}
	return failedDocs(failed)
}
