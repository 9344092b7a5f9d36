package check

import (
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
