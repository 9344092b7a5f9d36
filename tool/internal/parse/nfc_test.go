package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

func TestNormalise(t *testing.T) {
	tests := []struct {
		name, src, want string
		cols            map[model.Pos]int // normalised position -> source column
	}{
		{name: "NFC stays as it is", src: "één\nGeïntegreerde", want: "één\nGeïntegreerde"},
		{name: "combining accents", src: "e\u0301e\u0301n e\u0301e\u0301n\nx", want: "één één\nx",
			cols: map[model.Pos]int{{Line: 1, Col: 1}: 1, {Line: 1, Col: 2}: 3, {Line: 1, Col: 3}: 5, {Line: 1, Col: 5}: 7, {Line: 1, Col: 8}: 12, {Line: 2, Col: 1}: 1}},
		{name: "only the changed line shifts", src: "Ka\u0308se\nKlant", want: "Käse\nKlant",
			cols: map[model.Pos]int{{Line: 1, Col: 2}: 2, {Line: 1, Col: 3}: 4, {Line: 2, Col: 5}: 5}},
		{name: "marks put in canonical order", src: "a\u0308\u0323b", want: "\u1ea1\u0308b", // ạ and a diaeresis: two characters for three
			cols: map[model.Pos]int{{Line: 1, Col: 1}: 1, {Line: 1, Col: 2}: 2, {Line: 1, Col: 3}: 4}},
		{name: "NFC can lengthen", src: "\u0958x", want: "\u0915\u093cx", // DEVANAGARI QA has no composed form in NFC
			cols: map[model.Pos]int{{Line: 1, Col: 1}: 1, {Line: 1, Col: 2}: 1, {Line: 1, Col: 3}: 2}},
		{name: "a singleton", src: "\u212b!", want: "Å!", cols: map[model.Pos]int{{Line: 1, Col: 2}: 2}},
		{name: "CRLF already gone, final line without newline", src: "a\ne\u0301.", want: "a\né.",
			cols: map[model.Pos]int{{Line: 2, Col: 2}: 3, {Line: 2, Col: 3}: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cols := normalise([]byte(tt.src))
			if string(got) != tt.want {
				t.Fatalf("normalise(%q) = %q, want %q", tt.src, got, tt.want)
			}
			if tt.cols == nil && cols != nil {
				t.Errorf("NFC source got a column map")
			}
			for p, want := range tt.cols {
				if got := cols.SourceCol(p.Line, p.Col); got != want {
					t.Errorf("column %v maps to %d, want %d", p, got, want)
				}
			}
		})
	}
}

// FuzzNormalise: the result is the NFC of the source, line for line, and
// every column of a line maps into that line of the source, in order, the
// end of the line to its end.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"e\u0301e\u0301n\nKa\u0308se", "\u0958\u0344\u212b", "a" + strings.Repeat("\u0301", 40) + "b\n", "\u1100\u1161\u11a8"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if !utf8.Valid(src) {
			return
		}
		got, cols := normalise(src)
		if want := norm.NFC.Bytes(src); !bytes.Equal(got, want) {
			t.Fatalf("normalise(%q) = %q, want %q", src, got, want)
		}
		in, out := bytes.Split(src, []byte("\n")), bytes.Split(got, []byte("\n"))
		if len(in) != len(out) {
			t.Fatalf("%d lines became %d", len(in), len(out))
		}
		for i := range out {
			n, prev := utf8.RuneCount(out[i]), 1
			for c := 1; c <= n+1; c++ {
				s := cols.SourceCol(i+1, c)
				if s < prev || s > utf8.RuneCount(in[i])+1 {
					t.Fatalf("line %d: column %d maps to %d (after %d, line of %d characters)", i+1, c, s, prev, utf8.RuneCount(in[i]))
				}
				prev = s
			}
			if end := cols.SourceCol(i+1, n+1); end != utf8.RuneCount(in[i])+1 {
				t.Fatalf("line %d: the end maps to %d, want %d", i+1, end, utf8.RuneCount(in[i])+1)
			}
		}
	})
}

// TestParseNFD: a document saved in NFD parses to the model of its NFC
// form; diagnostics of the parser point into the file as saved.
func TestParseNFD(t *testing.T) {
	body := "# 1. Privé\n\n1.1. Caf\u00e9 [x](javascript:y) en <b>\n"
	nfd := strings.ReplaceAll(body, "\u00e9", "e\u0301")
	src := func(b string) []byte {
		return []byte("---\nid: a/b\ntitle: T\npublisher: P\nlanguage: nl\nversion: \"1\"\npublished: unknown\neffective: unknown\nstatus: draft\n---\n" + b)
	}
	docNFC, dsNFC := Parse("a.md", src(body))
	docNFD, dsNFD := Parse("a.md", src(strings.ReplaceAll(nfd, "Privé", "Prive\u0301")))
	if docNFC == nil || docNFD == nil {
		t.Fatalf("not parsed: %v %v", dsNFC, dsNFD)
	}
	if a, b := model.BlocksText(docNFC.Clauses[0].Children[0].Blocks), model.BlocksText(docNFD.Clauses[0].Children[0].Blocks); a != b {
		t.Errorf("text %q, want %q", b, a)
	}
	if a, b := docNFC.Clauses[0].Title, docNFD.Clauses[0].Title; a != b {
		t.Errorf("title %q, want %q", b, a)
	}
	if len(dsNFC) != 2 || len(dsNFD) != 2 {
		t.Fatalf("diagnostics %v and %v; want unsafe-link and raw-html in both", dsNFC, dsNFD)
	}
	for i := range dsNFC {
		if dsNFD[i].Line != dsNFC[i].Line || dsNFD[i].Col != dsNFC[i].Col+1 || dsNFD[i].Code != dsNFC[i].Code {
			t.Errorf("NFD %v, want %v one column further", dsNFD[i], dsNFC[i])
		}
	}
}

// BenchmarkNormalise: the cost of reading the Servicevoorwaarden in NFC
// (the usual case: one scan) and saved in NFD (normalised, with a column map).
func BenchmarkNormalise(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testutil.Root(b), "terms/visma/servicevoorwaarden/2018-04-18.md"))
	if err != nil {
		b.Fatal(err)
	}
	for name, s := range map[string][]byte{"NFC": src, "NFD": norm.NFD.Bytes(src)} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				normalise(s)
			}
		})
	}
}
