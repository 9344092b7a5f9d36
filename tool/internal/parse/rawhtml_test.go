package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// clauseText is what readers see of clause 1.1, and the markup kept:
// "[sup]" for a mark, "<url>" for a link, "|" for a line break.
func clauseText(doc *model.Document) string {
	var b strings.Builder
	var inl func([]model.Inline)
	inl = func(ins []model.Inline) {
		for _, in := range ins {
			switch n := in.(type) {
			case *model.Text:
				b.WriteString(n.Value)
			case *model.SoftBreak:
				b.WriteByte(' ')
			case *model.LineBreak:
				b.WriteByte('|')
			case *model.Emphasis:
				if n.Mark == "span" { // text only: it marks where a title ends
					inl(n.Children)
					break
				}
				tag := n.Mark
				if tag == "" {
					tag = strings.Repeat("*", n.Level)
				}
				b.WriteString("[" + tag + "]")
				inl(n.Children)
				b.WriteString("[/" + tag + "]")
			case *model.Link:
				b.WriteString("<" + n.URL + ">")
				inl(n.Children)
				b.WriteString("</>")
			case *model.RawHTML:
				b.WriteString("RAW(" + n.Value + ")")
			}
		}
	}
	c := doc.Clause("1.1")
	if c == nil {
		return "(no clause 1.1)"
	}
	for _, bl := range c.Blocks {
		switch n := bl.(type) {
		case *model.Paragraph:
			inl(n.Inlines)
		case *model.Table:
			for _, row := range append([][]model.Cell{n.Header}, n.Rows...) {
				for _, cell := range row {
					b.WriteString("{")
					inl(cell.Inlines)
					b.WriteString("}")
				}
			}
		}
		b.WriteString("¶")
	}
	return b.String()
}

