package html

import (
	"fmt"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

func TestScratch(t *testing.T) {
	md := "<!-- markdownlint-disable -->\n\n# 1. Service {: #svc }\n\nGültig ab 10. Juni 2025\n{: datetime=\"2025-06-10\" }\n\n1.1. <span class=\"header_3\" id=\"4.2\">Access.</span> During the <span class=\"x\" style=\"color:red\">Period</span> m<sup>2</sup> <a name=\"old\"></a>and <a href=\"javascript:alert(1)\" onclick=\"x\">bad</a> <a href=\"https://e.org\">good</a> <script>alert(1)</script> <u>under\n\n<table>\n  <thead>\n    <tr><th>A &amp; B</th><th>C</th></tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td><a id=\"bookmark-x\"></a>To provide\n        you</td>\n      <td>\n        <ul>\n          <li>One</li>\n          <li>Two</li>\n        </ul>\n      </td>\n    </tr>\n    <tr><td colspan=\"2\" onmouseover=\"x\">See <strong>our</strong> notice</td></tr>\n  </tbody>\n</table>\n\n<svg><script>x</script><text>y</text></svg>\n\n<p align=\"center\">Bird &amp; Bird<br/>\nBrussels</p>\n"
	doc, ds := parse.Parse("p/d/1.md", []byte(front+md))
	for _, d := range ds {
		fmt.Println(d.Line, d.Col, d.Code, d.Message)
	}
	resolve.Link([]*model.Document{doc})
	fmt.Println(Render(doc, fakeLinks{}, words).Body)
	fmt.Println(doc.AllAliases())
}
