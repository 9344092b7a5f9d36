package corpusreport

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// TestCorpusReferenceSample prints a sample of the references legalkit
// finds in the newest version of every corpus document, to read by hand:
// each with the line it stands on and the start of the text of its target,
// so that a reader can tell whether it points where the author meant.
//
//	LEGALKIT_CORPUS_REFS=120 go test -v -run TestCorpusReferenceSample ./tool/internal/corpusreport
//
// LEGALKIT_CORPUS_REFS_KIND=dangling samples the unresolved ones instead.
// The sample is fixed: a hash of file, line and text orders the references.
func TestCorpusReferenceSample(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("LEGALKIT_CORPUS_REFS"))
	if n <= 0 {
		t.Skip("set LEGALKIT_CORPUS_REFS=N to print N sampled references")
	}
	dangling := os.Getenv("LEGALKIT_CORPUS_REFS_KIND") == "dangling"
	root := corpusRoot(t)
	docs, err := listDocuments(root)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		key  uint64
		text string
	}
	var rows []row
	counts := map[string]int{}
	for _, d := range docs {
		vs, err := runDocument(d, d.Files[len(d.Files)-1:])
		if err != nil {
			t.Fatal(err)
		}
		v := vs[0]
		if v.Doc == nil {
			continue
		}
		src, _ := os.ReadFile(filepath.Join(d.Dir, filepath.Base(v.File)))
		lines := strings.Split(string(src), "\n")
		for _, r := range v.Doc.References {
			counts[string(r.Kind)+" "+strconv.FormatBool(r.Resolved)]++
			if r.Resolved == dangling || r.Kind == model.RefStatute {
				continue
			}
			h := fnv.New64a()
			fmt.Fprintf(h, "%s:%d:%s", v.File, r.Pos.Line, r.Text)
			line := sourceLine(r.Pos.Line)
			rows = append(rows, row{h.Sum64(), fmt.Sprintf("%s:%d: %q -> %s %s (doubt %q)\n    at: %s\n    to: %s",
				v.File, line, r.Text, r.Kind, r.Target, r.Doubt, around(lines, line, r.Text), targetText(v.Doc, r))})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
	var b strings.Builder
	fmt.Fprintf(&b, "references in the newest versions by kind and resolved: %v\n", counts)
	for i := 0; i < n && i < len(rows); i++ {
		fmt.Fprintf(&b, "%3d %s\n", i+1, rows[i].text)
	}
	t.Log(b.String())
}

// around is up to 160 characters of the line around the reference text.
func around(lines []string, line int, text string) string {
	if line < 1 || line > len(lines) {
		return ""
	}
	l := lines[line-1]
	i := strings.Index(l, text)
	if i < 0 {
		i = 0
	}
	return shorten(l[max(0, i-90):], 170)
}

// targetText is the start of what a reference points at: its clause
// number and title, or the item's first words.
func targetText(doc *model.Document, r *model.Reference) string {
	if r.Document != "" {
		return "(document " + r.Document + ")"
	}
	if c := doc.Clause(r.Target); c != nil {
		return fmt.Sprintf("clause %s %q line %d", c.Number, shorten(c.Title, 60), sourceLine(c.Pos.Line))
	}
	if it := doc.Item(r.Target); it != nil {
		return fmt.Sprintf("item %s of %s line %d", it.Marker, it.Clause.Anchor, sourceLine(it.Pos.Line))
	}
	return "(nothing)"
}
