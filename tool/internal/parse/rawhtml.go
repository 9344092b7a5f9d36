package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
)

// HTML in a document is sanitised with an allow-list: bluemonday's policy
// below decides which elements and attributes survive, and the converter
// turns what survives into model nodes (formatting, links, line breaks,
// tables, paragraphs), never into HTML text. Comments are dropped
// silently; every other element or attribute that is dropped, and that a
// reader would miss, is a raw-html warning where it stands.

// elementKind says what a kept HTML element becomes in the model.
type elementKind int

const (
	kindTransparent elementKind = iota // its content, as if the tag were not there: span, abbr, cite
	kindFormat                         // formatted text: strong, em, sup, u
	kindLink                           // a: a link (href), an author id (id, name) or both
	kindBreak                          // br: a line break
	kindBlock                          // block structure: p, div, table, ul, li, h2
)

// formats maps a formatting element to the emphasis level (1 italic,
// 2 bold) and the mark it becomes. HTML bold keeps its mark: it is the
// author's typography (the labels of a table's rows), and unlike
// Markdown bold it defines no term.
var formats = map[string]struct {
	level int
	mark  string
}{
	"b": {2, "strong"}, "strong": {2, "strong"}, "i": {1, "em"}, "em": {1, "em"},
	"u": {0, "u"}, "ins": {0, "ins"}, "s": {0, "s"}, "strike": {0, "s"}, "del": {0, "del"},
	"sup": {0, "sup"}, "sub": {0, "sub"}, "mark": {0, "mark"}, "small": {0, "small"},
	"code": {0, "code"}, "kbd": {0, "code"},
}

var (
	transparentElements = []string{"span", "abbr", "acronym", "cite", "dfn", "time", "data", "bdi", "var", "samp", "tt", "q", "label", "wbr"}
	blockElements       = []string{"p", "div", "address", "section", "article", "header", "footer", "aside", "main", "figure", "figcaption",
		"blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
		"table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "colgroup", "col", "details", "summary"}
	// skippedElements are dropped with everything inside them: their
	// content is code, styling, embedded media or form controls, never text
	// of the document.
	skippedElements = []string{"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
		"template", "noscript", "noembed", "noframes", "textarea", "select", "button", "canvas", "audio", "video", "title", "head", "xmp"}
	// quietAttributes are dropped without a finding: they only style or
	// describe an element, and nothing a reader would miss is lost.
	quietAttributes = []string{"class", "lang", "xml:lang", "dir", "title", "target", "rel", "scope", "headers", "width", "height",
		"align", "valign", "border", "cellpadding", "cellspacing", "datetime", "start", "type", "summary", "role", "xmlns", "translate"}
)

// authorID is what an id or name an author gives an element must look
// like to be kept: letters, digits and . _ : -, not starting with "_"
// (the renderer's own ids do).
var authorID = lazyre.New(`^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,127}$`)

// cellSpan is what colspan and rowspan must look like to be kept.
var cellSpan = lazyre.New(`^[1-9][0-9]{0,2}$`)

// policy is the allow-list, built on first use. href is accepted as
// written here because package safelink decides which addresses are
// published.
var policy = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	for name := range formats {
		p.AllowElements(name)
	}
	p.AllowElements("a", "br")
	p.AllowElements(transparentElements...)
	p.AllowElements(blockElements...)
	// Without this, bluemonday drops a <label> or <main> that has no attributes.
	p.AllowNoAttrs().OnElements(append(slices.Clone(transparentElements), blockElements...)...)
	p.AllowAttrs("id").Matching(authorID.Re()).Globally()
	p.AllowAttrs("name").Matching(authorID.Re()).OnElements("a")
	p.AllowAttrs("href").Matching(regexp.MustCompile(`(?s).*`)).OnElements("a")
	p.AllowAttrs("colspan", "rowspan").Matching(cellSpan.Re()).OnElements("td", "th")
	p.SkipElementsContent(skippedElements...)
	return p
})

// tagDecision is what the policy made of one start tag.
type tagDecision struct {
	name    string
	kept    bool              // the element is published (as its kind says)
	skip    bool              // the element is dropped with its content
	kind    elementKind       // for a kept element
	attrs   map[string]string // the kept attributes: id, name, href, colspan, rowspan
	dropped []string          // attributes dropped that a reader would miss
}

// decide runs one start tag through the policy. Decisions are cached per
// converter by the tag's shape: its name and attributes with the value of
// an id or name reduced to whether the policy accepts it, because
// documents repeat the same tags thousands of times with other ids.
func (c *converter) decide(raw string) *tagDecision {
	if d, ok := c.tags[raw]; ok {
		return d
	}
	if c.tags == nil {
		c.tags = map[string]*tagDecision{}
	}
	tok, ok := firstTag(raw)
	if !ok {
		return &tagDecision{}
	}
	key := shape(tok)
	d, ok := c.tags[key]
	if !ok {
		d = decideTag(raw)
		c.tags[key] = d
	} else if len(d.attrs) > 0 {
		d = withValues(d, tok)
	}
	c.tags[raw] = d
	return d
}

