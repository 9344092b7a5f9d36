package corpusreport

import (
	"bytes"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/legalkit/legalkit/tool/internal/parallel"
)

// TestCorpusReport runs legalkit over every version of every corpus
// document and logs the report (go test -v -run TestCorpusReport). It
// writes the JSON report to $LEGALKIT_CORPUS_REPORT when that is set.
// It fails only when the pipeline cannot run, never on the figures.
func TestCorpusReport(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus report reads 23 MB; skipped with -short")
	}
	root := corpusRoot(t)
	docs, err := listDocuments(root)
	if err != nil {
		t.Fatal(err)
	}
	limit := sampleLimit(t)
	start := time.Now()
	results := make([][]*version, len(docs))
	errs := make([]error, len(docs))
	parallel.Do(len(docs), func(i int) {
		results[i], errs[i] = runDocument(docs[i], sample(docs[i].Files, limit))
	})
	r := newReport()
	for i, d := range docs {
		if errs[i] != nil {
			t.Fatalf("%s: %v", d.ID(), errs[i])
		}
		r.addDocument(d, results[i])
	}
	r.finish()
	r.Expectations = expectationScores(t, root)
	var out bytes.Buffer
	r.writeText(&out)
	t.Logf("corpus %s, %d documents, %d versions run in %v:\n%s", root, len(docs), r.Total.Versions, time.Since(start).Round(time.Millisecond), out.String())
	if p := os.Getenv("LEGALKIT_CORPUS_REPORT"); p != "" {
		writeReportFile(t, p, r)
	}
}

// expectationScores scores the hand-counted expectations for the JSON
// report; TestCorpusExpectations reports those that do not fit.
func expectationScores(t *testing.T, root string) []docScore {
	es, err := loadExpectations(expectationsDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []docScore
	for _, e := range es {
		if s, err := scoreExpectation(root, e); err == nil {
			out = append(out, s)
		}
	}
	return out
}

// sampleLimit reads LEGALKIT_CORPUS_SAMPLE: the most versions to run per
// document (0, the default, runs all).
func sampleLimit(t *testing.T) int {
	s := os.Getenv("LEGALKIT_CORPUS_SAMPLE")
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("LEGALKIT_CORPUS_SAMPLE=%q: want a number of versions, at least 1", s)
	}
	return n
}

// sample returns at most limit of files, spread evenly, the first and the
// last always included; all of them when limit is 0.
func sample(files []string, limit int) []string {
	if limit == 0 || len(files) <= limit {
		return files
	}
	if limit == 1 {
		return files[len(files)-1:]
	}
	out := make([]string, 0, limit)
	for i := 0; i < limit; i++ {
		out = append(out, files[i*(len(files)-1)/(limit-1)])
	}
	return out
}
