package importer

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// Options are the settings of an import that the command line gives.
type Options struct {
	ID        string // publisher/document; "" derives it from the publisher and the input's name
	Publisher string // "" takes it from the other tool's front matter
	Language  string // "" takes it from the front matter or tells it from the text
	Title     string // "" takes it from the front matter or the first level-1 heading
	Status    model.Status
}

// Version is one imported version, ready to be written.
type Version struct {
	Meta model.Meta
	Path string // where it goes below the output folder: ID/VERSION.md, with slashes
	Data []byte // the whole source: legalkit's front matter, then Body
	Body []byte // the body as read, byte for byte
	crlf bool   // the body ends its lines with CR LF
}

// Document is one imported document, its versions oldest first.
type Document struct {
	ID       string
	Input    string // the file or folder named on the command line
	Versions []Version
	Skipped  int // versions whose body is identical to the one before
}

// origin is one version as read, before it becomes a Version.
type origin struct {
	file  string // for messages: the file as named on the command line
	note  string // for messages: " (commit 1a2b3c4)"
	src   []byte
	prov  model.Provenance
	label string // the version label to use when the text states no date
}

var (
	idPattern      = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$`)
	versionPattern = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z.\-]*$`)
)

// CheckID reports whether id is a valid document id.
func CheckID(id string) error {
	if !idPattern.MatchString(id) {
		return fmt.Errorf("id %q must be publisher/document in lower case letters, digits and -", id)
	}
	return nil
}

// build turns the versions read from one input into a document.
func build(input, name string, origins []origin, opt Options) (*Document, diag.List) {
	doc := &Document{Input: input}
	var ds diag.List
	var prev []byte
	first := true
	for _, o := range origins {
		v, body, vds := version(o, opt)
		ds = append(ds, vds...)
		if v == nil {
			continue
		}
		if !first && bytes.Equal(body, prev) {
			doc.Skipped++
			continue
		}
		first, prev = false, body
		doc.Versions = append(doc.Versions, *v)
	}
	if ds.HasErrors() || len(doc.Versions) == 0 {
		return doc, ds
	}
	doc.ID = opt.ID
	if doc.ID == "" {
		doc.ID = slug(doc.Versions[0].Meta.Publisher) + "/" + slug(name)
		if CheckID(doc.ID) != nil {
			ds.Add(input, 1, 1, diag.Error, "import-id", "cannot make a document id of publisher %q and name %q: pass --id publisher/document", doc.Versions[0].Meta.Publisher, name)
			return doc, ds
		}
	}
	labelVersions(doc)
	for i := range doc.Versions {
		ds = append(ds, finish(&doc.Versions[i])...)
	}
	return doc, ds
}

// version reads one origin: nil when it cannot be imported (the reasons
// are in the diagnostics).
func version(o origin, opt Options) (*Version, []byte, diag.List) {
	var ds diag.List
	if d, bad := encodingProblem(o); bad {
		return nil, nil, append(ds, d)
	}
	raw := split(o.src)
	if raw.Unclosed {
		ds.Add(o.file, 1, 1, diag.Error, "front-matter-invalid", "the file opens a front matter with \"---\" but never closes it%s", o.note)
		return nil, nil, ds
	}
	var fm foreignMeta
	if raw.HasFM {
		fields, fds := parse.ForeignFrontMatter(o.file, raw.FrontMatter, raw.FMLine)
		if fds.HasErrors() {
			return nil, nil, append(ds, fds...)
		}
		var wds diag.List
		fm, wds = mapForeign(o.file, fields)
		ds = append(ds, wds...)
	}
	meta := model.Meta{ID: opt.ID, Status: opt.Status, Aliases: fm.Aliases, Source: o.prov}
	meta.Title = firstOf(opt.Title, fm.Title, headingTitle(raw.Body))
	meta.Publisher = firstOf(opt.Publisher, fm.Publisher)
	meta.Language = firstOf(opt.Language, fm.Language, detectLanguage(raw.Body))
	if meta.Status == "" {
		meta.Status = model.StatusPublished
	}
	ds = append(ds, required(o, meta)...)
	if ds.HasErrors() {
		return nil, nil, ds
	}
	var dds diag.List
	meta.Published, meta.Effective, dds = statedDates(o, raw)
	ds = append(ds, dds...)
	meta.Version = firstOf(dateLabel(meta.Published), dateLabel(meta.Effective), o.label)
	crlf := bytes.Count(raw.Body, []byte("\r\n"))*2 > bytes.Count(raw.Body, []byte("\n"))
	return &Version{Meta: meta, Body: raw.Body, crlf: crlf}, raw.Body, ds
}

