package importer

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// quote writes s as a YAML double-quoted scalar (a JSON string is one).
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// render writes legalkit's front matter for meta, followed by the body
// unchanged. The front matter ends its lines like the body does.
func render(meta model.Meta, body []byte, crlf bool) []byte {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line("---")
	line("id: " + meta.ID)
	line("title: " + quote(meta.Title))
	line("publisher: " + quote(meta.Publisher))
	line("language: " + meta.Language)
	line("version: " + quote(meta.Version))
	line("published: " + meta.Published.String())
	line("effective: " + meta.Effective.String())
	line("status: " + string(meta.Status))
	if len(meta.Aliases) > 0 {
		qs := make([]string, len(meta.Aliases))
		for i, a := range meta.Aliases {
			qs[i] = quote(a)
		}
		line("aliases: [" + strings.Join(qs, ", ") + "]")
	}
	src := meta.Source
	line("source:")
	line("  file: " + quote(src.File))
	if src.Commit != "" {
		line("  commit: " + src.Commit)
		line("  date: " + quote(src.Date))
	}
	line("---")
	fm := b.String()
	if crlf {
		fm = strings.ReplaceAll(fm, "\n", "\r\n")
	}
	out := make([]byte, 0, len(fm)+len(body))
	return append(append(out, fm...), body...)
}
