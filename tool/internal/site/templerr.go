package site

import (
	"errors"
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
			} else {
				col = nameColumn(t.files[name].src, line, msg)
			}
		}
	}
	f := t.files[name]
	if page != "" {
		return diag.New(f.path, line, col, diag.Error, code, "%s (writing %s)", msg, page)
	}
	return diag.New(f.path, line, col, diag.Error, code, "%s", msg)
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

// namedInParse are the parse errors that name what is wrong; a parse error
// gives only a line, so the column is where that name stands in the line.
var namedInParse = regexp.MustCompile(`^(?:function|undefined variable|no such template) "([^"]+)"`)

// nameColumn returns the column, in characters from 1, of the name a parse
// error msg names in line line of src; 1 when it names none or the line
// does not hold it inside {{ }}.
func nameColumn(src []byte, line int, msg string) int {
	m := namedInParse.FindStringSubmatch(msg)
	lines := strings.SplitAfterN(string(src), "\n", line+1)
	if m == nil || line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	for from := 0; ; {
		open := strings.Index(l[from:], "{{")
		if open < 0 {
			return 1
		}
		open += from
		end := strings.Index(l[open:], "}}")
		if end < 0 {
			end = len(l) - open
		}
		if i := strings.Index(l[open:open+end], m[1]); i >= 0 {
			return 1 + utf8.RuneCountInString(l[:open+i])
		}
		from = open + end
	}
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

// ErrorText is the message of err, in the form of check's findings
// (file:line:col: error: code: message) when err is about a place in a
// file: what the site is about (a document's key, a page) is left out, the
// message says it.
func ErrorText(err error) string {
	var d diag.Diagnostic
	if errors.As(err, &d) {
		return d.String()
	}
	return err.Error()
}
