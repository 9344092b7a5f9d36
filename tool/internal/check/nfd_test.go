package check_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/modeljson"
)

// decompose writes the accented letters of the test documents the way NFD
// does: the letter, then the combining accent.
var decompose = strings.NewReplacer("ë", "e\u0308", "ï", "i\u0308", "é", "e\u0301", "É", "E\u0301", "è", "e\u0300", "ü", "u\u0308")

// nfdSources are a main document and its annex, with accents before
// findings, definitions, uses and references on the same lines.
var nfdSources = map[string]string{
	"terms/acme/voorwaarden/1.md": `---
id: acme/voorwaarden
title: Voorwaarden
publisher: Acme
language: nl
version: "1"
published: unknown
effective: unknown
status: draft
annexes: [acme/verwerking]
---
# Definities

| Begrip | Definitie |
| --- | --- |
| Geïntegreerde Applicatie | Een applicatie van een derde die met de Dienst is verbonden. |
| Privé Gegevens | Gegevens over één persoon (de "Eigenaar"). |

# 1. Toepassing

1.1. Deze voorwaarden zijn van toepassing op één één Geïntegreerde Applicatie; zie 1.2 en 1.9.

1.2. Een Geïntegreerde applicatie is geen Eigenaar. Ook de café-eigenaar en en de Dienst..

1.3. Héél de Dienst mag Privé Gegevens lezen, zie artikel 1.1; de Eigenaar ziet één overzicht.
`,
	"terms/acme/verwerking/1.md": `---
id: acme/verwerking
title: Verwerking
publisher: Acme
language: nl
version: "1"
published: unknown
effective: unknown
status: draft
annex-of: acme/voorwaarden
---
# 1. Privé Gegevens

1.1. Wij verwerken Privé Gegevens van de Eigenaar, zie artikel 1.3 van de Voorwaarden; één één keer.
`,
}

