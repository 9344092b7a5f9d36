package redline

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// ChangelogFormats lists the changelog formats.
var ChangelogFormats = []string{"md", "text", "json", "html"}

// ChangelogItem is one line of a changelog entry: a substantive change.
type ChangelogItem struct {
	Kind        diff.Kind
	Old, New    string // clause labels; "" when absent
	Title       string
	What        string // in the document language: "verplaatst, gewijzigd"
	Explanation string // the editor's
}

// Items lists the substantive changes of a changelog entry, then its
// definition changes, in document order.
func Items(e diff.ChangelogEntry) []ChangelogItem {
	if e.Result == nil {
		return nil
	}
	w := lang.Changes(e.Version.Meta.Language)
	var out []ChangelogItem
	for _, c := range e.Result.Changes(true) {
		if c.DefinitionsOnly {
			continue // listed with the definitions below
		}
		it := ChangelogItem{Kind: c.Kind, Old: label(c, c.Old, w), New: label(c, c.New, w), What: c.Describe(w),
			Explanation: e.Result.Explanation(c)}
		if cl := c.Clause(); cl != nil && cl.Number != "" {
			it.Title = cl.Title
		}
		out = append(out, it)
	}
	for _, d := range e.Result.DefChanges(true) {
		out = append(out, ChangelogItem{Kind: d.Kind, Title: d.Term, What: w.Definition + " " + d.Kind.Word(w),
			Explanation: e.Result.DefExplanation(d.Term)})
	}
	return out
}

