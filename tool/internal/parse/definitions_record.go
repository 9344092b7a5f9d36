package parse

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// record adds a definition to the document. A term defined a second time
// is not recorded: it is an error when both are certainly definitions of
// the one term for the same part of the text, and a warning, saying why it
// may be none, otherwise.
func (d *definer) record(term string, aliases []string, spec defSpec, text string, pos model.Pos) *model.Definition {
	term = strings.Join(strings.Fields(term), " ")
	if term == "" {
		return nil
	}
	if prev, dup := d.terms[term]; dup {
		d.duplicate(term, prev, spec, pos)
		return nil
	}
	def := &model.Definition{Term: term, Aliases: aliases, Anchor: definitionAnchor(term, d.anchors), Pos: pos, Kind: spec.kind,
		Statutory: spec.statutory, Document: d.doc.Meta.ID, Clause: spec.clause, Text: strings.Join(strings.Fields(text), " ")}
	def.Forms = termForms(term, aliases, d.doc.Meta.Language)
	d.terms[term] = def
	d.specs[def] = spec
	d.doc.Definitions = append(d.doc.Definitions, def)
	return def
}

func (d *definer) duplicate(term string, prev *model.Definition, spec defSpec, pos model.Pos) {
	first := d.specs[prev]
	switch {
	case first.certain && spec.certain && first.scope == spec.scope:
		d.conv.ds.Add(d.conv.path, pos.Line, pos.Col, diag.Error, "definition-duplicate",
			"%q is defined twice; first at line %d", term, prev.Pos.Line)
	case first.scope != spec.scope:
		d.conv.ds.Add(d.conv.path, pos.Line, pos.Col, diag.Warning, "definition-duplicate",
			"%q is defined twice, first at line %d; the two definitions may apply to different parts of the text", term, prev.Pos.Line)
	default:
		d.conv.ds.Add(d.conv.path, pos.Line, pos.Col, diag.Warning, "definition-duplicate",
			"%q is defined twice, first at line %d; one of them may only name the term (a quoted or bold term in brackets), not define it", term, prev.Pos.Line)
	}
}

// termForms returns the forms that count as uses of a term: the term, its
// aliases, and their inflections in the document language.
func termForms(term string, aliases []string, language string) []string {
	var out []string
	seen := map[string]bool{}
	names := append([]string{term}, aliases...)
	if s := lang.Singular(term, language); s != "" {
		names = append(names, s)
	}
	for _, name := range names {
		for _, f := range lang.Forms(name, language) {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}