// TestSanitiseHostileHTML: nothing a script, style, handler or embedded
// object could use survives; the text around it does, and every drop a
// reader would miss is a raw-html warning where it stands.
func TestSanitiseHostileHTML(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     string   // clauseText
		diags    []string // "line:col code"; the case's first line is line 13
	}{
		{"inline script and its content",
			"1.1. Zie <script>alert(1)</script> nu.\n", "Zie  nu.¶", []string{"13:10 raw-html"}},
		{"upper-case script",
			"1.1. Zie <SCRIPT>alert(1)</SCRIPT> nu.\n", "Zie  nu.¶", []string{"13:10 raw-html"}},
		{"script block",
			"1.1. Tekst.\n\n<script>\nalert(1)\n</script>\n", "Tekst.¶", []string{"15:1 raw-html"}},
		{"img onerror",
			"1.1. Zie <img src=x onerror=alert(1)> nu.\n", "Zie  nu.¶", []string{"13:10 raw-html"}},
		{"event handler on a kept element",
			"1.1. Zie <b onclick=\"alert(1)\">dit</b>.\n", "Zie [strong]dit[/strong].¶", []string{"13:10 raw-html"}},
		{"javascript: href inside raw HTML goes through safelink",
			"1.1. Klik <a href=\"javascript:alert(1)\">hier</a>.\n", "Klik hier.¶", []string{"13:11 unsafe-link"}},
		{"entity-encoded javascript: href",
			"1.1. Klik <a href=\"&#106;avascript:alert(1)\">hier</a>.\n", "Klik hier.¶", []string{"13:11 unsafe-link"}},
		{"safe href is a link",
			"1.1. Zie <a href=\"https://example.com/x\" target=\"_blank\">dit</a>.\n", "Zie <https://example.com/x>dit</>.¶", nil},
		{"style attribute",
			"1.1. Een <span style=\"color:red\">rode</span> tekst.\n", "Een rode tekst.¶", []string{"13:10 raw-html"}},
		{"style element",
			"1.1. Tekst.\n\n<style>body{display:none}</style>\n", "Tekst.¶", []string{"15:1 raw-html"}},
		{"svg with script inside",
			"1.1. Logo <svg onload=alert(1)><script>x</script><text>y</text></svg> hier.\n", "Logo  hier.¶", []string{"13:11 raw-html"}},
		{"svg block",
			"1.1. Tekst.\n\n<svg><g onload=\"x\"><text>geheim</text></g></svg>\n", "Tekst.¶", []string{"15:1 raw-html"}},
		{"iframe and form controls",
			"1.1. Tekst.\n\n<iframe src=\"https://evil.example\">x</iframe>\n<form action=\"https://evil.example\"><input name=q><button>Go</button></form>\n",
			"Tekst.¶", []string{"15:1 raw-html", "16:1 raw-html", "16:37 raw-html", "16:51 raw-html"}},
		{"comments are dropped silently",
			"1.1. Een <!-- markdownlint-disable --> tekst.\n\n<!-- prettier-ignore -->\n", "Een  tekst.¶", nil},
		{"nested comment ends at the first -->",
			"1.1. Tekst.\n\n<!-- a <!-- b --> c -->\n", "Tekst.¶c -->¶", nil},
		{"unclosed formatting tag is dropped, text kept",
			"1.1. Een <u>onderstreepte tekst.\n", "Een onderstreepte tekst.¶", []string{"13:10 raw-html"}},
		{"unclosed script drops the rest of the paragraph",
			"1.1. Een <script>alert(1) tekst.\n", "Een ¶", []string{"13:10 raw-html"}},
		{"closing tag that closes nothing is dropped",
			"1.1. Een </span>tekst.\n", "Een tekst.¶", nil},
		{"harmless inline tags are rendered",
			"1.1. m<sup>2</sup>, H<sub>2</sub>O, <u>a</u>, <del>b</del> <ins>c</ins>, <strong>d</strong> <em>e</em>, <br> <code>f</code>\n",
			"m[sup]2[/sup], H[sub]2[/sub]O, [u]a[/u], [del]b[/del] [ins]c[/ins], [strong]d[/strong] [em]e[/em], | [code]f[/code]¶", nil},
		{"every transparent element is kept without attributes",
			"1.1. <label>Duur</label> <cite>Wet</cite> <abbr>AVG</abbr> <time>2025</time> <data>7</data> <q>x</q>\n", "Duur Wet AVG 2025 7 x¶", nil},
		{"unknown element is dropped, its text kept",
			"1.1. Een <font color=red>tekst</font>.\n", "Een tekst.¶", []string{"13:10 raw-html"}},
		{"processing instruction",
			"1.1. Een <?php echo 1; ?> tekst.\n", "Een  tekst.¶", []string{"13:10 raw-html"}},
		{"html table with a script in a cell",
			"1.1. Tabel:\n\n<table><tr><th>A</th><th>B</th></tr><tr><td onclick=\"x\">1 &amp; 2</td><td><script>x</script>3</td></tr></table>\n",
			"Tabel:¶{A}{B}{1 & 2}{3}¶", []string{"15:41 raw-html", "15:75 raw-html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, msgs := mustParse(t, "nl", "# 1. A\n\n"+tc.md)
			if got := clauseText(doc); got != tc.want {
				t.Errorf("text\n got: %q\nwant: %q", got, tc.want)
			}
			if !slices.Equal(msgs, tc.diags) {
				t.Errorf("diagnostics\n got: %q\nwant: %q", msgs, tc.diags)
			}
		})
	}
}

// TestHTMLBoldDefinesNoTerm: the bold labels of an HTML table's rows are
// typography; read as definitions, each repeated label was a false
// definition-duplicate error.
func TestHTMLBoldDefinesNoTerm(t *testing.T) {
	doc, msgs := mustParse(t, "en", "# 1. Use\n\n<table>\n<tr><td><p><strong>Contract</strong> to provide it.</p></td></tr>\n"+
		"<tr><td><p><strong>Contract</strong> to improve it.</p></td></tr>\n</table>\n\n1.1. **\"Service\"** means what we do.\n")
	if len(msgs) != 0 {
		t.Errorf("diagnostics %q", msgs)
	}
	if got := definitions(doc); !slices.Equal(got, []string{"Service inline def-service"}) {
		t.Errorf("definitions %q, want only the Markdown bold Service", got)
	}
}
