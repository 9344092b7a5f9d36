package cli

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/pdf"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/site"
)

// FuzzPipeline takes a title and a body through the whole pipeline, as
// legalkit build does: parse, link, check, every page of the site
// (changelog and redlines included) and the PDF. Nothing may panic, the
// PDF must pass validation, and no markup from the source may reach a page
// unescaped: every tag and attribute on every page is one legalkit's
// templates write, no attribute is an event handler, and no link or source
// address is javascript:, vbscript: or data:.
// go test ./tool/internal/cli -run '^$' -fuzz '^FuzzPipeline$'
func FuzzPipeline(f *testing.F) {
	for _, s := range [][2]string{
		{"Terms", "# Definitions\n\n| Term | Definition |\n| --- | --- |\n| Customer | The party <br> that pays. |\n\n# 1. Scope\n\n1.1. The Customer pays, see 1.2 and article 6 GDPR.\n\n1.2. a) one\n\nb) two\n"},
		{`Terms <script>alert(1)</script>`, "# 1. A\n\n1.1. <b onclick=x>bold</b> <img src=x onerror=alert(1)> <!-- c --> <svg onload=alert(1)>\n"},
		{`T"><svg onload=alert(1)>`, "# 1. A \"><svg>\n\n## 1.1. X' onmouseover='alert(1)\n\n1.1.1. (\"Term\\\" onfocus=\\\"x\") and the Term.\n"},
		{"Terms", "# 1. A\n\n1.1. [x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](&#106;avascript:alert(1)) <javascript:alert(1)> ![i](javascript:x) [d](data:text/html,<script>x</script>) [v](vbscript:x)\n"},
		{"Terms", "# 1. A\n\n1.1. **Term** (\"Other\") `<code>` *em* > quote\n\n```\n<script>\n```\n\n- item <i>\n\nTerm\n: <def>\n"},
		{"Terms", "# Appendix A – X\n\n## A.1 <Y>\n\n(i) zie A.1 & \"quotes\" 'single' </p></div></html>\n"},
	} {
		f.Add(s[0], s[1])
	}
	fsys, err := templates.FS("")
	if err != nil {
		f.Fatal(err)
	}
	r, err := pdf.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		// Go's fuzzing has no time limit per input: a hang would stall the
		// worker without saying which input hangs.
		done := make(chan string, 1)
		go func() { done <- pipeline(fsys, r, title, body) }()
		select {
		case msg := <-done:
			if msg != "" {
				t.Fatal(msg)
			}
		case <-time.After(pipelineTimeout):
			t.Fatalf("the pipeline did not finish within %v", pipelineTimeout)
		}
	})
}

// pipelineTimeout bounds one input of FuzzPipeline: the seeds take some
// 20 ms each.
const pipelineTimeout = 10 * time.Second

// pipeline runs one input through every stage and returns what went wrong,
// or "".
func pipeline(fsys fs.FS, r *pdf.Renderer, title, body string) string {
	{
		src := "---\nid: acme/terms\ntitle: " + strconv.Quote(title) + "\npublisher: Acme\nlanguage: en\nversion: \"1\"\n" +
			"published: 2024-01-01\neffective: 2024-01-01\nstatus: published\n---\n" + body
		doc, _ := parse.Parse("terms/acme/terms/1.md", []byte(src))
		if doc == nil {
			return ""
		}
		docs := []*model.Document{doc}
		today := model.Date{Year: 2026, Month: 1, Day: 1}
		resolve.LinkOn(docs, today)
		_ = check.Run(docs)
		opts := site.Options{Templates: fsys, Today: today, BaseURL: "https://legal.example/"}
		opts.Extensions = siteExtensions()
		s, err := site.Build(docs, opts)
		if err != nil {
			return "site: " + err.Error()
		}
		for _, p := range s.Files() {
			if strings.HasSuffix(p, ".html") {
				b, _ := s.File(p)
				if msg := unsafeMarkup(string(b)); msg != "" {
					return p + ": " + msg
				}
			}
		}
		if _, err := r.Document(doc); err != nil {
			return "pdf: " + err.Error()
		}
		return ""
	}
}

