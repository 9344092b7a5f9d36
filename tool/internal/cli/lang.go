package cli

import (
	"strings"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// langFlag is --lang, the language of the findings printed.
func langFlag() ucli.Flag {
	return &ucli.StringFlag{Name: "lang", Usage: "write the findings in `LANGUAGE`: " + strings.Join(lang.MessageLanguages, " or ") +
		" (default: the language of the document each finding is in; English for other files)"}
}

// findingsLanguage is what --lang chose: the language of each file's
// findings and that of the summary (--lang, else the one language of all
// the documents, else English). It is a usage error for a language
// legalkit cannot write findings in.
type findingsLanguage struct {
	of      func(file string) string
	summary string
}

func chooseLanguage(c *ucli.Context, docs []*model.Document) (findingsLanguage, error) {
	if l := c.String("lang"); l != "" {
		for _, known := range lang.MessageLanguages {
			if l == known {
				return findingsLanguage{of: func(string) string { return l }, summary: l}, nil
			}
		}
		return findingsLanguage{}, usagef("--lang %q: use %s", l, strings.Join(lang.MessageLanguages, " or "))
	}
	byFile := map[string]string{}
	summary := ""
	for i, d := range docs {
		byFile[d.Path] = d.Meta.Language
		if i == 0 || summary == d.Meta.Language {
			summary = d.Meta.Language
		} else {
			summary = "en"
		}
	}
	if summary == "" {
		summary = "en"
	}
	return findingsLanguage{of: func(file string) string { return byFile[file] }, summary: summary}, nil
}

// in writes the findings in the chosen languages.
func (fl findingsLanguage) in(ds diag.List) diag.List { return ds.In(fl.of) }
