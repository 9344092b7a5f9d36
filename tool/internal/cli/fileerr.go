package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// printFileError prints an error about a place in a file the user gave
// (site.json, style.json, a template, text.json) as check prints a
// finding, file:line:col: error: code: message, and reports whether err
// was one. What wraps it (the document whose page failed) is left out:
// the message says it.
func printFileError(err error, stderr io.Writer) bool {
	var d diag.Diagnostic
	if !errors.As(err, &d) {
		return false
	}
	fmt.Fprintln(stderr, d)
	return true
}
