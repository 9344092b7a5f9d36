package html

import (
	stdhtml "html"
	"regexp"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// fakeLinks links within the page only; other documents are "other.html".
type fakeLinks struct{}

func (fakeLinks) Definition(def *model.Definition) string { return Fragment(def.Anchor) }
func (fakeLinks) Reference(ref *model.Reference) string {
	switch ref.Kind {
	case model.RefStatute:
		return ref.URL
	case model.RefDocument:
		return "other.html"
	}
	return Fragment(ref.Target)
}
func (fakeLinks) Use(def *model.Definition, u *model.Use) (string, string) {
	return Fragment(u.Clause), u.Clause
}
func (fakeLinks) Title(id string) string { return id }
func (fakeLinks) Link(l *model.Link) string {
	if l.Target != nil {
		return "" // no other documents on this page
	}
	return l.URL
}

var words = Words{Permalink: "Permalink", UsedIn: "Used in", UsedInDoc: "Used in", NotUsed: "Not used.",
	DefinedIn: "Defined in", Statutory: "statutory", Preamble: "Preamble", Unlinked: "not found"}

const front = "---\nid: p/d\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: published\n---\n\n"

// render parses and links Markdown (front matter added) and renders it.
func render(t *testing.T, body string) Result {
	t.Helper()
	doc, _ := parse.Parse("p/d/1.md", []byte(front+body))
	if doc == nil {
		t.Fatal("no document")
	}
	resolve.Link([]*model.Document{doc})
	return Render(doc, fakeLinks{}, words)
}

func TestRender(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     []string // fragments the body must contain
		not      []string // fragments it must not contain
	}{
		{"clause ids are the anchors, numbers are permalinks",
			"# 1. Titel\n\n## 1.2. Sub\n\n1.2.4. Tekst.\n\n12.4. Andere.\n",
			[]string{`<section class="clause d1" id="1">`, `<h2><a class="num" href="#1">1</a> Titel</h2>`,
				`<h3><a class="num" href="#1.2">1.2</a> Sub</h3>`, `<div class="clause d3" id="1.2.4">`,
				`<p><a class="num" href="#1.2.4">1.2.4</a> Tekst.</p>`, `id="12.4"`}, nil},
		{"unsafe HTML never reaches the page, as markup or as text",
			"# 1. A\n\n1.1. Zie <script>alert(1)</script> en <img src=x onerror=alert(1)> en <b onclick=\"x\" style=\"y\">vet</b>.\n\n" +
				"<svg onload=alert(1)><script>x</script></svg>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"javascript:alert(1)\">klik</a>\n",
			[]string{`<p><a class="num" href="#1.1">1.1</a> Zie  en  en <strong>vet</strong>.</p>`, `<p>klik</p>`},
			[]string{"<script", "<img", "<svg", "<iframe", "alert", "onclick", "onerror", "onload", "style=", "javascript", "&lt;"}},
		{"harmless inline HTML is rendered",
			"# 1. A\n\n1.1. m<sup>2</sup>, H<sub>2</sub>O, <u>onder</u>, <del>weg</del>, <span class=\"x\">span</span>, <a href=\"https://example.org/\">link</a>.\n",
			[]string{`m<sup>2</sup>, H<sub>2</sub>O, <u>onder</u>, <del>weg</del>, span, <a href="https://example.org/">link</a>.`},
			[]string{"class=\"x\"", "&lt;"}},
		{"an author id is a link target",
			"# 1. A <a name=\"oud\"></a>\n\n1.1. <span id=\"4.2\">Titel.</span> Zie [boven](#oud) en [daar](#4.2).\n",
			[]string{`<section class="clause d1" id="1">` + "\n" + `<span class="alias" id="oud"></span><span class="alias" id="1-a-"></span><h2>`, `<section class="clause d2" id="1.1">` + "\n" + `<span class="alias" id="4.2"></span><h3>`,
				`<a href="#oud">boven</a>`, `<a href="#4.2">daar</a>`}, nil},
		{"HTML table with spans, entities and a linked term",
			"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | Wie koopt. |\n\n# 1. A\n\n<table><thead><tr><th>Doel</th><th>Basis</th></tr></thead>" +
				"<tbody><tr><td colspan=\"2\">De Klant &amp; wij</td></tr></tbody></table>\n",
			[]string{`<thead><tr><th scope="col">Doel</th><th scope="col">Basis</th></tr></thead>`,
				`<td colspan="2">De <a class="term" href="#def-klant"`, `</a> &amp; wij</td>`}, nil},
		{"javascript: link is dropped, text kept",
			"# 1. A\n\n1.1. Een [link](javascript:alert(1)) en [goed](https://example.org/?a=1&b=2).\n",
			[]string{`Een link en`, `<a href="https://example.org/?a=1&amp;b=2">goed</a>`},
			[]string{"javascript:"}},
		{"file:, protocol-relative, above-the-site, share and encoded links are text",
			"# 1. A\n\n1.1. Zie [een](file:///etc/passwd), [twee](//evil.example/x), [drie](../../../x), [vier](\\\\srv\\share), " +
				"[vijf](&#106;avascript:alert(1)), <javascript:alert(1)> en [zes](../x/1.html).\n",
			[]string{`Zie een, twee, drie, vier, vijf, javascript:alert(1) en <a href="../x/1.html">zes</a>.`},
			[]string{`href="file:`, `href="//`, `href="../../../`, `href="\\`, `href="&amp;#106;`, `href="javascript:`}},
		{"labelled items form one list with permalinks",
			"# 1. A\n\n1.1. De Klant zal:\n\na) dit;\n\nb) dat.\n",
			[]string{`<ol class="items labelled">`, `<li class="item" id="1.1.a"><a class="num" href="#1.1.a">a)</a>`,
				`id="1.1.b"`}, nil},
		{"bullets get a permalink named by their anchor",
			"# 1. A\n\n1.1. Lijst:\n\n- een\n- twee\n",
			[]string{`<ul class="items">`, `id="1.1-2"`, `<span class="vh">1.1-2</span>`}, nil},
		{"term uses link to the definition with its text",
			"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | Wie \"koopt\" & betaalt. |\n\n# 1. A\n\n1.1. De Klant betaalt.\n",
			[]string{`<tr id="def-klant"><th scope="row"><dfn>Klant</dfn></th>`,
				`<a class="term" href="#def-klant" data-def="Klant: Wie &#34;koopt&#34; &amp; betaalt." aria-describedby="_desc-def-klant">Klant</a>`},
			nil},
		{"references link to clauses, items and statutes",
			"# 1. A\n\n1.1. Zie 1.2 en 1.2 a), en artikel 32 AVG.\n\n1.2. Tekst:\n\na) een.\n",
			[]string{`<a class="ref ref-clause" href="#1.2">`, `<a class="ref ref-item" href="#1.2.a">1.2 a)</a>`,
				`<a class="ref ref-statute" href="https://eur-lex.europa.eu/`}, nil},
		{"a dangling reference is marked, not linked",
			"# 1. A\n\n1.1. Zie artikel 9.9.\n",
			[]string{`<span class="ref unlinked" title="not found">artikel 9.9</span>`}, []string{`href="#9.9"`}},
		{"a known law without an official address is plain text, not a missing reference",
			"# 1. A\n\n1.1. Zie artikel 404 BW.\n",
			[]string{`Zie artikel 404 BW.`}, []string{`unlinked`, `not found`}},
		{"unnumbered section gets a permalink",
			"# Definities\n\nTekst.\n",
			[]string{`<section class="clause d1" id="definities">`, `<a class="permalink" href="#definities" aria-label="Permalink: Definities">#</a>`}, nil},
		{"table alignment as classes, not style",
			"# 1. A\n\n1.1. Tabel:\n\n| a | b |\n| ---: | :---: |\n| 1 | 2 |\n",
			[]string{`<td class="al-right">1</td><td class="al-center">2</td>`}, []string{"style="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := render(t, tc.md)
			for _, w := range tc.want {
				if !strings.Contains(res.Body, w) {
					t.Errorf("body lacks %s\n%s", w, res.Body)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(res.Body, n) {
					t.Errorf("body has %s\n%s", n, res.Body)
				}
			}
		})
	}
}

func TestIndexAndTOC(t *testing.T) {
	res := render(t, "# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | Wie koopt. |\n| Ongebruikt | Niets. |\n\n"+
		"# 1. Titel\n\n1.1. De Klant en de Klant.\n\n## 1.2. Sub\n\nDe Klant.\n")
	for _, w := range []string{
		`<dt><a href="#def-klant">Klant</a></dt>`,
		`<dd id="_desc-def-klant" class="text">Wie koopt.</dd>`,
		`Used in: <a href="#1.1">1.1</a> <span class="count">(2×)</span>, <a href="#1.2">1.2</a>`,
		`<dd class="uses none">Not used.</dd>`,
	} {
		if !strings.Contains(res.Index, w) {
			t.Errorf("index lacks %s\n%s", w, res.Index)
		}
	}
	if strings.Index(res.Index, "Klant") > strings.Index(res.Index, "Ongebruikt") {
		t.Error("index is not alphabetical")
	}
	for _, w := range []string{`<li><a href="#definities">Definities</a></li>`, `<a href="#1"><span class="num">1</span> Titel</a>`,
		`<a href="#1.2"><span class="num">1.2</span> Sub</a>`} {
		if !strings.Contains(res.TOC, w) {
			t.Errorf("table of contents lacks %s\n%s", w, res.TOC)
		}
	}
	if strings.Contains(res.TOC, `#1.1"`) {
		t.Error("a clause without a title is in the table of contents")
	}
	if res.Stats.TermLinks != 3 {
		t.Errorf("%d term links, want 3", res.Stats.TermLinks)
	}
}

func TestSafeURL(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.org/a?b=c": true, "http://x": true, "mailto:a@b.nl": true, "tel:+31201234567": true,
		"#1.2": true, "other.html#x": true, "../x/1.html": true, "//example.org/": false, "/policies/x": true, "/\\evil": false, "../../../x": false, `\\srv\share`: false,
		"javascript:alert(1)": false, "JavaScript:alert(1)": false, " javascript:alert(1)": false,
		"java\tscript:alert(1)": false, "data:text/html,<b>": false, "vbscript:x": false, "file:///etc/passwd": false,
		"x:y": false,
	} {
		if got := SafeURL(u); got != want {
			t.Errorf("SafeURL(%q) = %v, want %v", u, got, want)
		}
	}
	r := &renderer{links: fakeLinks{}}
	r.inlines([]model.Inline{&model.Link{URL: "javascript:alert(1)", Children: []model.Inline{&model.Text{Value: "x"}}}})
	if got := r.take(); got != "x" {
		t.Errorf("unsafe link rendered as %q", got)
	}
}

