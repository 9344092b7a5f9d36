package diag

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSourceFormats: the scan finds formats given to diag directly, through
// wrappers (a method, a function literal), tells two wrappers of one name
// apart by the code before the format, and sees a Diagnostic built with a
// Message of its own.
func TestSourceFormats(t *testing.T) {
	dir := t.TempDir()
	src := `package x

func (c *checker) add(p pos, sev diag.Severity, code, format string, args ...any) { c.ds.Add(c.path, p.Line, p.Col, sev, code, format, args...) }
func (l *links) add(d *doc, p pos, sev diag.Severity, code, format string, args ...any) { l.ds.Add(d.Path, p.Line, p.Col, sev, code, format, args...) }

func f(c *checker, l *links, ds diag.List) {
	report := func(n int, format string, args ...any) { ds.Add("a", n, 1, diag.Warning, "x-y", format, args...) }
	c.add(p, diag.Error, "clause-gap", "clause %s follows %s", a, b)
	l.add(d, p, diag.Warning, "link-fragment", "link to " + "%q leads nowhere", u)
	report(1, "%s is not kept", k)
	_ = diag.Phrasef("clause")
	_ = diag.Diagnostic{File: "a", Message: "built by hand"}
	wg.Add(1)
}
`
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	uses, literals := sourceFormats(t, dir)
	var got []string
	for _, u := range uses {
		got = append(got, u.format)
	}
	want := []string{"clause %s follows %s", "link to %q leads nowhere", "%s is not kept", "clause"}
	if !slices.Equal(got, want) {
		t.Errorf("formats %q, want %q", got, want)
	}
	if len(literals) != 1 || literals[0] != "x.go:12" {
		t.Errorf("hand-built diagnostics at %v, want x.go:12", literals)
	}
}
