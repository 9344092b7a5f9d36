package cli

import (
	"fmt"
	"io"

	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// recorder remembers the first failed write to standard output or standard
// error, so that a command whose output was lost exits 1 even where the
// failing write was a message whose error nobody checked.
type recorder struct {
	w   io.Writer
	err error
}

func (r *recorder) Write(p []byte) (int, error) {
	n, err := r.w.Write(p)
	if err != nil && r.err == nil {
		r.err = err
	}
	return n, err
}

// stdio are the standard output and error of one run of legalkit.
// Everything written to standard error is cleaned of control characters
// (file names and document text appear in messages); standard output is
// cleaned by each command, which knows its format (a PDF is binary).
type stdio struct {
	out, err *recorder
	errText  *safetext.Writer
}

func newStdio(stdout, stderr io.Writer) *stdio {
	s := &stdio{out: &recorder{w: stdout}, err: &recorder{w: stderr}}
	s.errText = safetext.NewWriter(s.err)
	return s
}

// finish turns a failed write into exit code 1 when the command itself
// succeeded, and says so when standard error still works.
func (s *stdio) finish(code int) int {
	s.errText.Flush()
	if code != ExitOK {
		return code
	}
	if s.out.err != nil {
		fmt.Fprintf(s.errText, "legalkit: the output could not be written: %v\n", s.out.err)
		return ExitFindings
	}
	if s.err.err != nil {
		return ExitFindings
	}
	return code
}

// underlying returns the writer a recorder or safetext.Writer writes to.
func underlying(w io.Writer) io.Writer {
	if r, ok := w.(*recorder); ok {
		return r.w
	}
	return w
}