func TestTooltip(t *testing.T) {
	short := &model.Definition{Term: "Klant", Text: "Wie koopt."}
	if got := Tooltip(short); got != "Klant: Wie koopt." {
		t.Errorf("Tooltip = %q", got)
	}
	long := &model.Definition{Term: "X", Text: strings.Repeat("woord ", 200)}
	got := Tooltip(long)
	if n := len([]rune(got)); n > tooltipRunes+10 || !strings.HasSuffix(got, "woord …") {
		t.Errorf("long definition shortened to %d runes: ...%q", n, got[len(got)-20:])
	}
	if got := Tooltip(&model.Definition{Term: "Y"}); got != "Y" {
		t.Errorf("Tooltip without text = %q", got)
	}
}

func TestDuplicateAnchorsWrittenOnce(t *testing.T) {
	res := render(t, "# 1. A\n\n1.1. Een.\n\n1.1. Twee.\n")
	if n := strings.Count(res.Body, `id="1.1"`); n != 1 {
		t.Errorf("id=\"1.1\" written %d times", n)
	}
}

// FuzzRender renders arbitrary Markdown and checks that no source text
// reaches the page as markup: every tag is one the renderer writes, and no
// link is a javascript: link.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"# 1. A\n\n1.1. De Klant <b>zie</b> 1.1 a).\n\na) x\n",
		"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | <script>x</script> |\n",
		"[x](javascript:alert(1)) <https://example.org> `<i>` **Term** (\"Derde\")\n",
		"# 1. A\n\n1.1. \"><svg onload=alert(1)>\n\n- <a href=x>y</a>\n",
		"# 1. A <a name=\"x\"></a>\n\n1.1. <span id=\"1.1\" style=\"x\">a</span><sup onclick=\"y\">2</sup> <a href=\"&#106;avascript:x\">z</a>\n",
		"<table><tr><td colspan=\"3\" onclick=x><script>alert(1)</script><b>a</b></td></tr></table>\n\n<p style=\"x\"><u>b</u><iframe>\n",
		"<!-- a <!-- b --> c -->\n\n<svg><foreignObject><p>x</p></foreignObject></svg> <math><mi>x</mi></math>\n",
		"[a](&#106;avascript:x) [b](/etc/passwd) [c](../../../x) <file:///x> [d][r]\n\n[r]: \\\\srv\\s\n",
		"# A000 aaaa=\n\nx\n\n# B onclick=\"y\"\n\ny\n",
	} {
		f.Add(s)
	}
	allowed := map[string]bool{}
	for _, tag := range strings.Fields("a p div section h2 h3 h4 h5 h6 ol ul li table thead tbody tr th td dl dt dd dfn em strong code pre blockquote hr br span sup sub u ins s del mark small") {
		allowed[tag] = true
	}
	f.Fuzz(func(t *testing.T, md string) {
		doc, _ := parse.Parse("p/d/1.md", []byte(front+md))
		if doc == nil {
			return
		}
		resolve.Link([]*model.Document{doc})
		res := Render(doc, fakeLinks{}, words)
		for _, out := range []string{res.Body, res.TOC, res.Index} {
			for i := strings.IndexByte(out, '<'); i >= 0; i = next(out, i) {
				name := strings.TrimPrefix(out[i+1:], "/")
				end := strings.IndexAny(name, " >")
				if end < 0 || !allowed[name[:end]] {
					t.Fatalf("unexpected markup at %q", out[i:min(len(out), i+40)])
				}
			}
			if strings.Contains(strings.ToLower(out), `href="javascript:`) {
				t.Fatal("javascript: link on the page")
			}
			for _, tag := range tags.FindAllString(out, -1) {
				for _, m := range attrs.FindAllStringSubmatch(tag, -1) {
					if !allowedAttrs[m[1]] {
						t.Fatalf("unexpected attribute %s in %q", m[1], tag)
					}
				}
			}
			for _, m := range hrefs.FindAllStringSubmatch(out, -1) {
				if u := stdhtml.UnescapeString(m[1]); !SafeURL(u) {
					t.Fatalf("unsafe link %q on the page", u)
				}
			}
		}
	})
}

var hrefs = regexp.MustCompile(`href="([^"]*)"`)

// tags matches a tag the renderer wrote (text has its "<" escaped, so
// every "<" starts one), attrs an attribute in it.
var (
	tags  = regexp.MustCompile(`<[a-z0-9]+(?: [a-z-]+="[^"]*")*>`)
	attrs = regexp.MustCompile(` ([a-z-]+)="[^"]*"`)
)

var allowedAttrs = map[string]bool{"class": true, "id": true, "href": true, "start": true, "scope": true, "colspan": true, "rowspan": true,
	"tabindex": true, "aria-label": true, "aria-hidden": true, "aria-describedby": true, "data-def": true, "title": true}

func next(s string, i int) int {
	j := strings.IndexByte(s[i+1:], '<')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}
