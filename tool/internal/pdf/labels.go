package pdf

import (
	"fmt"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// labels are the words of the page furniture, in the document language,
// taken from the catalogue of reader words (lang.Words).
type labels struct {
	version, published, effective, status string
	versionInText                         string // "versie", "Fassung": the word in mid-sentence
	draft, final                          string // status values
	stamp                                 string // the diagonal stamp on drafts
	page                                  string // "pagina %d van %d"
	legend                                string // explains the marks of a redline
	previous, current                     string // "Vorige versie", "Nieuwe versie"
}

// labelsFor returns the labels of a document language; English for a
// language legalkit does not know.
func labelsFor(language string) labels {
	w, ok := lang.Lookup(language)
	if !ok {
		w, _ = lang.Lookup("en")
	}
	p := w.PDF
	return labels{version: p.Version, published: p.Published, effective: p.Effective, status: p.Status,
		versionInText: w.Changes.Version, draft: p.Draft, final: p.Final, stamp: p.Stamp, page: p.Page,
		legend: p.Legend, previous: p.Previous, current: p.Current}
}

func (l labels) pageOf(n, total int) string { return fmt.Sprintf(l.page, n, total) }

// runningVersion is the right half of the running header: "Versie 2",
// "Fassung 4 (Entwurf)".
func (l labels) runningVersion(m model.Meta) string {
	v := l.version + " " + m.Version
	if m.Status == model.StatusDraft {
		v += " (" + l.draft + ")"
	}
	return v
}

func (l labels) statusOf(s model.Status) string {
	if s == model.StatusDraft {
		return l.draft
	}
	return l.final
}

// date writes a date as readers of the language expect, "onbekend" when unknown.
func date(d model.Date, language string) string {
	return lang.FormatDate(d.Year, int(d.Month), d.Day, language)
}
