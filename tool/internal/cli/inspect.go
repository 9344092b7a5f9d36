package cli

import (
	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/modeljson"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// inspectCommand is legalkit inspect.
func inspectCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "inspect",
		Usage:     "print the document model of one version as JSON",
		ArgsUsage: "FILE|DOCUMENT[@VERSION]",
		Description: `Prints clauses, sub-items, definitions with their uses and references of one
document version. The document is read together with the other documents in
terms/ (or --sources) so that references across documents resolve.
The JSON schema is described in the README.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "format", Value: "json", Usage: "output format: json"},
			&ucli.StringSliceFlag{Name: "sources", Usage: "where the documents are (default: the document's folder in terms/ with its main document and annexes, or the file's own folder)"},
		},
		Action: runInspect,
	}
}

func runInspect(c *ucli.Context) error {
	if c.NArg() != 1 {
		return usagef("inspect takes one FILE or DOCUMENT@VERSION")
	}
	if _, err := formatFlag(c, []string{"json"}); err != nil {
		return err
	}
	ref := c.Args().First()
	cp, failed, err := loadRefs([]string{ref}, c.StringSlice("sources"), c.App.ErrWriter)
	if err != nil {
		return err
	}
	doc, err := cp.Find(ref)
	if err != nil {
		return err
	}
	// Control characters in the document stay in the JSON as \u escapes.
	w := safetext.NewJSONWriter(c.App.Writer)
	if err := modeljson.Write(w, doc); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return failedDocs(failed)
}