// required reports the front matter values the import could not find.
func required(o origin, meta model.Meta) diag.List {
	var ds diag.List
	if meta.Title == "" {
		ds.Add(o.file, 1, 1, diag.Error, "import-title", "no title: the text has no level-1 heading and no title in its front matter; pass --title%s", o.note)
	}
	if meta.Publisher == "" {
		ds.Add(o.file, 1, 1, diag.Error, "import-publisher", "no publisher: pass --publisher%s", o.note)
	}
	switch {
	case meta.Language == "":
		ds.Add(o.file, 1, 1, diag.Error, "import-language", "cannot tell the language of the text; pass --language %s%s", strings.Join(lang.Supported, "|"), o.note)
	case !lang.IsSupported(meta.Language):
		ds.Add(o.file, 1, 1, diag.Error, "import-language", "the text is in %q, which legalkit does not support (it supports %s)%s", meta.Language, strings.Join(lang.Supported, ", "), o.note)
	}
	return ds
}

// statedDates takes the first publication and effective date the text
// states; a later different date for the same role is reported.
func statedDates(o origin, raw rawSource) (published, effective model.Date, ds diag.List) {
	var firstAt [2]*statedDate
	for _, sd := range findDates(raw.Body) {
		line := sd.Pos.Line + raw.BodyLine - 1
		kept := firstAt[sd.Role]
		if kept == nil {
			sd := sd
			sd.Pos.Line = line
			firstAt[sd.Role] = &sd
			continue
		}
		if kept.Date != sd.Date {
			ds.Add(o.file, line, sd.Pos.Col, diag.Warning, "import-date-conflict", "the text states another %s date here (%q); the import keeps the first, %s (%q, line %d)%s",
				roleName(sd.Role), sd.Text, kept.Date, kept.Text, kept.Pos.Line, o.note)
		}
	}
	if firstAt[lang.DatePublished] != nil {
		published = firstAt[lang.DatePublished].Date
	}
	if firstAt[lang.DateEffective] != nil {
		effective = firstAt[lang.DateEffective].Date
	}
	return published, effective, ds
}

func roleName(r lang.DateRole) string {
	if r == lang.DateEffective {
		return "effective"
	}
	return "publication"
}

// encodingProblem reports a source that is not UTF-8 text legalkit reads.
func encodingProblem(o origin) (diag.Diagnostic, bool) {
	switch {
	case len(o.src) > parse.MaxSize:
		return diag.New(o.file, 1, 1, diag.Error, "encoding", "the file is larger than the %d MB legalkit reads%s", parse.MaxSize>>20, o.note), true
	case bytes.IndexByte(o.src, 0) >= 0:
		p := posOf(o.src, bytes.IndexByte(o.src, 0))
		return diag.New(o.file, p.Line, p.Col, diag.Error, "encoding", "the file contains a NUL byte: it is binary, not Markdown text%s", o.note), true
	case !utf8.Valid(o.src):
		i := 0
		for r, n := utf8.DecodeRune(o.src); r != utf8.RuneError || n > 1; r, n = utf8.DecodeRune(o.src[i:]) {
			i += n
		}
		p := posOf(o.src, i)
		return diag.New(o.file, p.Line, p.Col, diag.Error, "encoding", "invalid UTF-8 (byte 0x%02x): the file must be UTF-8 text%s", o.src[i], o.note), true
	}
	return diag.Diagnostic{}, false
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func dateLabel(d model.Date) string {
	if !d.Known() {
		return ""
	}
	return d.String()
}

// labelVersions gives every version a unique label: a second version with
// the same label gets "-2", a third "-3", in order.
func labelVersions(doc *Document) {
	used := map[string]bool{}
	for i := range doc.Versions {
		m := &doc.Versions[i].Meta
		m.ID = doc.ID
		base := m.Version
		if base == "" || !versionPattern.MatchString(base) || base == "index" || base == "versions" {
			base = strconv.Itoa(i + 1)
		}
		label := base
		for n := 2; used[label]; n++ {
			label = base + "-" + strconv.Itoa(n)
		}
		used[label] = true
		m.Version = label
		doc.Versions[i].Path = doc.ID + "/" + label + ".md"
	}
}

// finish writes the version's source and checks that legalkit reads its
// front matter without an error.
func finish(v *Version) diag.List {
	v.Data = render(v.Meta, v.Body, v.crlf)
	_, pds := parse.Parse(v.Path, v.Data)
	var ds diag.List
	for _, d := range pds {
		if d.Severity == diag.Error && (strings.HasPrefix(d.Code, "front-matter") || d.Code == "encoding") {
			ds = append(ds, d)
		}
	}
	return ds
}

// slug makes a lower-case id part of a name: "Firefox Terms_of Use" gives
// "firefox-terms-of-use".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if f, ok := folded[r]; ok {
			r = f
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

var folded = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y', 'ß': 's',
}
