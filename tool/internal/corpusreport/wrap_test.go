package corpusreport

import (
	"bytes"
	"encoding/json"
	"strings"
)

// wrapperLines is the number of lines of the front matter the report puts
// before every corpus file: line N of the file is line N+wrapperLines of
// what legalkit reads.
const wrapperLines = 10

// versionLabel turns a corpus file name (2022-02-01_eba74ae.md) into a
// legalkit version label (2022-02-01-eba74ae): labels allow no "_".
func versionLabel(file string) string {
	return strings.ReplaceAll(strings.TrimSuffix(file, ".md"), "_", "-")
}

// logicalPath is the path legalkit is given for a version: the document id
// as folders and the label as file name, so that the id and version of the
// front matter match the path as check requires.
func logicalPath(id, file string) string {
	return id + "/" + versionLabel(file) + ".md"
}

// wrap returns src as a legalkit source: the front matter of id and version
// (title, publisher and language from meta.json, dates unknown), then the
// file with a front matter of its own, if any, blanked line by line, so
// that every line keeps its place (original line = line - wrapperLines).
func wrap(m meta, id, version string, src []byte) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	b.WriteString("id: " + id + "\n")
	b.WriteString("title: " + yamlString(m.Title) + "\n")
	b.WriteString("publisher: " + yamlString(m.Publisher) + "\n")
	b.WriteString("language: " + yamlString(m.Language) + "\n")
	b.WriteString("version: " + yamlString(version) + "\n")
	b.WriteString("published: unknown\neffective: unknown\nstatus: published\n---\n")
	b.Write(blankFrontMatter(src))
	return b.Bytes()
}

// yamlString quotes s for YAML: a JSON string is a YAML double-quoted one.
// An empty value stays empty, so that legalkit reports it.
func yamlString(s string) string {
	if s == "" {
		return `""`
	}
	q, _ := json.Marshal(s) // a string always marshals
	return string(q)
}

// blankFrontMatter empties the lines of a foreign front matter block (a
// first line "---", up to the next line "---") and keeps their line breaks.
// A file without a closed block is returned as it is.
func blankFrontMatter(src []byte) []byte {
	lines := bytes.SplitAfter(src, []byte("\n"))
	if len(lines) == 0 || !isDashes(lines[0]) {
		return src
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if isDashes(lines[i]) {
			end = i
			break
		}
	}
	if end < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i, l := range lines {
		if i <= end {
			out = append(out, '\n')
			continue
		}
		out = append(out, l...)
	}
	return out
}

func isDashes(line []byte) bool {
	return string(bytes.TrimRight(bytes.TrimPrefix(line, []byte("\ufeff")), " \t\r\n")) == "---"
}

// sourceLine maps a line of the wrapped source to the corpus file: 0 for a
// line of the added front matter.
func sourceLine(line int) int {
	if line <= wrapperLines {
		return 0
	}
	return line - wrapperLines
}
