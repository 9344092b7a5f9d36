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

// TestNamesFitInFileNames: an id part or a version too long for a file
// name is an error at its key; before, build failed later with "file name
// too long" and no position.
func TestNamesFitInFileNames(t *testing.T) {
	long := strings.Repeat("v", 65)
	for _, tc := range []struct {
		name, id, version string
		want              []string
	}{
		{"short names", "acme/terms", "2018-04-18", nil},
		{"64 bytes fit", "acme/" + long[:64], long[:64], nil},
		{"long version", "acme/terms", long, []string{"6:1 error front-matter-invalid version \"vvvvvvvvvvvvvvvvvvvvvvvv…\" is 65 bytes long"}},
		{"long document id", "acme/" + long, "1", []string{"2:1 error front-matter-invalid id part \"vvvvvvvvvvvvvvvvvvvvvvvv…\" is 65 bytes long"}},
		{"long publisher id", long + "/terms", "1", []string{"2:1 error front-matter-invalid id part"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "---\nid: " + tc.id + "\ntitle: T\npublisher: P\nlanguage: en\nversion: \"" + tc.version +
				"\"\npublished: unknown\neffective: unknown\nstatus: draft\n---\n# 1. A\n\n1.1. Text.\n"
			doc, ds := parse.Parse(tc.id+"/"+tc.version+".md", []byte(src))
			if doc == nil {
				t.Fatalf("not parsed: %v", ds)
			}
			resolve.Link([]*model.Document{doc})
			var got []string
			for _, d := range check.Run([]*model.Document{doc}) {
				if d.Code != "front-matter-path" {
					got = append(got, fmt.Sprintf("%d:%d %s %s %s", d.Line, d.Col, d.Severity, d.Code, d.Message))
				}
			}
			if len(got) != len(tc.want) || !slices.EqualFunc(got, tc.want, strings.HasPrefix) {
				t.Errorf("\n got: %q\nwant: %q", got, tc.want)
			}
		})
	}
}