// load writes the sources, each changed by edit, and returns their
// findings and inspect JSON.
func load(t *testing.T, edit func(string) string) ([]string, map[string]*modeljson.Document) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range nfdSources {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(edit(src)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	c, err := corpus.Load([]string{"terms"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range append(c.Diags, check.Run(c.Docs)...).Sort() {
		out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s", filepath.ToSlash(d.File), d.Line, d.Col, d.Code, d.Message))
	}
	js := map[string]*modeljson.Document{}
	for _, d := range c.Docs {
		js[filepath.ToSlash(d.Path)] = modeljson.From(d)
	}
	return out, js
}

// column moves a column of file from the NFC text to the same character of
// the text as edit wrote it: edit decomposes a line or leaves it.
func column(edit func(string) string, file string, line, col int) int {
	lines := strings.Split(nfdSources[file], "\n")
	prefix := string([]rune(lines[line-1])[:col-1])
	if edited := strings.Split(edit(nfdSources[file]), "\n"); edited[line-1] != lines[line-1] {
		prefix = decompose.Replace(prefix)
	}
	return utf8.RuneCountInString(prefix) + 1
}

// sourceFindings moves the columns of NFC findings to those of the edited files.
func sourceFindings(edit func(string) string, fs []string) []string {
	var out []string
	for _, f := range fs {
		var file string
		var line, col int
		parts := strings.SplitN(f, ":", 4)
		file = parts[0]
		fmt.Sscan(parts[1], &line)
		fmt.Sscan(parts[2], &col)
		out = append(out, fmt.Sprintf("%s:%d:%d:%s", file, line, column(edit, file, line, col), parts[3]))
	}
	return out
}

// sourceJSON moves the columns of an NFC model to those of the edited files.
func sourceJSON(edit func(string) string, file string, doc *modeljson.Document) {
	files := map[string]string{}
	for f := range nfdSources {
		files[strings.TrimSuffix(strings.TrimPrefix(f, "terms/"), "/1.md")] = f
	}
	for i := range doc.Definitions {
		def := &doc.Definitions[i]
		def.Col = column(edit, files[def.Document], def.Line, def.Col)
		for j := range def.Uses {
			def.Uses[j].Col = column(edit, file, def.Uses[j].Line, def.Uses[j].Col)
		}
	}
	for i := range doc.References {
		doc.References[i].Col = column(edit, file, doc.References[i].Line, doc.References[i].Col)
	}
}

// TestNFDSourceReadsLikeNFC: a document saved with decomposed accents (NFD),
// wholly or in part, gets the findings and the model of the same document
// saved with precomposed letters (NFC), at the columns of its own file.
func TestNFDSourceReadsLikeNFC(t *testing.T) {
	nfc := func(s string) string { return s }
	wantFindings, wantJSON := load(t, nfc)
	for _, want := range []string{
		`terms/acme/voorwaarden/1.md:21:50: text-repeated-word: "één" is written twice in a row`,
		`terms/acme/voorwaarden/1.md:23:77: text-repeated-word: "en" is written twice in a row`,
		`terms/acme/voorwaarden/1.md:23:10: term-case: "Geïntegreerde applicatie" is written with other capitals than the defined term "Geïntegreerde Applicatie"`,
		`terms/acme/verwerking/1.md:14:92: text-repeated-word: "één" is written twice in a row`,
	} {
		if !slices.Contains(wantFindings, want) {
			t.Fatalf("the NFC documents lack the finding %s; they have:\n%s", want, strings.Join(wantFindings, "\n"))
		}
	}
	mixed := func(s string) string { // only every other line decomposed
		lines := strings.Split(s, "\n")
		for i := 0; i < len(lines); i += 2 {
			lines[i] = decompose.Replace(lines[i])
		}
		return strings.Join(lines, "\n")
	}
	for name, edit := range map[string]func(string) string{"NFD": decompose.Replace, "mixed": mixed} {
		t.Run(name, func(t *testing.T) {
			got, gotJSON := load(t, edit)
			if want := sourceFindings(edit, wantFindings); !slices.Equal(got, want) {
				t.Errorf("findings\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
			}
			for file, doc := range wantJSON {
				want := *doc
				want.Definitions = slices.Clone(doc.Definitions)
				for i := range want.Definitions {
					want.Definitions[i].Uses = slices.Clone(want.Definitions[i].Uses)
				}
				want.References = slices.Clone(doc.References)
				sourceJSON(edit, file, &want)
				w, _ := json.MarshalIndent(&want, "", " ")
				g, _ := json.MarshalIndent(gotJSON[file], "", " ")
				if string(g) != string(w) {
					t.Errorf("%s: inspect JSON\n got: %s\nwant: %s", file, g, w)
				}
			}
		})
	}
}

// TestNFDColumns: a finding after a decomposed "ë" on its line points at
// the character of the file as saved, one column further than in NFC.
func TestNFDColumns(t *testing.T) {
	tests := []struct{ body, want string }{
		{"# 1. A\n\n1.1. De Geïntegreerde en en Klant.\n", "3:26 warning text-repeated-word"},
		{"# 1. A\n\n1.1. De Gei\u0308ntegreerde en en Klant.\n", "3:27 warning text-repeated-word"},
		{"# 1. A\n\n1.1. Één e\u0301e\u0301n e\u0301e\u0301n zie 1.9.\n", "3:16 warning text-repeated-word"},
		{"# 1. A\n\n1.1. Één e\u0301e\u0301n e\u0301e\u0301n zie 1.9.\n", "3:22 error reference-dangling"},
		{"# 1. A\n\n1.1. Over e\u0301e\u0301n..\n", "3:16 warning text-double-stop"},
	}
	for _, tt := range tests {
		if got := findings(t, "nl", tt.body); !slices.Contains(got, tt.want) {
			t.Errorf("%q: findings %q, want %q among them", tt.body, got, tt.want)
		}
	}
}
