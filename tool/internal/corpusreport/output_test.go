package corpusreport

import (
	"os"
	"path/filepath"
	"testing"
)

// writeReportFile writes the JSON report to path through a temporary file
// in the same folder, renamed when complete.
func writeReportFile(t *testing.T, path string, r *report) {
	t.Helper()
	tmp, err := os.CreateTemp(filepath.Dir(path), ".corpus-report-*")
	if err != nil {
		t.Fatalf("LEGALKIT_CORPUS_REPORT: %v", err)
	}
	defer os.Remove(tmp.Name())
	if err := r.writeJSON(tmp); err != nil {
		tmp.Close()
		t.Fatalf("LEGALKIT_CORPUS_REPORT: %v", err)
	}
	if err := tmp.Close(); err != nil {
		t.Fatalf("LEGALKIT_CORPUS_REPORT: %v", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		t.Fatalf("LEGALKIT_CORPUS_REPORT: %v", err)
	}
	t.Logf("JSON report written to %s", path)
}
