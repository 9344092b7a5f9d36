package model

import "testing"

// TestPlainPrefix: the start of the text, stopping after the inline that
// reaches the limit.
func TestPlainPrefix(t *testing.T) {
	ins := []Inline{&Text{Value: "onder "}, &Emphasis{Children: []Inline{&Text{Value: "b"}}}, &Text{Value: " van Boek 6."}, &Text{Value: " Meer."}}
	if got, want := PlainPrefix(ins, 8), "onder b van Boek 6."; got != want {
		t.Errorf("PlainPrefix(8) = %q, want %q", got, want)
	}
	if got, want := PlainPrefix(ins, 1000), PlainText(ins); got != want {
		t.Errorf("PlainPrefix(1000) = %q, want %q", got, want)
	}
}
