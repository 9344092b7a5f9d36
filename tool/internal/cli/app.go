// Package cli is legalkit's command line: a thin layer over the internal
// packages, one file per command. Exit codes never change meaning:
// 0 clean, 1 findings or failed work, 2 usage.
package cli

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sort"

	ucli "github.com/urfave/cli/v2"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitFindings = 1
	ExitUsage    = 2
)

// commands holds the commands; each command file registers its own.
var commands []*ucli.Command

func register(c *ucli.Command) { commands = append(commands, c) }

// usageError marks a mistake in how legalkit was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// Version is set at build time with -ldflags "-X ...cli.Version=v1.2.3";
// otherwise it comes from the module build information.
var Version = ""

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// New builds the application writing to stdout and stderr.
func New(stdout, stderr io.Writer) *ucli.App {
	cmds := append([]*ucli.Command(nil), commands...)
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	for _, c := range cmds {
		c.OnUsageError = onUsageError
	}
	app := &ucli.App{
		Name:                 "legalkit",
		Usage:                "check, publish and compare versioned legal documents written in Markdown",
		Version:              version(),
		Commands:             cmds,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		HideHelpCommand:      false,
		OnUsageError:         onUsageError,
		ExitErrHandler:       func(*ucli.Context, error) {},
		CommandNotFound: func(c *ucli.Context, name string) {
			fmt.Fprintf(c.App.ErrWriter, "legalkit: unknown command %q; see legalkit --help\n", name)
			notFound = true
		},
	}
	return app
}

var notFound bool

func onUsageError(c *ucli.Context, err error, _ bool) error {
	return usageError{err}
}

// Main runs legalkit with args (args[0] is the program name) and returns the
// exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	notFound = false
	std := newStdio(stdout, stderr)
	app := New(std.out, std.errText)
	args, err := flagsFirst(app, args)
	if err == nil {
		err = app.Run(args)
	}
	if notFound {
		return std.finish(ExitUsage)
	}
	return std.finish(exitCode(err, std.errText))
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "legalkit: %v\nRun legalkit --help for usage.\n", ue.err)
		return ExitUsage
	}
	if printFileError(err, stderr) {
		return ExitFindings
	}
	var ec ucli.ExitCoder
	if errors.As(err, &ec) {
		if msg := ec.Error(); msg != "" {
			fmt.Fprintln(stderr, "legalkit: "+msg)
		}
		return ec.ExitCode()
	}
	fmt.Fprintf(stderr, "legalkit: %v\n", err)
	return ExitFindings
}

// findings is returned by commands that ran but found problems; the
// problems are already printed.
func findings() error { return ucli.Exit("", ExitFindings) }
