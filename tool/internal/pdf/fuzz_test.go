package pdf

import (
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
)

// FuzzRender lays out arbitrary document bodies under a valid front matter
// (so that the fuzzer explores the layout, not the front matter parser):
// never a panic, and every PDF that comes out passes strict validation
// (Document checks it).
func FuzzRender(f *testing.F) {
	head := frontMatter("nl", "draft")
	for _, body := range []string{
		"",
		"# Definities\n\n| Begrip | Definitie |\n| --- | --- |\n| Klant | De Klant.<br>- een |\n\n# 1. Scope\n\n1.1. De Klant, zie 1.2.\n\n1.2. a) een\n\nb) twee\n",
		"1.1. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
		"# A\n\n## B\n\n### C\n\n- x\n  - y\n    - z\n\n> quote\n\n```\ncode\n```\n\n---\n\nTerm\n: def\n",
		"# 1. X\n\n[link](javascript:alert(1)) <b>raw</b> <https://example.com/a-b> *i* **b** ***bi*** `c`\n",
	} {
		f.Add(body)
	}
	r, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc, _ := parse.Parse("fuzz.md", []byte(head+body))
		if doc == nil {
			return
		}
		resolve.Link([]*model.Document{doc})
		_, _ = r.Document(doc)
	})
}
