package corpusreport

import (
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/parse"
)

func TestWrapKeepsLinesAndParses(t *testing.T) {
	tests := []struct {
		name, src string
		line      int    // a line of src
		want      string // the text expected at that line of the wrapped source
	}{
		{"plain", "# 1. Scope\n\nText.\n", 1, "# 1. Scope"},
		{"foreign front matter blanked", "---\nTitle: Gesetz\nslug: g\n---\n\n## § 1 Zweck\n", 6, "## § 1 Zweck"},
		{"crlf front matter", "---\r\nTitle: X\r\n---\r\n# 1. A\r\n", 4, "# 1. A\r"},
		{"unclosed dashes stay", "---\n# 1. A\n", 2, "# 1. A"},
	}
	m := meta{Title: `Terms: "quoted" & more`, Publisher: "Acme, Inc.", Language: "en"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := wrap(m, "acme/terms", versionLabel("2022-02-01_eba74ae.md"), []byte(tt.src))
			lines := strings.Split(string(out), "\n")
			if got := lines[tt.line+wrapperLines-1]; got != tt.want {
				t.Errorf("line %d of the source became %q, want %q", tt.line, got, tt.want)
			}
			doc, ds := parse.Parse(logicalPath("acme/terms", "2022-02-01_eba74ae.md"), out)
			for _, d := range ds {
				if d.Line <= wrapperLines {
					t.Errorf("the added front matter is reported: %v", d)
				}
			}
			if doc == nil || doc.Meta.Title != m.Title || doc.Meta.Version != "2022-02-01-eba74ae" {
				t.Fatalf("front matter not read back: %+v", doc)
			}
		})
	}
}

func TestSourceLine(t *testing.T) {
	for _, tt := range []struct{ in, want int }{{1, 0}, {wrapperLines, 0}, {wrapperLines + 1, 1}, {wrapperLines + 40, 40}} {
		if got := sourceLine(tt.in); got != tt.want {
			t.Errorf("sourceLine(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestBlankFrontMatterOnlyAtStart(t *testing.T) {
	src := "# A\n\n---\nnot: front matter\n---\n"
	if got := string(blankFrontMatter([]byte(src))); got != src {
		t.Errorf("a thematic break inside the text was blanked: %q", got)
	}
}

func TestSourceLinesIn(t *testing.T) {
	got := sourceLinesIn(`item "4." of clause 1 appears twice; first at line 162`)
	if want := `item "4." of clause 1 appears twice; first at line 152`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
