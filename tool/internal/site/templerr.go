package site

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// templateLoc is the position html/template and text/template put in
// front of their messages: "template: html/x.html:3: ..." when parsing,
// "template: html/x.html:3:12: executing ..." (a byte offset into the line,
// from 0) when running, "html/template:html/x.html:3:12: ..." when
// escaping.
var templateLoc = regexp.MustCompile(`(?s)^(?:html/)?template: ?(.+?):(\d+):(?:(\d+):)? ?(.*)$`)

// templateError turns an error of html/template into a Diagnostic at the
// file and character position it names, with the file named as the user
// knows it (DIR/html/x.html for a file of --templates DIR). name is the
// template file it is about when the error names none; page, when set, is
// the site page being written. A text of text.json that fails keeps its
// own position. t.files must not change meanwhile.
func (t *pageTemplates) templateError(err error, name, code, page string) error {
	var d diag.Diagnostic
	if errors.As(err, &d) {
		return d
	}
	msg := err.Error()
	line, col := 1, 1
	if m := templateLoc.FindStringSubmatch(msg); m != nil {
		if _, ok := t.files[m[1]]; ok {
			name, msg = m[1], m[4]
			line, _ = strconv.Atoi(m[2])
			if m[3] != "" {
				off, _ := strconv.Atoi(m[3])
				col = charColumn(t.files[name].src, line, off)
			}
		}
	}
	if page != "" {
		msg += fmt.Sprintf(" (writing %s)", page)
	}
	f := t.files[name]
	return diag.Diagnostic{File: f.path, Line: line, Col: col, Severity: diag.Error, Code: code, Message: msg}
}

// charColumn returns the column, in characters from 1, of byte offset off
// (from 0) in line line of src.
func charColumn(src []byte, line, off int) int {
	lines := strings.SplitAfterN(string(src), "\n", line+1)
	if line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	return 1 + utf8.RuneCountInString(l[:max(0, min(off, len(l)))])
}

// textAt returns an error at the text key of language lang in text.json:
// in the file of --templates when it has it, else in the built-in one.
func (t *pageTemplates) textAt(lang, key, code, format string, args ...any) diag.Diagnostic {
	var d diag.Diagnostic
	for _, f := range t.textFiles {
		at := diag.JSONAt(f.path, f.src, []string{lang, key}, code, format, args...)
		if d.File == "" || at.Line != 1 || at.Col != 1 {
			d = at
		}
	}
	return d
}
