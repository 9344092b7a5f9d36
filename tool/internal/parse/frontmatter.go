package parse

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var (
	idPattern      = lazyre.New(`^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$`)
	versionPattern = lazyre.New(`^[0-9A-Za-z][0-9A-Za-z.\-]*$`)
	periodPattern  = lazyre.New(`^\s*(\d+)\s+(\S+)\s*$`)
	yamlLine       = lazyre.New(`^line (\d+): `)
)

var periodUnits = map[string]model.Unit{
	"dag": model.Days, "dagen": model.Days, "day": model.Days, "days": model.Days,
	"tag": model.Days, "tage": model.Days, "jour": model.Days, "jours": model.Days,
	"week": model.Weeks, "weken": model.Weeks, "weeks": model.Weeks,
	"woche": model.Weeks, "wochen": model.Weeks, "semaine": model.Weeks, "semaines": model.Weeks,
	"maand": model.Months, "maanden": model.Months, "month": model.Months, "months": model.Months,
	"monat": model.Months, "monate": model.Months, "mois": model.Months,
}

// metaDecoder decodes the front matter mapping node by node, so that every
// problem is reported at the line and column of the offending key or value.
type metaDecoder struct {
	path  string
	lines int // line offset: YAML line 1 is file line 2
	ds    diag.List
	meta  model.Meta
	pos   map[string]model.Pos
}

func (d *metaDecoder) at(n *yaml.Node) model.Pos {
	return model.Pos{Line: n.Line + d.lines, Col: n.Column}
}

func (d *metaDecoder) errf(n *yaml.Node, code, format string, args ...any) {
	p := d.at(n)
	d.ds.Add(d.path, p.Line, p.Col, diag.Error, code, format, args...)
}

var requiredKeys = []string{"id", "title", "publisher", "language", "version", "published", "effective", "status"}

func decodeMeta(path string, root *yaml.Node) (model.Meta, map[string]model.Pos, diag.List) {
	d := &metaDecoder{path: path, lines: 1, pos: map[string]model.Pos{}}
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind == 0 {
		d.ds.Add(path, 1, 1, diag.Error, "front-matter-invalid", "front matter is empty: it needs %s", strings.Join(requiredKeys, ", "))
		return d.meta, d.pos, d.ds
	}
	if doc.Kind != yaml.MappingNode {
		d.errf(doc, "front-matter-invalid", "front matter must be a list of \"key: value\" settings")
		return d.meta, d.pos, d.ds
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if _, dup := d.pos[k.Value]; dup {
			d.errf(k, "front-matter-invalid", "key %q is set twice", k.Value)
			continue
		}
		d.pos[k.Value] = d.at(k)
		d.field(k, v)
	}
	for _, k := range requiredKeys {
		if _, ok := d.pos[k]; !ok {
			d.ds.Add(path, 1, 1, diag.Error, "front-matter-invalid", "front matter lacks %q", k)
		}
	}
	return d.meta, d.pos, d.ds
}

func (d *metaDecoder) field(k, v *yaml.Node) {
	m := &d.meta
	switch k.Value {
	case "id":
		m.ID = d.str(k, v)
		if m.ID != "" && !idPattern.MatchString(m.ID) {
			d.errf(v, "front-matter-invalid", "id %q must be publisher/document in lower case letters, digits and -", m.ID)
		}
	case "title":
		m.Title = d.str(k, v)
	case "publisher":
		m.Publisher = d.str(k, v)
	case "language":
		m.Language = d.str(k, v)
		if m.Language != "" && !lang.IsSupported(m.Language) {
			d.errf(v, "front-matter-invalid", "language %q is not supported: use %s", m.Language, lang.Choices())
		}
	case "version":
		m.Version = d.str(k, v)
		if m.Version != "" && !versionPattern.MatchString(m.Version) {
			d.errf(v, "front-matter-invalid", "version %q may contain only letters, digits, . and -", m.Version)
		}
	case "published", "effective":
		date, err := model.ParseDate(d.str(k, v))
		if err != nil {
			d.errf(v, "front-matter-invalid", "%s: %v", k.Value, err)
		}
		if k.Value == "published" {
			m.Published = date
		} else {
			m.Effective = date
		}
	case "status":
		s := model.Status(d.str(k, v))
		if s != model.StatusDraft && s != model.StatusPublished {
			d.errf(v, "front-matter-invalid", "status %q must be draft or published", s)
		}
		m.Status = s
	case "notice-period":
		m.NoticePeriod = d.period(v)
	case "aliases":
		m.Aliases = d.strs(k, v)
	case "annex-of":
		m.AnnexOf = d.str(k, v)
	case "annexes":
		m.Annexes = d.strs(k, v)
	case "names":
		m.Names = d.strs(k, v)
	case "objection":
		m.Objection = strings.TrimSpace(d.str(k, v))
	case "changes":
		m.Changes = d.changeNotes(v)
	case "change-summary":
		m.ChangeSummary = strings.TrimSpace(d.str(k, v))
	case "source":
		m.Source = d.provenance(v)
	default:
		d.errf(k, "front-matter-unknown-key", "unknown key %q (known: %s)", k.Value, strings.Join(knownKeys, ", "))
	}
}

