package html

import (
	"strings"
	"testing"
)

// Clauses written as numbered-list headings with indented "9.1
// <span>Title.</span>" paragraphs are shown like any clause: each
// sub-clause a section with its number as a permalink to its anchor, its
// title as a heading, its items under it, and references to it linked.
func TestNumberedSubClausesRender(t *testing.T) {
	res := render(t, "# Agreement\n\n8. ## Disclaimer\nNo guarantees.\n\n9. ## Liability\n\n"+
		"    9.1 <span class=\"header_3\">Liability Caps.</span>  Capped, except under Section 9.2.\n\n"+
		"    9.2 <span class=\"header_3\">Exceptions.</span>  These:\n\n      (a) fraud;\n\n      (b) wilful misconduct.\n")
	for _, w := range []string{
		`<section class="clause d1" id="9">`,
		`<h2><a class="num" href="#9">9</a> Liability</h2>`,
		`<section class="clause d2" id="9.1">`,
		`<h3><a class="num" href="#9.1">9.1</a> Liability Caps.</h3>`,
		`<p>Capped, except under Section <a class="ref ref-clause" href="#9.2">9.2</a>.</p>`,
		`<h3><a class="num" href="#9.2">9.2</a> Exceptions.</h3>`,
		`<li class="item" id="9.2.a"><a class="num" href="#9.2.a">(a)</a>`,
	} {
		if !strings.Contains(res.Body, w) {
			t.Errorf("body lacks %s\n%s", w, res.Body)
		}
	}
	for _, n := range []string{"header_3", "9.1 ", "<pre"} {
		if strings.Contains(res.Body, n) {
			t.Errorf("body has %s\n%s", n, res.Body)
		}
	}
}
