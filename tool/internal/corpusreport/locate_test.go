package corpusreport

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// meta is what the corpus's meta.json says of a document.
type meta struct {
	Title         string  `json:"title"`
	Publisher     string  `json:"publisher"`
	Language      string  `json:"language"`
	TranslationOf *string `json:"translation_of"`
}

// document is one folder of the corpus: <source>/<name>/ with its versions.
type document struct {
	Source, Name string
	Dir          string   // absolute folder
	Meta         meta     // from meta.json
	Files        []string // version file names, oldest first
}

// ID is the legalkit id the report gives the document: source/name.
func (d document) ID() string { return d.Source + "/" + d.Name }

// corpusRoot returns the corpus folder: $LEGALKIT_CORPUS, or
// ../shared/corpus beside the repository. When it is absent the test is
// skipped, or fails under LEGALKIT_REQUIRE_TOOLS=1.
func corpusRoot(t testing.TB) string {
	t.Helper()
	root := os.Getenv("LEGALKIT_CORPUS")
	if root == "" {
		root = filepath.Join(testutil.Root(t), "..", "shared", "corpus")
	}
	if info, err := os.Stat(root); err != nil || !info.IsDir() {
		msg := fmt.Sprintf("corpus %s not found: set LEGALKIT_CORPUS to the shared/corpus folder to run this test", root)
		if os.Getenv("LEGALKIT_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg + " (LEGALKIT_REQUIRE_TOOLS=1)")
		}
		t.Skip(msg)
	}
	return filepath.Clean(root)
}

// listDocuments finds every <source>/<name>/meta.json under root, sorted by
// id, with its version files.
func listDocuments(root string) ([]document, error) {
	metas, err := filepath.Glob(filepath.Join(root, "*", "*", "meta.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(metas)
	var docs []document
	for _, m := range metas {
		d, err := readDocument(filepath.Dir(m))
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s holds no <source>/<document>/meta.json", root)
	}
	return docs, nil
}

// readDocument reads one document folder.
func readDocument(dir string) (document, error) {
	d := document{Dir: dir, Name: filepath.Base(dir), Source: filepath.Base(filepath.Dir(dir))}
	raw, err := os.ReadFile(filepath.Join(dir, "meta.json"))
	if err != nil {
		return d, err
	}
	if err := json.Unmarshal(raw, &d.Meta); err != nil {
		return d, fmt.Errorf("%s: %w", filepath.Join(dir, "meta.json"), err)
	}
	d.Files, err = versionFiles(dir)
	return d, err
}

// versionFiles lists the version files of a document folder in the order of
// versions.tsv (its seq column: oldest first, same-day versions in commit
// order), or by name when the folder has no versions.tsv.
func versionFiles(dir string) ([]string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "versions.tsv"))
	if os.IsNotExist(err) {
		matches, err := filepath.Glob(filepath.Join(dir, "*.md"))
		for i, m := range matches {
			matches[i] = filepath.Base(m)
		}
		return matches, err
	}
	if err != nil {
		return nil, err
	}
	type row struct {
		file string
		seq  int
	}
	var rows []row
	for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("%s:%d: expected at least 6 columns", filepath.Join(dir, "versions.tsv"), i+2)
		}
		seq, err := strconv.Atoi(f[5])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: seq %q is not a number", filepath.Join(dir, "versions.tsv"), i+2, f[5])
		}
		rows = append(rows, row{f[0], seq})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].seq < rows[j].seq })
	files := make([]string, len(rows))
	for i, r := range rows {
		files[i] = r.file
	}
	return files, nil
}