var knownKeys = []string{"id", "title", "publisher", "language", "version", "published", "effective", "status", "notice-period", "aliases", "annex-of", "annexes", "names", "objection", "changes", "change-summary", "source"}

func (d *metaDecoder) str(k, v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode {
		d.errf(v, "front-matter-invalid", "%s must be a single value", k.Value)
		return ""
	}
	if strings.TrimSpace(v.Value) == "" {
		d.errf(v, "front-matter-invalid", "%s is empty", k.Value)
	}
	return v.Value
}

func (d *metaDecoder) strs(k, v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode {
		return []string{v.Value}
	}
	if v.Kind != yaml.SequenceNode {
		d.errf(v, "front-matter-invalid", "%s must be a list", k.Value)
		return nil
	}
	var out []string
	for _, e := range v.Content {
		if e.Kind != yaml.ScalarNode {
			d.errf(e, "front-matter-invalid", "%s must be a list of words", k.Value)
			continue
		}
		out = append(out, e.Value)
	}
	return out
}

// changeNotes reads the editor's explanations: a mapping from a clause
// number or defined term to a short text.
func (d *metaDecoder) changeNotes(v *yaml.Node) []model.ChangeNote {
	if v.Kind != yaml.MappingNode {
		d.errf(v, "front-matter-invalid", "changes must map clause numbers (or defined terms) to explanations, such as \"2.3.5\": Nieuw artikel over ...")
		return nil
	}
	var out []model.ChangeNote
	seen := map[string]bool{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		key, val := v.Content[i], v.Content[i+1]
		target := strings.TrimSuffix(strings.TrimSpace(key.Value), ".")
		switch {
		case key.Kind != yaml.ScalarNode || target == "":
			d.errf(key, "front-matter-invalid", "changes: each entry starts with a clause number or a defined term")
			continue
		case seen[target]:
			d.errf(key, "front-matter-invalid", "changes: %q is explained twice", target)
			continue
		case val.Kind != yaml.ScalarNode || strings.TrimSpace(val.Value) == "":
			d.errf(val, "front-matter-invalid", "changes: the explanation of %q must be a text", target)
			continue
		}
		seen[target] = true
		out = append(out, model.ChangeNote{Target: target, Text: strings.TrimSpace(val.Value), Pos: d.at(key)})
	}
	return out
}

func (d *metaDecoder) period(v *yaml.Node) model.Period {
	m := periodPattern.FindStringSubmatch(v.Value)
	if v.Kind != yaml.ScalarNode || m == nil {
		d.errf(v, "front-matter-invalid", "notice-period %q must be a number and a unit, such as \"30 dagen\" or \"1 month\"", v.Value)
		return model.Period{}
	}
	n, err := strconv.Atoi(m[1])
	unit, ok := periodUnits[strings.ToLower(m[2])]
	if err != nil || !ok || n <= 0 {
		d.errf(v, "front-matter-invalid", "notice-period %q: unknown unit %q (use dagen, weken, maanden, days, weeks, months, Tage, Wochen, Monate, jours, semaines, mois)", v.Value, m[2])
		return model.Period{}
	}
	return model.Period{Amount: n, Unit: unit, Text: v.Value}
}

// yamlError turns a YAML syntax error into a diagnostic at its line.
func yamlError(path string, err error) diag.Diagnostic {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		line = n + 1 // YAML line 1 is the line after the opening ---
		msg = msg[len(m[0]):]
	}
	return diag.New(path, line, 1, diag.Error, "front-matter-invalid", "broken YAML: %s", msg)
}
