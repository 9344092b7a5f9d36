// Command legalkit checks, publishes and compares versioned legal documents
// written in Markdown. See the README for the commands.
package main

import (
	"os"

	"github.com/legalkit/legalkit/tool/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args, os.Stdout, os.Stderr))
}
