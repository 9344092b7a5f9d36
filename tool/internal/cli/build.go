package cli

import (
	"fmt"
	"strconv"
	"time"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/site"
)

// DefaultOut is where build writes the site; /public/ is git-ignored.
const DefaultOut = "public"

// DefaultSite is the folder with site.json and static/.
const DefaultSite = "site"

// buildCommand is legalkit build.
func (a *App) buildCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "build",
		Usage:     "publish the documents as a static website",
		ArgsUsage: "[PATH...]",
		Description: `Checks the documents under PATH (default terms/) and, when check finds no
errors, writes the website to --out (default public/): a page per version with
permalinks to every clause, the version in force per document, version
archives, a changelog per document with redlines between versions, JSON,
PDFs, Atom feeds and a sitemap. The folder is replaced in one step;
a failed build leaves the previous site as it was. Links are relative, so the
site works under any base path and straight from disk.`,
		Flags: append([]ucli.Flag{
			&ucli.StringFlag{Name: "out", Value: DefaultOut, Usage: "the folder `DIR` to write the site to; it is replaced as a whole"},
			&ucli.StringFlag{Name: "base-url", Usage: "the address `URL` the site is published at, for feeds and the sitemap (default: base_url in site/site.json)"},
			&ucli.BoolFlag{Name: "drafts", Usage: "also publish versions with status: draft, and versions whose publication date is after --date, each marked as such"},
			&ucli.BoolFlag{Name: "no-pdf", Usage: "do not build PDFs"},
			&ucli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print nothing but errors"},
		}, siteFlags()...),
		Action: a.runBuild,
	}
}

// siteFlags are the flags build and serve share.
func siteFlags() []ucli.Flag {
	return append(siteFlagsOwn(), langFlag())
}

// siteFlagsOwn are the flags of the site build and serve share.
func siteFlagsOwn() []ucli.Flag {
	return []ucli.Flag{
		&ucli.StringFlag{Name: "templates", Usage: "a folder `DIR` whose html/, css/, pdf/ and fonts/ files replace the built-in templates"},
		&ucli.StringFlag{Name: "site", Value: DefaultSite, Usage: "the folder `DIR` with site.json and static/ (when missing: defaults)"},
		&ucli.StringFlag{Name: "date", Usage: "the date that decides which version is in force, as `YYYY-MM-DD` (default: today in UTC, or the day of $SOURCE_DATE_EPOCH)"},
	}
}

// siteOptions reads the shared flags.
func (a *App) siteOptions(c *ucli.Context) (site.Options, error) {
	var o site.Options
	settings, err := site.LoadSettings(c.String("site"))
	if err != nil {
		return o, err
	}
	o.Settings = settings
	fsys, err := templates.FS(c.String("templates"))
	if err != nil {
		return o, usagef("--templates: %v", err)
	}
	o.Templates = fsys
	o.Static = site.StaticFS(c.String("site"))
	o.Extensions = siteExtensions()
	o.Today, err = a.today(c.String("date"))
	return o, err
}

// today returns the build date: --date, else $SOURCE_DATE_EPOCH (the
// reproducible-builds convention), else today in UTC.
func (a *App) today(flag string) (model.Date, error) {
	if flag != "" {
		d, err := model.ParseDate(flag)
		if err != nil || !d.Known() {
			return d, usagef("--date %q: write YYYY-MM-DD", flag)
		}
		return d, nil
	}
	t := a.env.Now().UTC()
	if s := a.env.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return model.Date{}, usagef("SOURCE_DATE_EPOCH=%q: not a number of seconds", s)
		}
		t = time.Unix(n, 0).UTC()
	}
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}, nil
}

func (a *App) runBuild(c *ucli.Context) error {
	start := a.env.Now()
	stderr := c.App.ErrWriter
	quiet := c.Bool("quiet")
	opts, err := a.siteOptions(c)
	if err != nil {
		return err
	}
	if u := c.String("base-url"); u != "" {
		if opts.BaseURL, err = site.NormalizeBaseURL(u); err != nil {
			return usagef("--base-url: %v", err)
		}
	}
	opts.Drafts = c.Bool("drafts")
	if !c.Bool("no-pdf") {
		if opts.PDF, err = sitePDF(opts.Templates, opts.Settings.LinksBase); err != nil {
			if dir := c.String("templates"); dir != "" {
				return fmt.Errorf("--templates %s: %w", dir, err)
			}
			return err
		}
	}
	if !quiet {
		opts.Progress = stderr
	}
	out := c.String("out")
	paths := sourcePaths(c.Args().Slice())
	files, err := corpus.Files(paths)
	if err != nil {
		return err
	}
	cp, ds, err := loadOn(paths, opts.Today)
	if err != nil {
		return err
	}
	fl, err := chooseLanguage(c, cp.Docs)
	if err != nil {
		return err
	}
	if ds = fl.in(ds); ds.HasErrors() {
		_ = ds.Write(stderr, "text")
		printSummary(stderr, len(files), ds, fl.summary)
		return fmt.Errorf("nothing published: check found errors; %s is left as it was", out)
	}
	if !quiet {
		printSummary(stderr, len(files), ds, fl.summary)
	}
	s, err := site.Build(cp.Docs, opts)
	if err != nil {
		return err
	}
	if err := s.Write(out); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(stderr, "wrote %d files (%s) to %s in %s\n", s.Stats.Files, size(s.Stats.Bytes), out,
			a.env.Now().Sub(start).Round(time.Millisecond))
	}
	return nil
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
