package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const enText = "You and we agree to the terms that are set out for your use of this service, and the service is provided to you by us for the purposes that you choose with your account. "

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFolder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.md":      "\xef\xbb\xbf# Terms\r\n\r\nLaatst gewijzigd op 27 april 2026\r\n\r\nDe Klant en het bedrijf zijn het eens over de voorwaarden van deze dienst, die voor een ieder met een account niet anders worden uitgelegd dan bij de start naar wij dat hebben gedaan.\r\n",
		"b.md":      "\xef\xbb\xbf# Terms\r\n\r\nLaatst gewijzigd op 27 april 2026\r\n\r\nDe Klant en het bedrijf zijn het eens over de voorwaarden van deze dienst, die voor een ieder met een account niet anders worden uitgelegd dan bij de start naar wij dat hebben gedaan.\r\n",
		"c.md":      "---\ntitle: Voorwaarden\naliases: [Algemene Voorwaarden]\nlang: nl-NL\n---\n# Terms\n\nLaatst gewijzigd op 27 april 2026, en nu gewijzigd.\n",
		"notes.txt": "not Markdown",
	})
	doc, ds, err := Folder(dir, Options{Publisher: "Acme"})
	if err != nil || ds.HasErrors() {
		t.Fatalf("%v %v", err, ds)
	}
	if len(doc.Versions) != 2 || doc.Skipped != 1 {
		t.Fatalf("%d versions, %d skipped; want 2 and 1 (b.md is a.md)", len(doc.Versions), doc.Skipped)
	}
	first, second := doc.Versions[0], doc.Versions[1]
	// The byte order mark is dropped, CR LF kept, also in the new front matter.
	assertWritten(t, first, "# Terms\r\n\r\nLaatst gewijzigd op 27 april 2026\r\n\r\nDe Klant en het bedrijf zijn het eens over de voorwaarden van deze dienst, die voor een ieder met een account niet anders worden uitgelegd dan bij de start naar wij dat hebben gedaan.\r\n")
	if !strings.HasPrefix(string(first.Data), "---\r\nid: acme/") || first.Meta.Language != "nl" || first.Meta.Title != "Terms" {
		t.Errorf("first version: %q", first.Data[:60])
	}
	assertWritten(t, second, "# Terms\n\nLaatst gewijzigd op 27 april 2026, en nu gewijzigd.\n")
	m := second.Meta
	if m.Title != "Voorwaarden" || m.Language != "nl" || len(m.Aliases) != 1 || m.Aliases[0] != "Algemene Voorwaarden" {
		t.Errorf("foreign front matter not kept: %+v", m)
	}
	// Both state the same date: the labels still differ.
	if first.Meta.Version != "2026-04-27" || second.Meta.Version != "2026-04-27-2" {
		t.Errorf("labels %q, %q", first.Meta.Version, second.Meta.Version)
	}
	if first.Path != doc.ID+"/2026-04-27.md" || m.Published.String() != "2026-04-27" || m.Effective.String() != "unknown" {
		t.Errorf("path %s, published %s, effective %s", first.Path, m.Published, m.Effective)
	}
}

func TestFileErrors(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"unclosed.md", "---\ntitle: T\n# Body\n", "unclosed.md:1:1: error: front-matter-invalid: the file opens a front matter"},
		{"yaml.md", "---\ntitle: T\nx: 1\na: b: c\n---\n# T\n", "yaml.md:4:1: error: front-matter-invalid: broken YAML"},
		{"notitle.md", enText, "notitle.md:1:1: error: import-title: no title"},
		{"binary.md", "# T\n\x00", "binary.md:2:1: error: encoding: the file contains a NUL byte"},
		{"latin1.md", "# Caf\xe9\n", "latin1.md:1:6: error: encoding: invalid UTF-8"},
	}
	for _, tt := range tests {
		dir := writeFiles(t, map[string]string{tt.name: tt.content})
		_, ds, err := File(filepath.Join(dir, tt.name), Options{Publisher: "Acme"})
		if err != nil {
			t.Fatal(err)
		}
		if !ds.HasErrors() || !strings.Contains(fmt.Sprint(ds), tt.want) {
			t.Errorf("%s: got %v\nwant %s", tt.name, ds, tt.want)
		}
	}
}

// German and French are supported: the language is told from the text.
func TestFileGerman(t *testing.T) {
	dir := writeFiles(t, map[string]string{"agb.md": "# Bedingungen\n\nDie Bedingungen der Nutzung für den Dienst werden mit dem Nutzer und von uns auf der Seite nicht zu dem Zweck ein und der das Konto ist.\n"})
	doc, ds, err := File(filepath.Join(dir, "agb.md"), Options{Publisher: "Acme"})
	if err != nil || ds.HasErrors() {
		t.Fatalf("%v %v", err, ds)
	}
	if got := doc.Versions[0].Meta.Language; got != "de" {
		t.Errorf("language %q, want de", got)
	}
}

func TestFileVersionLabel(t *testing.T) {
	dir := writeFiles(t, map[string]string{"Privacy Policy_v2.md": "# Privacy\n\n" + enText})
	doc, ds, err := File(filepath.Join(dir, "Privacy Policy_v2.md"), Options{Publisher: "Acme Ltd."})
	if err != nil || ds.HasErrors() {
		t.Fatalf("%v %v", err, ds)
	}
	v := doc.Versions[0]
	if doc.ID != "acme-ltd/privacy-policy-v2" || v.Meta.Version != "Privacy-Policy-v2" || v.Meta.Published.Known() {
		t.Errorf("id %s, version %s, published %s", doc.ID, v.Meta.Version, v.Meta.Published)
	}
	assertWritten(t, v, "# Privacy\n\n"+enText)
}
