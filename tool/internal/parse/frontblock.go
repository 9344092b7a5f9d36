package parse

import (
	"bytes"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// frontBlock is the front matter of a source as found by its delimiters.
type frontBlock struct {
	// yaml holds the settings: the lines after the opening "---", up to the
	// closing "---" or a YAML end marker "..." before it. YAML line 1 is
	// line 2 of the file.
	yaml []byte
	// body is the source with every line of the front matter block emptied,
	// so that goldmark sees only the Markdown body, at its own lines and
	// columns.
	body []byte
}

// frontMatter finds the front matter block of src: a first line "---" and
// the next line "---" (trailing blanks allowed). A missing or unclosed
// block is fatal (nil block). Text after a YAML end marker "..." inside the
// block would be ignored by the YAML decoder, so it is reported.
func frontMatter(path string, src []byte) (*frontBlock, diag.List) {
	var ds diag.List
	lines := bytes.SplitAfter(src, []byte("\n"))
	if len(lines) == 0 || !isDelimiter(lines[0]) {
		msg := "no front matter: the file must start with a line \"---\", the YAML settings (id, title, ...) and another \"---\""
		if len(bytes.TrimSpace(src)) == 0 {
			msg = "empty file: a document starts with front matter between two \"---\" lines"
		}
		ds.Add(path, 1, 1, diag.Error, "front-matter-missing", "%s", msg)
		return nil, ds
	}
	end := 1
	for end < len(lines) && !isDelimiter(lines[end]) {
		end++
	}
	if end == len(lines) {
		ds.Add(path, 1, 1, diag.Error, "front-matter-invalid", "front matter is not closed: add a line \"---\" after the settings")
		return nil, ds
	}
	settings := lines[1:end]
	if m := endMarker(settings); m >= 0 {
		ds = afterEndMarker(path, settings, m)
		settings = settings[:m]
	}
	b := &frontBlock{yaml: bytes.Join(settings, nil), body: make([]byte, 0, len(src))}
	for _, l := range lines[:end+1] {
		if bytes.HasSuffix(l, []byte("\n")) {
			b.body = append(b.body, '\n')
		}
	}
	b.body = append(b.body, bytes.Join(lines[end+1:], nil)...)
	return b, ds
}

func isDelimiter(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\n")) == "---"
}

// endMarker returns the index of the first YAML document end marker among
// the settings lines: "..." at the start of a line, followed by nothing, a
// blank or a comment. It returns -1 when there is none.
func endMarker(settings [][]byte) int {
	for i, l := range settings {
		if rest, ok := bytes.CutPrefix(l, []byte("...")); ok && (len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n') {
			return i
		}
	}
	return -1
}

// afterEndMarker reports the first text after the end marker at settings[m]
// (on its own line or any later one; comments are not text). File line 2 is
// settings[0].
func afterEndMarker(path string, settings [][]byte, m int) diag.List {
	var ds diag.List
	for i := m; i < len(settings); i++ {
		l := settings[i]
		skip := 0
		if i == m {
			skip = len("...")
		}
		col, ok := settingText(l, skip)
		if !ok {
			continue
		}
		ds.Add(path, i+2, col, diag.Error, "front-matter-invalid",
			"the YAML end marker \"...\" on line %d ends the settings, so this text would be ignored: remove the \"...\" line (or this text)", m+2)
		return ds
	}
	return nil
}

// settingText returns the character column of the first character of l, from
// byte skip on, that is neither blank nor the start of a YAML comment.
func settingText(l []byte, skip int) (int, bool) {
	i := skip
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i == len(l) || l[i] == '\n' || l[i] == '#' {
		return 0, false
	}
	return 1 + utf8.RuneCount(l[:i]), true
}
