// Package cli is legalkit's command line: a thin layer over the internal
// packages, one file per command. Exit codes never change meaning:
// 0 clean, 1 findings or failed work, 2 usage.
//
// New builds the application from what the process gives it (Env); it
// keeps no state between runs, and nothing in this package changes after
// the program starts.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	ucli "github.com/urfave/cli/v2"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitFindings = 1
	ExitUsage    = 2
)

// Env is what a run of legalkit takes from its process.
type Env struct {
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable: NO_COLOR, TERM and
	// SOURCE_DATE_EPOCH.
	Getenv func(key string) string
	// Now is the clock: the default build date and how long a build took.
	Now func() time.Time
}

// OSEnv is the environment of the running process, writing to stdout and
// stderr.
func OSEnv(stdout, stderr io.Writer) Env {
	return Env{Stdout: stdout, Stderr: stderr, Getenv: os.Getenv, Now: time.Now}
}

// App is legalkit with its commands.
type App struct {
	env Env
}

// New returns legalkit for the environment env.
func New(env Env) *App { return &App{env: env} }

// Commands returns legalkit's commands, sorted by name, freshly made:
// urfave/cli adds its help flag to a command it runs.
func (a *App) Commands() []*ucli.Command {
	cmds := []*ucli.Command{
		a.buildCommand(),
		changelogCommand(),
		checkCommand(),
		completionCommand(),
		a.diffCommand(),
		importCommand(),
		inspectCommand(),
		noticeCommand(),
		pdfCommand(),
		a.serveCommand(),
	}
	for _, c := range cmds {
		c.OnUsageError = onUsageError
	}
	return cmds
}

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

// run is one run of legalkit: its urfave/cli application and what it
// learnt while running.
type run struct {
	app      *ucli.App
	notFound bool // the command named does not exist
}

// newRun builds the urfave/cli application of one run writing to stdout
// and stderr.
func (a *App) newRun(stdout, stderr io.Writer) *run {
	r := &run{}
	r.app = &ucli.App{
		Name:                 "legalkit",
		Usage:                "check, publish and compare versioned legal documents written in Markdown",
		Version:              version(),
		Commands:             a.Commands(),
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		HideHelpCommand:      false,
		OnUsageError:         onUsageError,
		ExitErrHandler:       func(*ucli.Context, error) {},
		CommandNotFound: func(c *ucli.Context, name string) {
			fmt.Fprintf(c.App.ErrWriter, "legalkit: unknown command %q; see legalkit --help\n", name)
			r.notFound = true
		},
	}
	return r
}

func onUsageError(c *ucli.Context, err error, _ bool) error {
	return usageError{err}
}

// Run runs legalkit with args (args[0] is the program name) and returns
// the exit code.
func (a *App) Run(args []string) int {
	std := newStdio(a.env.Stdout, a.env.Stderr)
	r := a.newRun(std.out, std.errText)
	args, err := normalArgs(r.app, args)
	if err == nil {
		err = r.app.Run(args)
	}
	if r.notFound {
		return std.finish(ExitUsage)
	}
	return std.finish(exitCode(err, std.errText))
}

// Main runs legalkit in the process's environment with args (args[0] is
// the program name) and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	return New(OSEnv(stdout, stderr)).Run(args)
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
