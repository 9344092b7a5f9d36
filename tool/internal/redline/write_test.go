package redline

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestWriteFormats: Write chooses every format of Formats by name, as the
// CLI's --format does, with the same bytes as the golden files of the
// format's own writer; an unknown name is an error that lists Formats.
func TestWriteFormats(t *testing.T) {
	c, dir := fixtures(t)
	versions := c.Versions("acme/terms-of-service")
	r := diff.Compare(versions[0], versions[1])
	golden := filepath.Join(dir, "acme-terms-of-service", versions[0].Meta.Version+".."+versions[1].Meta.Version)
	want := map[string]string{"text": ".txt", "md": ".md", "html": ".html", "json": ".json"}
	for _, format := range Formats {
		var b bytes.Buffer
		if err := Write(&b, format, r, Options{}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if ext, ok := want[format]; ok {
			testutil.Golden(t, golden+ext, b.Bytes())
		} else if format == "pdf" && !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
			t.Errorf("pdf: output starts %q", b.Bytes()[:min(8, b.Len())])
		}
		if Binary(format) != (format == "pdf") {
			t.Errorf("Binary(%q) = %v", format, Binary(format))
		}
	}
	err := Write(&bytes.Buffer{}, "xml", r, Options{})
	if err == nil || !strings.Contains(err.Error(), strings.Join(Formats, ", ")) {
		t.Errorf("unknown format: error %v, want one listing %v", err, Formats)
	}
}
