package diag

import (
	"bytes"
	"encoding/json"
	"testing"
)

func sample() List {
	var l List
	l.Add("b.md", 2, 1, Warning, "clause-gap", "clause %s follows %s", "1.3", "1.1")
	l.Add("a.md", 9, 4, Error, "reference-dangling", "%q refers to nothing", "zie 9.9")
	l.Add("a.md", 9, 4, Error, "reference-dangling", "%q refers to nothing", "zie 9.9")
	l.Add("a.md", 3, 7, Warning, "text-double-stop", "double full stop, 100%%\nnext")
	return l.Sort()
}

func TestSortAndCount(t *testing.T) {
	l := sample()
	if len(l) != 3 {
		t.Fatalf("%d diagnostics after Sort, want 3 (exact duplicates dropped)", len(l))
	}
	if l[0].File != "a.md" || l[0].Line != 3 || l[2].File != "b.md" {
		t.Errorf("not sorted by file and position: %v", l)
	}
	if e, w := l.Count(); e != 1 || w != 2 || l.Summary() != "1 error, 2 warnings" {
		t.Errorf("Count = %d, %d; Summary = %q", e, w, l.Summary())
	}
}

func TestFormats(t *testing.T) {
	var text, js, gh bytes.Buffer
	l := sample()
	for f, b := range map[string]*bytes.Buffer{"text": &text, "json": &js, "github": &gh} {
		if err := l.Write(b, f); err != nil {
			t.Fatal(err)
		}
	}
	if want := "a.md:9:4: error: reference-dangling: \"zie 9.9\" refers to nothing\n"; !bytes.Contains(text.Bytes(), []byte(want)) {
		t.Errorf("text output lacks %q:\n%s", want, text.String())
	}
	var back []Diagnostic
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back) != 3 || back[1].Code != "reference-dangling" {
		t.Errorf("JSON output does not round-trip: %v %v", err, back)
	}
	// Workflow commands must escape newlines and percent signs in messages.
	if want := "::warning file=a.md,line=3,col=7,title=text-double-stop::double full stop, 100%25%0Anext\n"; !bytes.Contains(gh.Bytes(), []byte(want)) {
		t.Errorf("github output lacks %q:\n%s", want, gh.String())
	}
	var empty bytes.Buffer
	if err := List(nil).Write(&empty, "json"); err != nil || empty.String() != "[]\n" {
		t.Errorf("an empty list is %q in JSON, want []", empty.String())
	}
	if err := l.Write(&empty, "xml"); err == nil {
		t.Error("unknown format: no error")
	}
}
