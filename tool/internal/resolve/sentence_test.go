package resolve

import (
	"strings"
	"testing"
)

// TestSentenceRule: the one sentence rule of the resolver. A full stop
// before a digit or a lower-case letter is an abbreviation ("Abs. 8",
// "art. 5", "lit. f"); before a capital it ends the sentence.
func TestSentenceRule(t *testing.T) {
	for _, tt := range []struct {
		text, before string // the text before the last word, and the sentence sentenceBefore finds
	}{
		{"Nach § 15 Abs. 1 Satz 1 oder Abs. 8", "Nach § 15 Abs. 1 Satz 1 oder Abs. "},
		{"Zie art. 5 en lit. f hier", "Zie art. 5 en lit. f "},
		{"Dat geldt. Zie lid 3", "Zie lid "},
		{"Zie de artikelen 5.8 en 5.9. De rechter", "De "},
		{"Eerst dit; dan lid 3", "dan lid "},
		{"Zij luidt: lid 3", "Zij luidt: lid "},
	} {
		at := strings.LastIndexByte(tt.text, ' ') + 1
		if got := sentenceBefore(tt.text, at, 160); got != tt.before {
			t.Errorf("sentenceBefore(%q) = %q, want %q", tt.text, got, tt.before)
		}
	}
	if !articleEarlier("Entgegen § 15 Abs. 1 oder Abs. 8", len("Entgegen § 15 Abs. 1 oder ")) {
		t.Error(`articleEarlier misses "§ 15" before "Abs. 8"`)
	}
}
