package check_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// source is one version of a document for linkFindings: its path under
// terms/ (acme/tos/2.md), the version's front matter fields and body.
type source struct{ path, body string }

func (s source) bytes() []byte {
	parts := strings.Split(strings.TrimSuffix(s.path, ".md"), "/")
	id, version := parts[0]+"/"+parts[1], parts[2]
	return []byte("---\nid: " + id + "\ntitle: T\npublisher: Acme\nlanguage: en\nversion: \"" + version +
		"\"\npublished: 2024-0" + version + "-01\neffective: unknown\nstatus: published\n---\n" + s.body)
}

// linkFindings checks the sources together and returns the link findings
// as "path:line:col severity code", lines counted after the front matter.
func linkFindings(t *testing.T, srcs ...source) []string {
	t.Helper()
	var docs []*model.Document
	for _, s := range srcs {
		doc, ds := parse.Parse("terms/"+s.path, s.bytes())
		if doc == nil {
			t.Fatalf("%s not parsed: %v", s.path, ds)
		}
		docs = append(docs, doc)
	}
	resolve.Link(docs)
	var out []string
	for _, d := range check.Run(docs) {
		if strings.HasPrefix(d.Code, "link-") {
			out = append(out, fmt.Sprintf("%s:%d:%d %s %s", strings.TrimPrefix(d.File, "terms/"), d.Line-10, d.Col, d.Severity, d.Code))
		}
	}
	return out
}

func TestLinkFragments(t *testing.T) {
	tests := []struct {
		name string
		srcs []source
		want []string
	}{
		{"anchors, heading slugs, definitions and the top of the page lead somewhere", []source{{"acme/tos/1.md",
			"# 1. Billing\n\n## 1.2 Fees & Taxes\n\n1.2.1. See [fees](#12-fees--taxes), [1.2](#1.2), [billing](#1-billing), " +
				"[the Customer](#def-customer), [top](#top), [here](#) and [start](#_main).\n\n" +
				"1.2.2. The Customer (\"**Customer**\") pays; see [encoded](#1%2E2).\n"}}, nil},
		{"a fragment nothing has is a warning", []source{{"acme/tos/1.md",
			"# 1. Billing\n\n1.1. See [fees](#fees).\n"}}, []string{"acme/tos/1.md:3:10 warning link-fragment"}},
		{"a fragment that led somewhere in the version before is an error", []source{
			{"acme/tos/1.md", "# 1. Billing\n\n## 1.2 Fees\n\nText.\n\n# 2. Use\n\n2.1. See [fees](#12-fees) and [1.2](#1.2).\n"},
			{"acme/tos/2.md", "# 1. Billing\n\n## 1.1 Scope\n\nText.\n\n## 1.3 Fees\n\nText.\n\n# 2. Use\n\n2.1. See [fees](#12-fees) and [1.2](#1.2).\n"}},
			[]string{"acme/tos/2.md:13:10 error link-fragment", "acme/tos/2.md:13:31 error link-fragment"}},
		{"capitals are named", []source{{"acme/tos/1.md",
			"# 1. Billing\n\n1.1. See [billing](#1-Billing).\n"}}, []string{"acme/tos/1.md:3:10 warning link-fragment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkFindings(t, tt.srcs...); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestLinkDocuments(t *testing.T) {
	dpa := source{"acme/dpa/1.md", "# 1. Scope\n\n## 1.1 Processing\n\nText.\n"}
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a sibling document by file name, with its anchors and slugs", "# 1. A\n\n1.1. See [dpa](dpa.md), [dpa](../dpa.md#1.1), [dpa](dpa.md#11-processing) and [it](../dpa/1.md#1).\n", nil},
		{"this document by its own name", "# 1. A\n\n1.1. See [here](../tos.md#1).\n", nil},
		{"a file that is no source", "# 1. A\n\n1.1. See [the privacy policy](privacy.md#3).\n", []string{"acme/tos/1.md:3:10 warning link-document"}},
		{"a file climbing out of the sources", "# 1. A\n\n1.1. See [law](../../../../wet/README.md).\n", []string{"acme/tos/1.md:3:10 warning link-document"}},
		{"an anchor the other document lacks", "# 1. A\n\n1.1. See [dpa](dpa.md#9).\n", []string{"acme/tos/1.md:3:10 warning link-fragment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linkFindings(t, dpa, source{"acme/tos/1.md", tt.body}); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}
