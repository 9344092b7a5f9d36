package pdf

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// TestStyleErrorPositions: a mistake in DIR/pdf/style.json of --templates
// DIR is a Diagnostic naming that file, at the line and character column
// of the value or key at fault.
func TestStyleErrorPositions(t *testing.T) {
	orig, err := templates.Embedded().(interface{ ReadFile(string) ([]byte, error) }).ReadFile(StylePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ old, new, want string }{
		{`"family": "Caladea",`, `"family": "Caladëa",`,
			`13:15: error: style-invalid: fonts.family "Caladëa": use letters and digits only`},
		{`"width": 210,`, `"widht": 210,`,
			`3:5: error: style-unknown-key: unknown key "widht" in page (known: width, height, top, bottom, left, right, header, footer)`},
		{`"top": 27,`, `"top": "27 mm",`,
			`5:12: error: style-invalid: page.top must be a number, not text`},
		{`"family": "Caladea",`, `"family": "Caladea", "ë": 1 "x": 2,`, // ë before the fault
			`13:33: error: style-invalid: broken JSON: invalid character '"' after object key:value pair`},
		{`"regular": "fonts/Caladea-Regular.ttf"`, `"regular": "fonts/Caladëa.ttf"`,
			`14:16: error: style-invalid: fonts.regular: open fonts/Caladëa.ttf: file does not exist`},
		{`"bold": "fonts/Caladea-Bold.ttf"`, `"bold": "pdf/style.json"`,
			`15:13: error: style-invalid: fonts.bold: pdf/style.json is not a TrueType font: `},
	} {
		dir := t.TempDir()
		os.MkdirAll(filepath.Join(dir, "pdf"), 0o755)
		src := strings.Replace(string(orig), c.old, c.new, 1)
		os.WriteFile(filepath.Join(dir, StylePath), []byte(src), 0o644)
		fsys, err := templates.FS(dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = New(fsys)
		var d diag.Diagnostic
		want := filepath.Join(dir, "pdf", "style.json") + ":" + c.want
		if !errors.As(err, &d) || !strings.HasPrefix(d.String(), want) {
			t.Errorf("%s:\n got %v\nwant %s", c.new, err, want)
		}
	}
}