// shape is the cache key of a tag: what the policy's decision depends
// on. The value of an attribute whose value only has to match a pattern
// is reduced to whether it does.
func shape(tok html.Token) string {
	var b strings.Builder
	b.WriteString("\x00" + tok.Data)
	for _, a := range tok.Attr {
		v := a.Val
		switch {
		case a.Key == "href", // any value: safelink decides
			(a.Key == "id" || a.Key == "name") && authorID.MatchString(v),
			(a.Key == "colspan" || a.Key == "rowspan") && cellSpan.MatchString(v):
			v = "\x00"
		}
		b.WriteString(" " + a.Key + "=" + strconv.Quote(v))
	}
	return b.String()
}

// withValues returns decision d, made for a tag of the same shape as
// tok, with tok's values of the attributes it keeps.
func withValues(d *tagDecision, tok html.Token) *tagDecision {
	out := *d
	out.attrs = make(map[string]string, len(d.attrs))
	for _, a := range tok.Attr {
		if _, ok := d.attrs[a.Key]; ok {
			if _, seen := out.attrs[a.Key]; !seen {
				out.attrs[a.Key] = a.Val
			}
		}
	}
	return &out
}

func decideTag(raw string) *tagDecision {
	in, ok := firstTag(raw)
	if !ok {
		return &tagDecision{}
	}
	d := &tagDecision{name: in.Data, skip: slices.Contains(skippedElements, in.Data)}
	out, kept := firstTag(policy().Sanitize(raw))
	if kept && out.Data == in.Data && !d.skip {
		d.kept, d.kind = true, kindOf(in.Data)
		d.attrs = map[string]string{}
		for _, a := range out.Attr {
			d.attrs[a.Key] = a.Val
		}
	}
	for _, a := range in.Attr {
		if _, ok := d.attrs[a.Key]; ok || quiet(a.Key) {
			continue
		}
		d.dropped = append(d.dropped, a.Key)
	}
	return d
}

func quiet(attr string) bool {
	return slices.Contains(quietAttributes, attr) || strings.HasPrefix(attr, "data-") || strings.HasPrefix(attr, "aria-")
}

func kindOf(name string) elementKind {
	switch {
	case name == "a":
		return kindLink
	case name == "br":
		return kindBreak
	case slices.Contains(blockElements, name):
		return kindBlock
	}
	if _, ok := formats[name]; ok {
		return kindFormat
	}
	return kindTransparent
}

// firstTag returns the first start or self-closing tag of s.
func firstTag(s string) (html.Token, bool) {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return html.Token{}, false
		case html.StartTagToken, html.SelfClosingTagToken:
			return z.Token(), true
		}
	}
}

// voidElements never have content or a closing tag.
var voidElements = []string{"br", "wbr", "hr", "img", "input", "meta", "link", "base", "col", "area", "embed", "param", "source", "track"}

// reportTag reports, at line:col, what the policy dropped of a start tag.
func (c *converter) reportTag(d *tagDecision, line, col int) {
	switch {
	case d.name == "":
	case d.skip:
		c.rawHTML(line, col, "HTML element <%s> is not published, nor anything inside it", d.name)
	case !d.kept && d.name != "a":
		if slices.Contains(voidElements, d.name) {
			c.rawHTML(line, col, "HTML element <%s> is not published", d.name)
		} else {
			c.rawHTML(line, col, "HTML element <%s> is not published; its text is kept", d.name)
		}
	case len(d.dropped) == 1:
		c.rawHTML(line, col, "HTML attribute %s of <%s> is not published%s", d.dropped[0], d.name, attrNote(d.dropped))
	case len(d.dropped) > 1:
		c.rawHTML(line, col, "HTML attributes %s of <%s> are not published%s", strings.Join(d.dropped, ", "), d.name, attrNote(d.dropped))
	}
}

func (c *converter) rawHTML(line, col int, format string, args ...any) {
	c.ds.Add(c.path, line, col, diag.Warning, "raw-html", format, args...)
}

// attrNote says why an attribute a reader would look for is not published.
func attrNote(names []string) diag.Phrase {
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "on"):
			return diag.Phrasef(": scripts and event handlers never are")
		case n == "style":
			return diag.Phrasef(": pages allow no inline styles")
		case n == "id" || n == "name":
			return diag.Phrasef(": an id is letters, digits and . _ : - (not starting with _)")
		}
	}
	return diag.Phrasef("")
}