// pageTags and pageAttrs are what legalkit's templates and renderers write.
var (
	pageTags = set("html head meta title link body header nav main footer article section div span p a " +
		"h1 h2 h3 h4 h5 h6 ol ul li dl dt dd dfn cite time table thead tbody tfoot tr th td caption " +
		"br hr em strong code pre blockquote del ins s u mark small abbr sup sub")
	pageAttrs = set("class id href rel type content name lang title tabindex scope media http-equiv charset " +
		"datetime role colspan rowspan hidden dir start reversed")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// unsafeMarkup returns what is wrong with the markup of page, or "".
func unsafeMarkup(page string) string {
	for i := strings.IndexByte(page, '<'); i >= 0; i = nextTag(page, i) {
		rest := page[i+1:]
		switch {
		case strings.HasPrefix(rest, "!DOCTYPE html>"), strings.HasPrefix(rest, "!--"):
			continue
		case strings.HasPrefix(rest, "/"):
			rest = rest[1:]
		}
		name := rest[:nameEnd(rest)]
		if !pageTags[strings.ToLower(name)] {
			return "unexpected markup " + strconv.Quote(clipString(page[i:], 60))
		}
		if msg := attributes(rest[len(name):]); msg != "" {
			return msg + " in " + strconv.Quote(clipString(page[i:], 80))
		}
	}
	return ""
}

// attributes checks the attributes of a tag, s starting after its name.
func attributes(s string) string {
	for {
		s = strings.TrimLeft(s, " \n\t")
		if s == "" || s[0] == '>' || strings.HasPrefix(s, "/>") {
			return ""
		}
		name := s[:nameEnd(s)]
		if name == "" {
			return "broken tag"
		}
		lower := strings.ToLower(name)
		if strings.HasPrefix(lower, "on") || !pageAttrs[lower] && !strings.HasPrefix(lower, "aria-") && !strings.HasPrefix(lower, "data-") {
			return "attribute " + strconv.Quote(name)
		}
		s = s[len(name):]
		if !strings.HasPrefix(s, `="`) {
			continue
		}
		end := strings.IndexByte(s[2:], '"')
		if end < 0 {
			return "unterminated attribute"
		}
		value := strings.ToLower(strings.TrimSpace(s[2 : 2+end]))
		if strings.ContainsAny(value, "<>") {
			return "unescaped < or > in attribute " + name
		}
		for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
			if (lower == "href" || lower == "src") && strings.HasPrefix(value, scheme) {
				return scheme + " address"
			}
		}
		s = s[2+end+1:]
	}
}

func nameEnd(s string) int {
	for i, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == ':') {
			return i
		}
	}
	return len(s)
}

func nextTag(s string, i int) int {
	j := strings.IndexByte(s[i+1:], '<')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func clipString(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// TestUnsafeMarkup: the property FuzzPipeline checks finds markup that
// escaped, and accepts what the templates write.
func TestUnsafeMarkup(t *testing.T) {
	for _, tc := range []struct {
		page string
		bad  bool
	}{
		{`<!DOCTYPE html><html lang="en"><p class="x" id="1.2">a &lt;b&gt; &amp; c</p><a href="#def-klant" aria-describedby="d">K</a></html>`, false},
		{`<p>x <svg onload=alert(1)></p>`, true},
		{`<p>x <b>y</b></p>`, true},
		{`<span class="a" onmouseover="x">y</span>`, true},
		{`<a href="javascript:alert(1)">y</a>`, true},
		{`<a href=" JavaScript:alert(1)">y</a>`, true},
		{`<a href="data:text/html,x">y</a>`, true},
		{`<a title="a" style="color:red">y</a>`, true},
		{`<a title="a<b">y</a>`, true},
	} {
		if got := unsafeMarkup(tc.page) != ""; got != tc.bad {
			t.Errorf("unsafeMarkup(%q) = %q, want bad=%v", tc.page, unsafeMarkup(tc.page), tc.bad)
		}
	}
}
