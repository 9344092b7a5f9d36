package cli

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/site"
)

// DefaultAddr is where serve listens: loopback only, so drafts stay on
// the editor's machine.
const DefaultAddr = "127.0.0.1:8080"

// serveCommand is legalkit serve.
func (a *App) serveCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "serve",
		Usage:     "preview the site while you edit",
		ArgsUsage: "[PATH...]",
		Description: `Builds the site of the documents under PATH (default terms/) in memory and
serves it at --addr. Every save of a source, template or site setting rebuilds
the site and reloads the open page. check's findings are shown at the top of
each page instead of stopping the preview; drafts, and versions whose
publication date is after --date, are shown with a banner. The preview answers
only requests for the address it listens on (and for names given with
--allowed-host), so no other web page can read it through its own name.
Add --templates templates to see changes to the built-in templates live.`,
		Flags: append([]ucli.Flag{
			&ucli.StringFlag{Name: "addr", Value: DefaultAddr, Usage: "the `HOST:PORT` to listen on; port 0 picks a free one"},
			&ucli.StringSliceFlag{Name: "allowed-host", Usage: "also answer requests for host `NAME` (or NAME:PORT), such as a name on your network or of a proxy; repeatable"},
		}, siteFlags()...),
		Action: a.runServe,
	}
}

func (a *App) runServe(c *ucli.Context) error {
	addr := c.String("addr")
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return usagef("--addr %q: write HOST:PORT, such as %s", addr, DefaultAddr)
	}
	allowed := c.StringSlice("allowed-host")
	for _, h := range allowed {
		if err := site.CheckAllowedHost(h); err != nil {
			return usagef("--allowed-host: %v", err)
		}
	}
	stderr := c.App.ErrWriter
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(stderr, "warning: serving on %s: anyone who can reach this machine sees the preview, drafts included\n", addr)
	}
	if _, err := a.siteOptions(c); err != nil {
		return err
	}
	if _, err := chooseLanguage(c, nil); err != nil {
		return err
	}
	paths := sourcePaths(c.Args().Slice())
	watch := append([]string{}, paths...)
	watch = append(watch, c.String("site"))
	if t := c.String("templates"); t != "" {
		watch = append(watch, t)
	}
	srv := &site.Server{
		Watch:        watch,
		Log:          stderr,
		AllowedHosts: allowed,
		Build: func(build int) (*site.Site, error) {
			opts, err := a.siteOptions(c)
			if err != nil {
				return nil, err
			}
			cp, ds, err := loadOn(paths, opts.Today)
			if err != nil {
				return nil, err
			}
			opts.Preview = &site.Preview{Diagnostics: ds, Build: build, Lang: c.String("lang")}
			return site.Build(cp.Docs, opts)
		},
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return srv.Run(ctx, addr, func(url string) {
		fmt.Fprintf(stderr, "legalkit serve: %s (Ctrl+C stops)\n", url)
	})
}
