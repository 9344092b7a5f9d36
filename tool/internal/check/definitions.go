package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/diag"
)

// definitions reports terms that are never used, and terms an annex defines
// again although its main document defines them already.
func (c *checker) definitions() {
	inherited := map[string]bool{}
	for _, def := range c.doc.Inherited {
		inherited[def.Term] = true
	}
	for _, def := range c.doc.Definitions {
		if inherited[def.Term] {
			c.add(def.Pos, diag.Warning, "definition-duplicate", "%q is already defined in %s, of which this document is an annex", def.Term, c.doc.Meta.AnnexOf)
		}
		if len(def.Uses) == 0 {
			c.add(def.Pos, diag.Warning, "definition-unused", "%q is defined but never used", def.Term)
		}
	}
}

// lowerTerm reports whether a defined form starts with a lower-case
// letter, as a statute's terms do ("consument", "richtlijn"): written with
// a capital it begins a title or a sentence, which is no slip of the case.
func lowerTerm(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLower(r)
}
