package importer

import (
	"bytes"
	"regexp"
	"strings"
)

// rawSource is a source file taken apart: another tool's front matter and
// the body, which legalkit writes unchanged.
type rawSource struct {
	FrontMatter []byte // the YAML between the "---" lines; nil when there is none
	FMLine      int    // file line of the front matter's first YAML line
	HasFM       bool
	Body        []byte
	BodyLine    int  // file line on which the body starts
	Unclosed    bool // the file opens a front matter that it never closes
}

var bom = []byte("\xef\xbb\xbf")

// split separates a source into front matter and body. A leading byte order
// mark is the file's encoding mark, not text, and is dropped: legalkit's
// front matter must come first.
func split(src []byte) rawSource {
	src = bytes.TrimPrefix(src, bom)
	r := rawSource{Body: src, BodyLine: 1}
	if !isFence(firstLine(src)) {
		return r
	}
	off := len(firstLine(src))
	for line := 2; off < len(src); line++ {
		l := firstLine(src[off:])
		if isFence(l) || string(bytes.TrimRight(l, " \t\r\n")) == "..." {
			r.HasFM = true
			r.FrontMatter = src[len(firstLine(src)):off]
			r.FMLine = 2
			r.Body = src[off+len(l):]
			r.BodyLine = line + 1
			return r
		}
		off += len(l)
	}
	r.Unclosed = true
	return r
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i+1]
	}
	return b
}

func isFence(line []byte) bool { return string(bytes.TrimRight(line, " \t\r\n")) == "---" }

var (
	atxHeading    = regexp.MustCompile(`^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	htmlTag       = regexp.MustCompile(`</?[A-Za-z][^>]*>`)
	setextLine    = regexp.MustCompile(`^ {0,3}=+[ \t]*$`)
	setextTwo     = regexp.MustCompile(`^ {0,3}-+[ \t]*$`)
	attributeList = regexp.MustCompile(`[ \t]*\{[:#][^}]*\}[ \t]*$`)
	fenceOpen     = regexp.MustCompile("^ {0,3}(```|~~~)")
)

// headingTitle returns the text of the body's first level-1 heading, else
// of its first heading, "" when it has none.
func headingTitle(body []byte) string {
	if t := firstHeading(body, true); t != "" {
		return t
	}
	return firstHeading(body, false)
}

func firstHeading(body []byte, levelOne bool) string {
	lines := strings.Split(strings.ReplaceAll(string(body), "\r\n", "\n"), "\n")
	fenced := false
	for i, l := range lines {
		if fenceOpen.MatchString(l) {
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		if m := atxHeading.FindStringSubmatch(l); m != nil && (!levelOne || m[1] == "#") {
			if t := cleanTitle(m[2]); t != "" {
				return t
			}
		}
		if strings.TrimSpace(l) != "" && i+1 < len(lines) && (setextLine.MatchString(lines[i+1]) || !levelOne && setextTwo.MatchString(lines[i+1])) {
			if t := cleanTitle(l); t != "" {
				return t
			}
		}
	}
	return ""
}

func cleanTitle(s string) string {
	s = attributeList.ReplaceAllString(s, "")
	s = htmlTag.ReplaceAllString(s, "")
	s = strings.Trim(strings.TrimSpace(s), "*_")
	return strings.Join(strings.Fields(s), " ")
}
