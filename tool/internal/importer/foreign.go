package importer

import (
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// foreignMeta is what legalkit keeps of another tool's front matter.
type foreignMeta struct {
	Title, Publisher, Language string
	Aliases                    []string
}

// dateKeys are settings of other tools that hold dates. legalkit does not
// take them: its dates come only from what the text states.
var dateKeys = map[string]bool{
	"date": true, "last_modified_at": true, "lastmod": true, "last_modified": true, "modified": true,
	"updated": true, "last_updated": true, "published": true, "publishdate": true, "effective": true,
	"effective_date": true, "reviewed": true, "expirydate": true,
}

// mapForeign keeps the settings legalkit has a place for (title, aliases,
// publisher, language) and reports every other one as a warning at its
// position in file.
func mapForeign(file string, fields []parse.ForeignField) (foreignMeta, diag.List) {
	var m foreignMeta
	var ds diag.List
	report := func(f parse.ForeignField, format string, args ...any) {
		ds.Add(file, f.Pos.Line, f.Pos.Col, diag.Warning, "import-foreign-key", format, args...)
	}
	for _, f := range fields {
		key := strings.ToLower(f.Key)
		switch {
		case key == "title" && f.Value != "" && !f.IsList && !f.Nested:
			m.Title = strings.Join(strings.Fields(f.Value), " ")
		case key == "publisher" && f.Value != "" && !f.IsList && !f.Nested:
			m.Publisher = strings.TrimSpace(f.Value)
		case (key == "lang" || key == "language" || key == "locale") && f.Value != "" && !f.IsList:
			m.Language = baseLanguage(f.Value)
		case key == "aliases" && !f.Nested && names(f):
			m.Aliases = append(m.Aliases, values(f)...)
		case key == "redirect_from" || key == "aliases" || key == "redirect_to" || key == "permalink":
			report(f, "%s (%s) lists web addresses; legalkit has no redirects and its aliases are names the text uses, so it is not kept", f.Key, shorten(f))
		case dateKeys[key]:
			report(f, "%s: %s is not kept: legalkit takes published and effective only from what the text states", f.Key, shorten(f))
		default:
			report(f, "%s (%s) has no place in legalkit's front matter and is not kept", f.Key, shorten(f))
		}
	}
	return m, ds
}

// names reports whether an aliases setting lists names rather than web
// addresses (Hugo's aliases are addresses).
func names(f parse.ForeignField) bool {
	vs := values(f)
	for _, v := range vs {
		if strings.HasPrefix(v, "/") || strings.Contains(v, "://") || strings.TrimSpace(v) == "" {
			return false
		}
	}
	return len(vs) > 0
}

func values(f parse.ForeignField) []string {
	if f.IsList {
		return f.List
	}
	return []string{f.Value}
}

// shorten writes a setting's value for a message, at most 60 characters.
func shorten(f parse.ForeignField) string {
	s := f.Value
	switch {
	case f.Nested:
		s = "a nested setting"
	case f.IsList:
		s = "[" + strings.Join(f.List, ", ") + "]"
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	if s == "" {
		s = "empty"
	}
	return s
}

// baseLanguage turns "nl-NL", "en_US" or "NL" into "nl".
func baseLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	return s
}
