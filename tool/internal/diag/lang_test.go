package diag

import (
	"errors"
	"fmt"
	"testing"
)

// TestEnglishAsSprintf: a message keeps exactly the text fmt.Sprintf gives,
// whatever verbs its format has, and In("en") writes the same again.
func TestEnglishAsSprintf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"%q refers to %s %s%s, which does not exist", []any{"zie 9.9", Phrasef("clause"), "9.9", Phrasef(" in %s", "x/y")}},
		{"invalid UTF-8 (byte 0x%02x): save the file as UTF-8", []any{byte(7)}},
		{"100%% of %d: %v", []any{3, errors.New("boom")}},
		{"%[2]s before %[1]s", []any{"a", "b"}},
		{"%-5s|%5.1f|%+d", []any{"ab", 1.25, 4}},
		{"%q%s is used like a defined term (%d times) but never defined", []any{"Diensten", Phrasef(""), 2}},
		{"no verbs at all", nil},
	} {
		d := New("a.md", 1, 1, Error, "x", c.format, c.args...)
		want := fmt.Sprintf(c.format, c.args...)
		if d.Message != want || d.In("en").Message != want {
			t.Errorf("%q: Message %q, In(en) %q; want %q", c.format, d.Message, d.In("en").Message, want)
		}
		if d.Format != c.format {
			t.Errorf("%q: Format not kept (%q)", c.format, d.Format)
		}
	}
}

// TestDutch: a finding reads Dutch, phrases built in code included; one
// without a translation, or whose format cannot be kept, stays English.
func TestDutch(t *testing.T) {
	for _, c := range []struct {
		d    Diagnostic
		want string
	}{
		{New("a.md", 9, 4, Error, "reference-dangling", "%q refers to %s %s%s, which does not exist", "zie 9.9", Phrasef("clause"), "9.9", Phrasef("")),
			`"zie 9.9" verwijst naar artikel 9.9, dat niet bestaat`},
		{New("a.md", 9, 4, Error, "reference-dangling", "%q refers to %s %s%s, which does not exist", "Bijlage 3", Phrasef("document"), "x/bijlage-3", Phrasef(" in %s", "x/y")),
			`"Bijlage 3" verwijst naar document x/bijlage-3 in x/y, dat niet bestaat`},
		{New("a.md", 1, 1, Warning, "text-repeated-word", "%q is written twice in a row", "en"),
			`"en" staat twee keer achter elkaar`},
		{New("a.md", 1, 1, Error, "encoding", "invalid UTF-8 (byte 0x%02x): save the file as UTF-8", byte(0xff)),
			"ongeldige UTF-8 (byte 0xff): sla het bestand op als UTF-8"},
		{New("a.md", 1, 1, Error, "x", "a message nobody translated: %s", "x"),
			"a message nobody translated: x"},
		{New("a.md", 1, 1, Error, "x", "%*d wide", 5, 3), "    3 wide"},
		{New("a.md", 1, 1, Error, "x", "%q: %s", "zie 4", Phrasef("%q names a clause, but %s is a document", "artikel", "x/y")),
			`"zie 4": "artikel" noemt een artikel, maar x/y is een document`},
	} {
		if got := c.d.In("nl").Message; got != c.want {
			t.Errorf("In(nl) = %q, want %q", got, c.want)
		}
	}
}

// TestArgumentOrder: a translation may name its arguments in another
// order (%[2]s); each keeps the verb of the English.
func TestArgumentOrder(t *testing.T) {
	d := New("a.md", 1, 1, Warning, "clause-gap", "clause %s follows %q", "1.3", "1.1")
	ps, _ := decode(d.Args)
	target := "na %[2]q komt %[1]s"
	vs, _ := parseVerbs(target)
	if got, ok := fill("nl", target, vs, ps); !ok || got != `na "1.1" komt 1.3` {
		t.Errorf("fill = %q, %v", got, ok)
	}
}

// TestComparable: diagnostics stay usable as map keys and Sort still drops
// exact duplicates, now that they carry their arguments.
func TestComparable(t *testing.T) {
	var l List
	for range 2 {
		l.Add("a.md", 1, 1, Error, "reference-dangling", "%q refers to %s %s%s, which does not exist", "zie 9", Phrasef("clause"), "9", Phrasef(""))
	}
	seen := map[Diagnostic]bool{l[0]: true}
	if !seen[l[1]] || len(l.Sort()) != 1 {
		t.Errorf("two equal diagnostics differ: %#v %#v", l[0], l[1])
	}
}

// TestListIn: each finding reads in the language of its file; the summary
// in the language asked for.
func TestListIn(t *testing.T) {
	var l List
	l.Add("nl.md", 1, 1, Warning, "text-repeated-word", "%q is written twice in a row", "en")
	l.Add("en.md", 1, 1, Warning, "text-repeated-word", "%q is written twice in a row", "the")
	l.Add("en.md", 2, 1, Error, "definition-unused", "%q is defined but never used", "Term")
	got := l.In(func(file string) string { return map[string]string{"nl.md": "nl"}[file] })
	if got[0].File != "en.md" || got[0].Message != `"the" is written twice in a row` || got[2].Message != `"en" staat twee keer achter elkaar` {
		t.Errorf("In = %v", got)
	}
	if s := got.SummaryIn("nl"); s != "1 fout, 2 waarschuwingen" {
		t.Errorf("SummaryIn(nl) = %q", s)
	}
	if s := got[:2].SummaryIn("en"); s != "1 error, 1 warning" {
		t.Errorf("SummaryIn(en) = %q", s)
	}
}
