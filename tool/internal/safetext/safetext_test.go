package safetext

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text passes", "De Klant betaalt € 1.000,-.", "De Klant betaalt € 1.000,-."},
		{"line ends and tabs pass", "a\n\tb\n", "a\n\tb\n"},
		{"escape sequence", "pays \x1b[2J\x1b]0;pwned\x07 now", "pays ␛[2J␛]0;pwned␇ now"},
		{"carriage return cannot overwrite a line", "ok\rfake", "ok␍fake"},
		{"NUL and backspace", "a\x00b\x08c", "a␀b␈c"},
		{"DEL", "x\x7fy", "x␡y"},
		{"C1 CSI and NEL", "a\u009b31mb\u0085c", "a\uFFFD31mb\uFFFDc"},
		{"invalid UTF-8 byte (CSI in 8-bit terminals)", "a\x9b31m", "a\uFFFD31m"},
		{"U+00A0 and U+00A9 are text", "a\u00a0©", "a\u00a0©"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestJSONKeepsTheValue(t *testing.T) {
	value := "pays \x1b[2J x\x7f \u009b31m \u0085 done"
	raw, err := json.Marshal(map[string]string{"text": value})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(raw)
	for _, c := range []string{"\x7f", "\u009b", "\u0085", "\x1b"} {
		if bytes.Contains(out, []byte(c)) {
			t.Errorf("JSON output %q still holds %q raw", out, c)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("%s: %v", out, err)
	}
	if back["text"] != value {
		t.Errorf("decoded %q, want %q", back["text"], value)
	}
}

// TestWriterSplitCharacters writes text cut at every byte: the result is
// the same as cleaning it in one piece, also when a C1 character or a
// multi-byte letter is cut in two.
func TestWriterSplitCharacters(t *testing.T) {
	in := "é\u0085€\x1b[1m \u009b😀 end\u00e9"
	want := String(in)
	for cut := 0; cut <= len(in); cut++ {
		var b bytes.Buffer
		w := NewWriter(&b)
		w.Write([]byte(in[:cut]))
		w.Write([]byte(in[cut:]))
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if b.String() != want {
			t.Errorf("cut at %d: %q, want %q", cut, b.String(), want)
		}
	}
}

func TestWriterUnfinishedCharacterAtTheEnd(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.Write([]byte("a\xc2"))
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if b.String() != "a\uFFFD" {
		t.Errorf("got %q, want %q", b.String(), "a\uFFFD")
	}
}

func TestWriterRaw(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.WriteRaw("\x1b[31m")
	w.WriteString("red \x1b[0m")
	w.WriteRaw("\x1b[0m")
	w.Flush()
	if want := "\x1b[31mred ␛[0m\x1b[0m"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterReportsFailure(t *testing.T) {
	w := NewWriter(failing{})
	if _, err := w.Write([]byte("text")); err == nil {
		t.Fatal("Write into a failing writer returned no error")
	}
	if err := w.Flush(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Flush after a failed write: %v, want the failure", err)
	}
}

// BenchmarkTextClean measures the common case: a page with no control
// character, which Text returns as it is.
func BenchmarkTextClean(b *testing.B) {
	page := []byte(strings.Repeat("<p>De Klant betaalt binnen dertig dagen € 1.000,- aan Visma; zie artikel 2.4.</p>\n", 1<<14))
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		Text(page)
	}
}
