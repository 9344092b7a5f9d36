package parse_test

import (
	"testing"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// FuzzParse feeds arbitrary sources through parsing, linking and checking:
// no panics, and every diagnostic points inside the file.
// go test ./tool/internal/parse -fuzz FuzzParse
func FuzzParse(f *testing.F) {
	for _, body := range []string{
		"# 1. A\n\n1.1. Zie 1.2 en artikel 32 AVG.\n\n1.2. De Klant (\"Klant\").\n",
		"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Partij(en) | x<br>y |\n",
		"# 1. DEFINITIES\n\n1.1. x:\n\na. Klant: y.\n\n- z\n\n1. een\n",
		"# Appendix A – X\n\n## A.1 Y\n\n(i) **Term** [l](javascript:x) <b>",
		"# 1. Prive\u0301\n\n1.1. Ge\u0308i\u0308ntegreerd e\u0301e\u0301n e\u0301e\u0301n <b> zie 1.9..\n", // NFD
		"### Hoofdstuk I\n\n### Afdeling 1\n\n###Artikel 1a\nTekst.\n\n### § 1.1\n\n## C. X\n\n### 2. Y\n\n**2.3. Z.** T\n\n4\\. W\n---\n",
		"# 1. A {: #a }\n\n1.1. <span id=\"4.2\" onclick=x>T</span> <a name=\"b\"></a><sup>2</sup> <script>x</script>\n{: datetime=\"x\" }\n",
		"<table><thead><tr><th colspan=2>A &amp; B</th></tr></thead><tr><td><ul><li>x<li>y</ul><td><p>z\n\n<!-- a --> <?x?> <svg><svg></svg>\n",
		"1. ## A\nT.\n\n2. ## B\n\n    2.1 <span>C.</span> x\n\n      (a) y\n\n       2.1.1 **D.** z\n\n    2.1 w\n\n        code\n",
	} {
		f.Add(testutil.Source("nl", body))
	}
	f.Add([]byte("---\nid: [\n---\n"))
	f.Add([]byte("\xef\xbb\xbf---\r\nid: a/b\r\n---\r\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, ds := parse.Parse("f.md", src)
		lines := 1
		for _, b := range src {
			if b == '\n' || b == '\r' {
				lines++
			}
		}
		if doc != nil {
			resolve.Link([]*model.Document{doc})
			ds = append(ds, check.Run([]*model.Document{doc})...)
		}
		for _, d := range ds {
			if d.Line < 1 || d.Line > lines || d.Col < 1 {
				t.Errorf("diagnostic outside the file (%d lines): %v", lines, d)
			}
			if !utf8.ValidString(d.Message) {
				t.Errorf("diagnostic message is not UTF-8: %q", d.Message)
			}
		}
	})
}
