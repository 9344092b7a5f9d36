package pdf

import (
	"fmt"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// labels are the words of the page furniture, in the document language.
type labels struct {
	version, published, effective, status string
	draft, final                          string // status values
	stamp                                 string // the diagonal stamp on drafts
	page                                  string // "pagina %d van %d"
	legend                                string // explains the marks of a redline
	previous, current                     string // "Vorige versie", "Nieuwe versie"
}

var labelSets = map[string]labels{
	"nl": {version: "Versie", published: "Gepubliceerd", effective: "Ingangsdatum", status: "Status",
		draft: "concept", final: "gepubliceerd", stamp: "CONCEPT", page: "pagina %d van %d",
		legend: "Ingevoegde tekst is onderstreept en groen, verwijderde tekst is doorgehaald en rood; " +
			"een balk in de marge wijst elke gewijzigde regel aan. De nummers in het overzicht zijn koppelingen naar de artikelen.",
		previous: "Vorige versie", current: "Nieuwe versie"},
	"en": {version: "Version", published: "Published", effective: "Effective", status: "Status",
		draft: "draft", final: "published", stamp: "DRAFT", page: "page %d of %d",
		legend: "Inserted text is underlined and green, deleted text is struck through and red; " +
			"a bar in the margin marks every changed line. The numbers in the summary link to the clauses.",
		previous: "Previous version", current: "New version"},
}

// labelsFor returns the labels of a document language; English for a
// language legalkit does not know.
func labelsFor(language string) labels {
	if l, ok := labelSets[language]; ok {
		return l
	}
	return labelSets["en"]
}

func (l labels) pageOf(n, total int) string { return fmt.Sprintf(l.page, n, total) }

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
