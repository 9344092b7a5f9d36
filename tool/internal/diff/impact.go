package diff

import (
	"slices"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Reference issues.
const (
	IssueTargetRemoved    = "target-removed"    // the clause the reference named was removed
	IssueTargetRenumbered = "target-renumbered" // the reference kept its number, but its clause moved on: the number names something else
	IssueTargetAmended    = "target-amended"    // the reference is unchanged, but the clause it names changed in substance
)

// definitions aligns the defined terms of two versions by term.
func definitions(oldDoc, newDoc *model.Document, cls *classifier) []*DefChange {
	olds := map[string]*model.Definition{}
	for _, d := range oldDoc.Definitions {
		olds[d.Term] = d
	}
	news := map[string]bool{}
	var out []*DefChange
	for _, n := range newDoc.Definitions {
		news[n.Term] = true
		o, ok := olds[n.Term]
		if !ok {
			out = append(out, &DefChange{Kind: Added, Term: n.Term, New: n, Substantive: true, Text: WordDiff("", n.Text)})
			continue
		}
		t := WordDiff(o.Text, n.Text)
		cls.classify(t)
		labelChanged := !slices.Equal(o.Aliases, n.Aliases) || o.Statutory != n.Statutory
		if !t.Changed() && !labelChanged {
			continue
		}
		d := &DefChange{Kind: Amended, Term: n.Term, Old: o, New: n, Text: t,
			Substantive: t.Substantive() || labelChanged}
		if !d.Substantive {
			d.Reasons = t.Reasons()
		}
		out = append(out, d)
	}
	for _, o := range oldDoc.Definitions {
		if !news[o.Term] {
			out = append(out, &DefChange{Kind: Removed, Term: o.Term, Old: o, Substantive: true, Text: WordDiff(o.Text, "")})
		}
	}
	return out
}

// impact lists, for every substantive definition change, the clauses of the
// new version that use the term, and marks their changes.
func (r *Result) impact(a *aligner) {
	newOf := map[*model.Clause]*model.Clause{}
	for _, v := range a.new {
		if v.match >= 0 {
			newOf[a.old[v.match].clause] = v.clause
		}
	}
	changeOf := map[*model.Clause]*Change{}
	for _, c := range r.Entries {
		if c.New != nil {
			changeOf[c.New] = c
		}
	}
	for _, d := range r.Definitions {
		if !d.Substantive {
			continue
		}
		seen := map[*model.Clause]bool{}
		add := func(c *model.Clause) {
			if c != nil && !seen[c] {
				seen[c] = true
				d.Affects = append(d.Affects, c)
			}
		}
		if d.New != nil {
			for _, u := range d.New.Uses {
				if u.Document == r.New.Meta.ID && u.Clause != "" {
					add(r.New.Clause(u.Clause))
				}
			}
		} else {
			for _, u := range d.Old.Uses {
				if u.Document == r.Old.Meta.ID && u.Clause != "" {
					add(newOf[r.Old.Clause(u.Clause)])
				}
			}
		}
		for _, c := range d.Affects {
			if ch := changeOf[c]; ch != nil && !slices.Contains(ch.AffectedBy, d.Term) {
				ch.AffectedBy = append(ch.AffectedBy, d.Term)
			}
		}
	}
}

// references finds the references of the new version that were left as
// they were while the clause they named was removed, renumbered or amended.
func references(a *aligner, r *Result) []*RefIssue {
	newOf := map[*model.Clause]*model.Clause{}
	oldOf := map[*model.Clause]*model.Clause{}
	for _, v := range a.new {
		if v.match >= 0 {
			newOf[a.old[v.match].clause] = v.clause
			oldOf[v.clause] = a.old[v.match].clause
		}
	}
	changeOf := map[*model.Clause]*Change{}
	for _, c := range r.Entries {
		if c.New != nil {
			changeOf[c.New] = c
		}
	}
	oldRefs := indexRefs(r.Old)
	newRefs := indexRefs(r.New)
	var out []*RefIssue
	for _, ref := range r.New.References {
		nc := r.New.Clause(ref.Clause)
		if !localRef(ref) || nc == nil {
			continue
		}
		oc := oldOf[nc]
		if oc == nil {
			continue
		}
		old := oldRefs.get(oc.Anchor, ref.Text, newRefs.occurrence(nc.Anchor, ref))
		if old == nil || !old.Resolved {
			continue
		}
		was := targetClause(r.Old, old)
		if was == nil {
			continue
		}
		now := newOf[was]
		names := targetClause(r.New, ref)
		issue := &RefIssue{Clause: nc, Text: ref.Text, Target: ref.Target, Was: was, Now: now, Names: names}
		switch {
		case now == nil:
			issue.Issue = IssueTargetRemoved
		case now != names:
			issue.Issue = IssueTargetRenumbered
		case changeOf[now] != nil && changeOf[now].TextChanged && changeOf[now].Text.Substantive() &&
			changeOf[nc] != nil && !changeOf[nc].TextChanged:
			issue.Issue = IssueTargetAmended
		default:
			continue
		}
		out = append(out, issue)
	}
	return out
}

func localRef(ref *model.Reference) bool {
	return (ref.Kind == model.RefClause || ref.Kind == model.RefItem) && ref.Document == "" && ref.Clause != ""
}

// refIndex finds the references of a document by the clause they stand in
// and the way they are written.
type refIndex struct {
	byText map[string]map[string][]*model.Reference // clause anchor, text
	nth    map[*model.Reference]int                 // a reference's place among those
}

func indexRefs(d *model.Document) refIndex {
	ix := refIndex{byText: map[string]map[string][]*model.Reference{}, nth: map[*model.Reference]int{}}
	for _, ref := range d.References {
		if !localRef(ref) {
			continue
		}
		texts := ix.byText[ref.Clause]
		if texts == nil {
			texts = map[string][]*model.Reference{}
			ix.byText[ref.Clause] = texts
		}
		ix.nth[ref] = len(texts[ref.Text])
		texts[ref.Text] = append(texts[ref.Text], ref)
	}
	return ix
}

// occurrence tells which of the references written like ref in the clause
// ref is: 0 for the first.
func (ix refIndex) occurrence(clause string, ref *model.Reference) int {
	same := ix.byText[clause][ref.Text]
	if k, ok := ix.nth[ref]; ok && k < len(same) && same[k] == ref {
		return k
	}
	return len(same)
}

// get returns the k-th reference written as text in the clause, or nil.
func (ix refIndex) get(clause, text string, k int) *model.Reference {
	if same := ix.byText[clause][text]; k < len(same) {
		return same[k]
	}
	return nil
}

// targetClause returns the clause a reference names: the clause itself, or
// the clause holding the sub-item it names.
func targetClause(d *model.Document, ref *model.Reference) *model.Clause {
	if !ref.Resolved {
		return nil
	}
	if ref.Kind == model.RefItem {
		if it := d.Item(ref.Target); it != nil {
			return it.Clause
		}
		return nil
	}
	return d.Clause(ref.Target)
}

// markDefinitionLines finds the clause changes that are nothing but changed
// entries of a definitions table or list.
func (r *Result) markDefinitionLines() {
	if len(r.Definitions) == 0 {
		return
	}
	for _, c := range r.Entries {
		if c.Old == nil || c.New == nil || !c.TextChanged {
			continue
		}
		oldLines, newLines := changedLines(c.Text)
		if len(oldLines)+len(newLines) == 0 {
			continue
		}
		ok := true
		for _, l := range oldLines {
			ok = ok && r.definitionLine(l, c.Old.Anchor, true)
		}
		for _, l := range newLines {
			ok = ok && r.definitionLine(l, c.New.Anchor, false)
		}
		c.DefinitionsOnly = ok
	}
}

// definitionLine reports whether a line of a clause is the entry of a
// changed definition made in that clause.
func (r *Result) definitionLine(line, clause string, old bool) bool {
	line = collapseSpace(line)
	for _, d := range r.Definitions {
		def := d.New
		if old {
			def = d.Old
		}
		if def == nil || def.Clause != clause || def.Kind == model.DefInline || def.Text == "" {
			continue
		}
		if strings.Contains(line, def.Text) && strings.Contains(line, def.Term) {
			return true
		}
	}
	return false
}

// changedLines returns the lines of the old text that lost words and the
// lines of the new text that gained words.
func changedLines(t *TextDiff) (olds, news []string) {
	oldSet, newSet := map[int]bool{}, map[int]bool{}
	oi, ni := 0, 0
	for _, s := range t.Segments {
		n := strings.Count(s.Text, "\n")
		switch s.Op {
		case Delete:
			for k := 0; k <= n; k++ {
				oldSet[oi+k] = true
			}
			oi += n
		case Insert:
			for k := 0; k <= n; k++ {
				newSet[ni+k] = true
			}
			ni += n
		default:
			oi += n
			ni += n
		}
	}
	ol, nl := strings.Split(t.Old, "\n"), strings.Split(t.New, "\n")
	for i := range ol {
		if oldSet[i] {
			olds = append(olds, ol[i])
		}
	}
	for i := range nl {
		if newSet[i] {
			news = append(news, nl[i])
		}
	}
	return olds, news
}
