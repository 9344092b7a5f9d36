package corpusreport

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// finding is a diagnostic placed in the corpus file: File is the file's
// path under the corpus root and Line its line there (0 for the front
// matter the report added).
type finding struct {
	diag.Diagnostic
	Wrapper bool // about the added front matter, not the document's text
}

// version is one parsed, linked and checked version.
type version struct {
	File     string // corpus path: source/name/YYYY-MM-DD_sha7.md
	Doc      *model.Document
	Findings []finding
}

// runDocument reads the given versions of d (file names), wraps them,
// parses them, links them together and checks them, as legalkit check does
// for the versions of one document in terms/.
func runDocument(d document, files []string) ([]*version, error) {
	vs := make([]*version, len(files))
	byPath := map[string]*version{}
	var docs []*model.Document
	var ds diag.List
	for i, f := range files {
		src, err := os.ReadFile(filepath.Join(d.Dir, f))
		if err != nil {
			return nil, err
		}
		path := logicalPath(d.ID(), f)
		doc, pds := parse.Parse(path, wrap(d.Meta, d.ID(), versionLabel(f), src))
		vs[i] = &version{File: d.Source + "/" + d.Name + "/" + f, Doc: doc}
		byPath[path] = vs[i]
		ds = append(ds, pds...)
		if doc != nil {
			docs = append(docs, doc)
		}
	}
	resolve.Link(docs)
	ds = append(ds, check.Run(docs)...)
	for _, dg := range ds.Sort() {
		v := byPath[dg.File]
		if v == nil { // not expected: every diagnostic names a file given
			vs[0].Findings = append(vs[0].Findings, finding{Diagnostic: dg})
			continue
		}
		dg.File = v.File
		dg.Line = sourceLine(dg.Line)
		dg.Message = sourceLinesIn(dg.Message)
		v.Findings = append(v.Findings, finding{Diagnostic: dg, Wrapper: dg.Line == 0})
	}
	return vs, nil
}

// lineInMessage is a line number a message names: "first at line 162".
var lineInMessage = regexp.MustCompile(`\bline (\d+)`)

// sourceLinesIn maps the line numbers inside a message, like the
// diagnostic's own, to the lines of the corpus file.
func sourceLinesIn(msg string) string {
	return lineInMessage.ReplaceAllStringFunc(msg, func(m string) string {
		n, err := strconv.Atoi(m[len("line "):])
		if err != nil || n <= wrapperLines {
			return m
		}
		return "line " + strconv.Itoa(sourceLine(n))
	})
}
