package corpusreport

import (
	"fmt"
	"io"
	"strings"
)

// writeScores writes one line per document, recall/precision (matched of
// expected, of found) per kind of fact, the pooled total, and what was
// missed or found in excess.
func writeScores(w io.Writer, scores []docScore) {
	fmt.Fprintf(w, "%-58s %-22s %-22s %-22s %-22s %7s %7s\n", "document (recall precision matched/expected/found)", "clauses", "items", "definitions", "references", "titles", "anchors")
	var total docScore
	for _, s := range scores {
		writeScoreRow(w, s.Document, s)
		total.Clauses.add(s.Clauses)
		total.Items.add(s.Items)
		total.Definitions.add(s.Definitions)
		total.Refs.add(s.Refs)
		total.Titles += s.Titles
		total.TitlesRight += s.TitlesRight
		total.Anchors += s.Anchors
		total.AnchorsRight += s.AnchorsRight
	}
	writeScoreRow(w, "TOTAL", total)
	fmt.Fprintln(w, "\nnot found (missed) and found but not counted (extra), the first of each:")
	for _, s := range scores {
		for _, k := range []struct {
			name string
			sc   score
		}{{"clauses", s.Clauses}, {"items", s.Items}, {"definitions", s.Definitions}, {"references", s.Refs}} {
			if len(k.sc.Missed)+len(k.sc.Extra) > 0 {
				fmt.Fprintf(w, "  %s %s: missed [%s] extra [%s]\n", s.Document, k.name, strings.Join(k.sc.Missed, "; "), strings.Join(k.sc.Extra, "; "))
			}
		}
	}
}

func writeScoreRow(w io.Writer, name string, s docScore) {
	cell := func(sc score) string {
		if sc.Expected == 0 && sc.Found == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f %.2f %d/%d/%d", sc.Recall(), sc.Precision(), sc.Matched, sc.Expected, sc.Found)
	}
	fmt.Fprintf(w, "%-58s %-22s %-22s %-22s %-22s %7s %7s\n", name, cell(s.Clauses), cell(s.Items), cell(s.Definitions), cell(s.Refs),
		fmt.Sprintf("%d/%d", s.TitlesRight, s.Titles), fmt.Sprintf("%d/%d", s.AnchorsRight, s.Anchors))
}
