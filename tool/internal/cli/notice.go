package cli

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/notice"
)

// noticeCommand is legalkit notice.
func noticeCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "notice",
		Usage:     "write the notice to customers about a new version, in the document's language",
		ArgsUsage: "DOCUMENT@VERSION | FILE",
		Description: `Writes the notice the terms promise customers before a change takes effect:
what changes and where (substantive changes first, clause numbers linked to
the new version with --url), the effective date, the editor's explanations
(front matter "changes" and "change-summary" of the new version) and what
customers can do if they disagree (front matter "objection"; legalkit never
writes that text itself).

The new version is compared with the version it replaces (the newest earlier
published one), or with --since. Warnings go to stderr: no objection text, a
draft version, or an effective date sooner than the notice period allows.
The HTML is safe for e-mail: inline styles, no scripts.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "since", Usage: "compare with this version (a version label, DOCUMENT@VERSION or FILE)"},
			&ucli.StringFlag{Name: "format", Value: "md", Usage: "output format: " + strings.Join(notice.Formats, ", ")},
			&ucli.StringFlag{Name: "url", Usage: "address of the new version on the site; clause numbers link to URL#clause"},
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to this file instead of stdout (replaced only when complete)"},
			&ucli.StringSliceFlag{Name: "sources", Usage: "where the documents are (default: terms/)"},
		},
		Action: runNotice,
	}
}

func runNotice(c *ucli.Context) error {
	format, err := formatFlag(c, notice.Formats)
	if err != nil {
		return err
	}
	if c.NArg() != 1 {
		return usagef("notice takes one DOCUMENT@VERSION or FILE")
	}
	address := c.String("url")
	if address != "" {
		u, err := url.Parse(address)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return usagef("--url %q must be a web address (https://...)", address)
		}
	}
	ref := c.Args().First()
	refs := []string{ref}
	if s := c.String("since"); s != "" && (isFile(s) || strings.Contains(s, "@")) {
		refs = append(refs, s)
	}
	set, failed, err := loadRefs(refs, c.StringSlice("sources"), c.App.ErrWriter)
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
	versions := set.Versions(doc.Meta.ID)
	prev, err := noticeBase(set, versions, doc, c.String("since"))
	if err != nil {
		return err
	}
	r := diff.Compare(prev, doc)
	n := notice.Build(r, notice.Options{URL: address, Objection: history.Objection(versions, doc)})
	noticeWarnings(c.App.ErrWriter, prev, doc, r, n)
	var buf bytes.Buffer
	if err := n.Write(&buf, format); err != nil {
		return err
	}
	if err := writeOutput(c.String("output"), c.App.Writer, buf.Bytes()); err != nil {
		return err
	}
	return failedDocs(failed)
}

// noticeBase finds the version the notice compares with.
func noticeBase(set *corpus.Corpus, versions []*model.Document, doc *model.Document, since string) (*model.Document, error) {
	if since != "" {
		if !isFile(since) && !strings.Contains(since, "@") {
			since = doc.Meta.ID + "@" + since
		}
		prev, err := set.Find(since)
		if err != nil {
			return nil, err
		}
		if prev == doc {
			return nil, usagef("--since names the version the notice is about (%s)", doc.Key())
		}
		return prev, nil
	}
	prev := history.Predecessor(versions, doc)
	if prev == nil {
		return nil, fmt.Errorf("%s is the first version of %s: there is no earlier version to announce changes against", doc.Key(), doc.Meta.ID)
	}
	return prev, nil
}

// noticeWarnings tells the editor what the notice cannot fix by itself;
// whether the notice period is kept is check's rule (check.Timing).
func noticeWarnings(w io.Writer, prev, doc *model.Document, r *diff.Result, n *notice.Notice) {
	if doc.Meta.Status != model.StatusPublished {
		fmt.Fprintf(w, "legalkit: warning: %s is a draft; the notice says so\n", doc.Key())
	}
	if r.Summary.Substantive == 0 {
		return
	}
	if n.Objection == "" {
		fmt.Fprintf(w, "legalkit: warning: no version of %s says what customers can do if they disagree (front matter objection:); the notice leaves it out\n", doc.Meta.ID)
	}
	switch t := history.Timing(prev, doc); {
	case t.Unknown != "":
		fmt.Fprintf(w, "legalkit: warning: %s: the publication or effective date is unknown, so the notice period of %s cannot be checked\n", doc.Key(), t.Period.Text)
	case t.TooSoon:
		fmt.Fprintf(w, "legalkit: warning: %s takes effect on %s, sooner than the notice period of %s (version %s) allows: %s at the earliest\n",
			doc.Key(), doc.Meta.Effective, t.Period.Text, t.From.Meta.Version, t.Earliest)
	}
}