// Changelog writes a document's changelog (newest version first, as
// diff.Changelog returns it) as md, text, json or html (a fragment for a
// site page; versionLink, when set, gives the address of a version's page).
func Changelog(w io.Writer, entries []diff.ChangelogEntry, format string, versionLink func(*model.Document) string) error {
	if len(entries) == 0 {
		return fmt.Errorf("no versions")
	}
	bw := newOutput(w)
	if format == "json" {
		bw = newJSONOutput(w)
	}
	var err error
	switch format {
	case "md":
		changelogMarkdown(bw, entries)
	case "text":
		changelogText(bw, entries)
	case "html":
		changelogHTML(bw, entries, versionLink)
	case "json":
		err = changelogJSON(bw, entries)
	default:
		return fmt.Errorf("unknown changelog format %q: use %s", format, strings.Join(ChangelogFormats, ", "))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func entryDates(e diff.ChangelogEntry) string {
	m := e.Version.Meta
	w := lang.Changes(m.Language)
	s := fmt.Sprintf("%s %s, %s %s", w.Published, date(m.Published, m.Language), w.Effective, date(m.Effective, m.Language))
	if m.Status != model.StatusPublished {
		s += " (" + w.Draft + ")"
	}
	return s
}

func itemLine(it ChangelogItem) string {
	var s string
	switch {
	case it.Old == "" && it.New == "":
		s = it.Title + " (" + it.What + ")"
	case it.Old == "" || it.Old == it.New:
		s = it.New + " " + it.What
	case it.New == "":
		s = it.Old + " " + it.What
	default:
		s = it.Old + " → " + it.New + " " + it.What
	}
	if it.Title != "" && (it.Old != "" || it.New != "") {
		s += " (" + it.Title + ")"
	}
	if it.Explanation != "" {
		s += ": " + strings.Join(strings.Fields(it.Explanation), " ")
	}
	return s
}

func changelogMarkdown(w *safetext.Writer, entries []diff.ChangelogEntry) {
	doc := entries[0].Version
	words := lang.Changes(doc.Meta.Language)
	fmt.Fprintf(w, "# %s: %s\n", mdEscape(doc.Meta.Title), mdEscape(words.Lower(words.Changelog)))
	for _, e := range entries {
		fmt.Fprintf(w, "\n## %s %s\n\n", mdEscape(capital(words.Version)), mdEscape(e.Version.Meta.Version))
		fmt.Fprintf(w, "*%s*\n\n", mdEscape(capital(entryDates(e))))
		fmt.Fprintf(w, "%s\n", mdEscape(capital(e.Line())))
		if s := strings.Join(strings.Fields(e.Version.Meta.ChangeSummary), " "); s != "" && e.Result != nil {
			fmt.Fprintf(w, "\n%s\n", mdEscape(s))
		}
		items := Items(e)
		if len(items) > 0 {
			fmt.Fprintln(w)
		}
		for _, it := range items {
			fmt.Fprintf(w, "- %s\n", mdEscape(itemLine(it)))
		}
	}
}

func changelogText(w *safetext.Writer, entries []diff.ChangelogEntry) {
	doc := entries[0].Version
	words := lang.Changes(doc.Meta.Language)
	fmt.Fprintf(w, "%s (%s): %s\n", doc.Meta.Title, doc.Meta.ID, words.Lower(words.Changelog))
	for _, e := range entries {
		fmt.Fprintf(w, "\n%s %s  %s\n  %s\n", words.Version, e.Version.Meta.Version, entryDates(e), e.Line())
		if s := strings.Join(strings.Fields(e.Version.Meta.ChangeSummary), " "); s != "" && e.Result != nil {
			fmt.Fprintf(w, "  %s\n", s)
		}
		for _, it := range Items(e) {
			fmt.Fprintf(w, "  - %s\n", itemLine(it))
		}
	}
}

func changelogHTML(w *safetext.Writer, entries []diff.ChangelogEntry, versionLink func(*model.Document) string) {
	doc := entries[0].Version
	words := lang.Changes(doc.Meta.Language)
	e := html.EscapeString
	fmt.Fprintf(w, "<div class=\"lk-changelog\" lang=\"%s\">\n<h1>%s: %s</h1>\n", e(doc.Meta.Language), e(doc.Meta.Title), e(words.Lower(words.Changelog)))
	for _, en := range entries {
		name := e(capital(words.Version) + " " + en.Version.Meta.Version)
		if versionLink != nil {
			if l := versionLink(en.Version); l != "" {
				name = fmt.Sprintf("<a href=\"%s\">%s</a>", e(l), name)
			}
		}
		fmt.Fprintf(w, "<section class=\"lk-version\" id=\"v-%s\">\n<h2>%s</h2>\n<p class=\"lk-dates\">%s</p>\n<p class=\"lk-line\">%s</p>\n",
			e(en.Version.Meta.Version), name, e(capital(entryDates(en))), e(capital(en.Line())))
		if s := strings.Join(strings.Fields(en.Version.Meta.ChangeSummary), " "); s != "" && en.Result != nil {
			fmt.Fprintf(w, "<p>%s</p>\n", e(s))
		}
		if items := Items(en); len(items) > 0 {
			fmt.Fprint(w, "<ul>\n")
			for _, it := range items {
				fmt.Fprintf(w, "<li>%s</li>\n", e(itemLine(it)))
			}
			fmt.Fprint(w, "</ul>\n")
		}
		fmt.Fprint(w, "</section>\n")
	}
	fmt.Fprint(w, "</div>\n")
}

// JSONChangelog is the JSON form of a changelog (schema
// "legalkit.changelog/1"). Fields may be added, never renamed or removed.
type JSONChangelog struct {
	Schema   string             `json:"schema"`
	ID       string             `json:"id"`
	Title    string             `json:"title"`
	Language string             `json:"language"`
	Versions []JSONChangelogRow `json:"versions"`
}

// JSONChangelogRow is one version of a changelog.
type JSONChangelogRow struct {
	Version       string            `json:"version"`
	Status        string            `json:"status"`
	Published     string            `json:"published"`
	Effective     string            `json:"effective"`
	Previous      string            `json:"previous"` // "" for the first version
	Line          string            `json:"line"`     // one-line summary in the document language
	ChangeSummary string            `json:"change_summary"`
	Summary       *diff.JSONSummary `json:"summary"` // null for the first version
	Changes       []JSONLogItem     `json:"changes"` // substantive changes
}

// JSONLogItem is a substantive change in a changelog.
type JSONLogItem struct {
	Kind        string `json:"kind"`
	Old         string `json:"old"`
	New         string `json:"new"`
	Title       string `json:"title"`
	What        string `json:"what"`
	Explanation string `json:"explanation"`
}

func changelogJSON(w io.Writer, entries []diff.ChangelogEntry) error {
	doc := entries[0].Version
	out := JSONChangelog{Schema: "legalkit.changelog/1", ID: doc.Meta.ID, Title: doc.Meta.Title, Language: doc.Meta.Language,
		Versions: []JSONChangelogRow{}}
	for _, e := range entries {
		m := e.Version.Meta
		row := JSONChangelogRow{Version: m.Version, Status: string(m.Status), Published: m.Published.String(),
			Effective: m.Effective.String(), Line: e.Line(), Changes: []JSONLogItem{}}
		if e.Previous != nil {
			row.Previous = e.Previous.Meta.Version
			row.ChangeSummary = strings.Join(strings.Fields(m.ChangeSummary), " ")
		}
		if e.Result != nil {
			s := e.Result.JSON(false).Summary
			row.Summary = &s
		}
		for _, it := range Items(e) {
			row.Changes = append(row.Changes, JSONLogItem{Kind: string(it.Kind), Old: it.Old, New: it.New, Title: it.Title,
				What: it.What, Explanation: strings.Join(strings.Fields(it.Explanation), " ")})
		}
		out.Versions = append(out.Versions, row)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
