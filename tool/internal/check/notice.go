package check

import (
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/diff"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// noticePeriods checks the versions of each document against each other:
// a published version with substantive changes must not take effect sooner
// after its publication than the notice period of the version it replaces
// allows, and the editor's explanations ("changes") must name clauses or
// terms of the version and should name ones that changed. The rules of
// versions (order, predecessor, notice period, objection) are package
// history's.
func noticePeriods(docs []*model.Document) diag.List {
	var ds diag.List
	seen := map[string]bool{}
	for _, d := range docs {
		if seen[d.Meta.ID] || d.Meta.ID == "" {
			continue
		}
		seen[d.Meta.ID] = true
		versions := history.Versions(docs, d.Meta.ID)
		for _, v := range versions {
			prev := history.Predecessor(versions, v)
			var r *diff.Result
			if prev != nil && (v.Meta.Status == model.StatusPublished || len(v.Meta.Changes) > 0) {
				r = diff.Compare(prev, v)
			}
			ds = append(ds, changeNotes(v, prev, r)...)
			if r != nil && v.Meta.Status == model.StatusPublished {
				ds = append(ds, noticePeriod(versions, v, prev, r)...)
			}
		}
	}
	return ds
}

func noticePeriod(versions []*model.Document, v, prev *model.Document, r *diff.Result) diag.List {
	var ds diag.List
	if r.Summary.Substantive == 0 {
		return nil
	}
	add := func(key string, sev diag.Severity, code, format string, args ...any) {
		p, ok := v.MetaPos[key]
		if !ok {
			p = model.Pos{Line: 1, Col: 1}
		}
		ds.Add(v.Path, p.Line, p.Col, sev, code, format, args...)
	}
	t := history.Timing(prev, v)
	if t.Period.IsZero() {
		return nil
	}
	switch {
	case t.Unknown != "":
		add(t.Unknown, diag.Warning, "notice-period-unknown",
			"version %s changes %s in substance, but its %s date is unknown, so the notice period of %s cannot be checked",
			v.Meta.Version, clauses(r.Summary.Substantive), t.Unknown, t.Period.Text)
	case t.TooSoon:
		days := int(v.Meta.Effective.Time().Sub(v.Meta.Published.Time()).Hours() / 24)
		add("effective", diag.Error, "notice-period",
			"version %s changes %s in substance and takes effect on %s, %d days after its publication on %s; the notice period of %s (version %s) allows %s at the earliest",
			v.Meta.Version, clauses(r.Summary.Substantive), v.Meta.Effective, days, v.Meta.Published, t.Period.Text, t.From.Meta.Version, t.Earliest)
	}
	if history.Objection(versions, v) == "" {
		add("version", diag.Warning, "notice-objection",
			"version %s changes %s in substance, but no version says what customers can do if they disagree: add objection: to the front matter",
			v.Meta.Version, clauses(r.Summary.Substantive))
	}
	return ds
}

// changeNotes checks that the editor's explanations name something: a
// clause or defined term of this version, or a clause removed since the
// previous one; and warns about explanations of clauses that did not
// change.
func changeNotes(v, prev *model.Document, r *diff.Result) diag.List {
	var ds diag.List
	if len(v.Meta.Changes) == 0 {
		return nil
	}
	byKey := map[string]*model.Clause{}
	v.Walk(func(c *model.Clause) {
		for _, k := range []string{diff.Label(c), c.Number, c.Anchor} {
			if k != "" {
				byKey[k] = c
			}
		}
	})
	terms := map[string]bool{}
	for _, def := range v.AllDefinitions() {
		terms[def.Term] = true
	}
	changed := map[*model.Clause]bool{}
	removed := map[string]bool{}
	defChanged := map[string]bool{}
	if r != nil {
		for _, c := range r.Changes(false) {
			if c.New != nil {
				changed[c.New] = true
			} else if c.Old != nil {
				removed[diff.Label(c.Old)] = true
				removed[c.Old.Number] = true
			}
		}
		for _, d := range r.Definitions {
			defChanged[d.Term] = true
		}
	}
	for _, n := range v.Meta.Changes {
		switch c := byKey[n.Target]; {
		case c != nil:
			if r != nil && !changed[c] {
				ds.Add(v.Path, n.Pos.Line, n.Pos.Col, diag.Warning, "changes-unchanged",
					"changes explains %s, which did not change since version %s", n.Target, prev.Meta.Version)
			}
		case terms[n.Target]:
			if r != nil && !defChanged[n.Target] {
				ds.Add(v.Path, n.Pos.Line, n.Pos.Col, diag.Warning, "changes-unchanged",
					"changes explains the definition of %q, which did not change since version %s", n.Target, prev.Meta.Version)
			}
		case removed[n.Target]:
		default:
			ds.Add(v.Path, n.Pos.Line, n.Pos.Col, diag.Error, "changes-target",
				"changes names %q, which is no clause number or defined term of this version", n.Target)
		}
	}
	return ds
}

func clauses(n int) diag.Phrase {
	if n == 1 {
		return diag.Phrasef("%d clause", n)
	}
	return diag.Phrasef("%d clauses", n)
}
