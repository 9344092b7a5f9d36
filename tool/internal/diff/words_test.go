package diff

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// redlineOf writes a word diff as [-deleted-]{+inserted+}.
func redlineOf(t *TextDiff) string {
	var b strings.Builder
	for _, s := range t.Segments {
		switch s.Op {
		case Delete:
			b.WriteString("[-" + s.Text + "-]")
		case Insert:
			b.WriteString("{+" + s.Text + "+}")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"amount stays one token", "een bedrag van EUR 1.000 per jaar", "een bedrag van EUR 5.000 per jaar",
			"een bedrag van EUR [-1.000-]{+5.000+} per jaar"},
		{"reference number", "overeenkomstig 4.6.1.", "overeenkomstig 4.6.2.", "overeenkomstig [-4.6.1-]{+4.6.2+}."},
		{"words are never split", "de Klant accepteert", "de Klanten accepteren", "de [-Klant accepteert-]{+Klanten accepteren+}"},
		{"inserted phrase", "De periode gedurende welke", "De periode waarvoor is betaald en gedurende welke",
			"De periode {+waarvoor is betaald en +}gedurende welke"},
		{"small equality between changes is merged", "de Klant en Visma", "de Partij of OutSmart",
			"de [-Klant en Visma-]{+Partij of OutSmart+}"},
		{"larger equality between changes stays", "de Klant geeft Visma opdracht", "de Partij geeft OutSmart opdracht",
			"de [-Klant-]{+Partij+} geeft [-Visma-]{+OutSmart+} opdracht"},
		{"deleted repeated word", "betaald en en worden", "betaald en worden", "betaald en [-en -]worden"},
		{"whitespace", "over  de", "over de", "over[-  -]{+ +}de"},
		{"identical", "gelijk", "gelijk", "gelijk"},
		{"from nothing", "", "nieuw artikel", "{+nieuw artikel+}"},
		{"to nothing", "vervallen artikel", "", "[-vervallen artikel-]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := WordDiff(tt.old, tt.new)
			if got := redlineOf(d); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if got := Apply(tt.old, d.Hunks); got != tt.new {
				t.Errorf("Apply gives %q, want %q", got, tt.new)
			}
		})
	}
}

func TestHunkOffsetsCountCharacters(t *testing.T) {
	d := WordDiff("geïnitieerd door de Klant", "geïnitieerd door de Cliënt")
	if len(d.Hunks) != 1 {
		t.Fatalf("hunks = %+v", d.Hunks)
	}
	h := d.Hunks[0]
	if h.OldStart != 20 || h.OldEnd != 25 || h.NewStart != 20 || h.NewEnd != 26 || h.Delete != "Klant" || h.Insert != "Cliënt" {
		t.Errorf("hunk = %+v, want Klant at 20..25 -> Cliënt at 20..26 (code points)", h)
	}
}

// The encoder must never hand go-diff a surrogate or a rune outside the
// three-byte range, however many distinct tokens a clause has, and must
// give up cleanly beyond what it can encode.
func TestEncoderRange(t *testing.T) {
	e := newEncoder()
	toks := make([]string, 60000)
	for i := range toks {
		toks[i] = fmt.Sprint("w", i)
	}
	runes := e.encode(toks)
	if e.overflow {
		t.Fatal("60000 tokens overflowed")
	}
	for i, r := range runes {
		if r >= 0xD800 && r <= 0xDFFF || utf8.RuneLen(r) != 3 || r == utf8.RuneError {
			t.Fatalf("token %d encoded as %U", i, r)
		}
		if tok, ok := e.token(r); !ok || tok != toks[i] {
			t.Fatalf("rune %U decodes to %q, want %q", r, tok, toks[i])
		}
	}
	more := make([]string, 2000)
	for i := range more {
		more[i] = fmt.Sprint("x", i)
	}
	if e.encode(more); !e.overflow {
		t.Error("62000 distinct tokens did not overflow")
	}
	segs := coarse(tokenize("a b c"), tokenize("a x c"))
	if got := redlineOf(&TextDiff{Segments: segs}); got != "a [-b-]{+x+} c" {
		t.Errorf("coarse = %s", got)
	}
}

// A long text with changes spread over it gets one hunk per change, the
// same on every run: no timeout cuts the diff short.
func TestLongTextDiff(t *testing.T) {
	var a, b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&a, "woord%d ", i) // 10,000 tokens: one word diff
		if i%250 == 100 {
			fmt.Fprintf(&b, "ander%d ", i)
		} else {
			fmt.Fprintf(&b, "woord%d ", i)
		}
	}
	d := WordDiff(a.String(), b.String())
	if len(d.Hunks) != 20 {
		t.Errorf("%d hunks, want 20", len(d.Hunks))
	}
	if Apply(a.String(), d.Hunks) != b.String() {
		t.Error("hunks do not rebuild the new text")
	}
	if again := WordDiff(a.String(), b.String()); redlineOf(again) != redlineOf(d) {
		t.Error("the same texts gave another diff")
	}
}
