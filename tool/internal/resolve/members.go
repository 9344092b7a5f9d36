package resolve

import (
	"strings"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// An article's paragraphs (leden) and parts (onderdelen) are its items, or
// its sub-clauses: "artikel 10 lid 2" is item 10.2 when the leden are
// written as a list, clause 10.2 when they are numbered 10.1, 10.2.

// memberTail reads what follows an article number at byte at: the
// paragraph (" lid 2", ", tweede lid", " Abs. 2", ", alinéa 2") and the
// part (", onderdeel c", " onder b", " lit. f") it names. It returns their
// labels and the byte after them; end is at when there are none.
func memberTail(s string, at int) (labels []string, end int) {
	end = at
	for len(labels) < 2 {
		j := skipComma(s, end)
		if j == end {
			break
		}
		label, next := memberPhrase(s, j, len(labels) == 0)
		if label == "" {
			break
		}
		labels, end = append(labels, label), next
	}
	return labels, end
}

// memberPhrase reads one qualifier at byte j: a member word and its number
// ("lid 2"), ordinals and a member word ("tweede en derde lid", of which
// the first counts), or a part word and its label ("onderdeel c"). member
// allows a paragraph; a part may always come.
func memberPhrase(s string, j int, member bool) (string, int) {
	w, _, we := keyword(s, j)
	switch {
	case member && lang.MemberWords[w]:
		if n, ne := labelAt(s, we, true); n != "" {
			return n, ne
		}
	case member && lang.Ordinals[w] > 0:
		first := lang.Ordinals[w]
		p := we
		for k := 0; k < 8; k++ {
			q := skipComma(s, p)
			if q == p {
				return "", j
			}
			w2, _, e2 := keyword(s, q)
			switch {
			case lang.MemberWords[w2]:
				return itoa(first), e2
			case lang.Ordinals[w2] > 0, w2 == "en", w2 == "tot", w2 == "met", w2 == "and", w2 == "to", w2 == "et", w2 == "und", w2 == "het":
				p = e2
			default:
				return "", j
			}
		}
	case lang.PartWords[w]:
		if n, ne := labelAt(s, we, false); n != "" {
			return n, ne
		}
	}
	return "", j
}

// keyword returns the lower-cased word at byte j, with a full stop that
// belongs to it ("abs.", "lit."), and where it ends.
func keyword(s string, j int) (string, int, int) {
	w, ws, we := wordAt(s, j)
	low := strings.ToLower(w)
	if we < len(s) && s[we] == '.' && (lang.MemberWords[low+"."] || lang.PartWords[low+"."]) {
		return low + ".", ws, we + 1
	}
	return low, ws, we
}

// labelAt reads the label after a member or part word that ends at byte
// p: a number ("2", "50a") or, for a part, a letter label ("c", "1°",
// "(b)").
func labelAt(s string, p int, member bool) (string, int) {
	q := skipComma(s, p)
	if q == p || q >= len(s) || s[q-1] == ',' {
		return "", p
	}
	raw, _, we := wordAt(s, q)
	label := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(raw, "("), ")"), "°")
	switch {
	case allDigits(label) && len(label) <= 2:
	case !member && len(label) <= 3 && allLower(label):
	default:
		return "", p
	}
	return label, we
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

func allLower(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// member is the target of an article's paragraph or part.
type member struct {
	kind     model.RefKind
	target   string
	resolved bool
	doubt    reason // when unresolved: why legalkit cannot be sure
}

// memberOf resolves the labels (paragraph, part) of article art: an item
// or sub-clause of the article when there is one; the article itself when
// legalkit found no numbered paragraphs in it (the link still leads to
// the right article); dangling when the article has paragraphs but not
// this one.
func memberOf(doc *model.Document, art *model.Clause, labels []string) member {
	return memberIn(doc, art, labels, false)
}

// memberIn is memberOf; strict makes a missing first label dangling even
// in an article without paragraphs: an item label written in brackets
// after the number ("2.1 z)", "Section 3.3(c)") leaves no doubt.
func memberIn(doc *model.Document, art *model.Clause, labels []string, strict bool) member {
	path := art.Anchor
	var found member
	for i, l := range labels {
		path += "." + l
		if doc.Item(path) != nil {
			found = member{kind: model.RefItem, target: path, resolved: true}
		} else if doc.Clause(path) != nil {
			found = member{kind: model.RefClause, target: path, resolved: true}
		} else if i == 0 || !found.resolved {
			if hasLabelled(art, l) {
				return member{kind: model.RefItem, target: path}
			}
			if strict && i == 0 {
				return member{kind: model.RefItem, target: path,
					doubt: because(doubtNoItems, l, art.Anchor)}
			}
			return member{kind: model.RefClause, target: art.Anchor, resolved: true}
		}
	}
	return found
}

// hasLabelled reports whether clause c has paragraphs or parts labelled
// like l: numbers for a number, letters for a letter. Only then does a
// missing label point nowhere for certain.
func hasLabelled(c *model.Clause, l string) bool {
	digit := isDigit(l[0])
	for _, it := range c.Items {
		if it.Parent == nil && it.Label != "" && isDigit(it.Label[0]) == digit {
			return true
		}
	}
	for _, ch := range c.Children {
		n := ch.Number[strings.LastIndexByte(ch.Number, '.')+1:]
		if n != "" && isDigit(n[0]) == digit {
			return true
		}
	}
	return false
}

// relative resolves a paragraph or item named without its article ("lid
// 3", "het eerste lid", "paragraph 1", "onder 2") within the clause it
// stands in: its own items and sub-clauses, then those of the clauses
// around it.
func (r *resolver) relative(clause *model.Clause, label string, kind lang.CueKind) member {
	if clause == nil {
		return member{kind: model.RefItem, target: label, doubt: because(doubtOutside)}
	}
	for c := clause; c != nil && c.Number != ""; c = c.Parent {
		path := c.Anchor + "." + label
		if it := r.doc.Item(path); it != nil && it.Clause == c {
			return member{kind: model.RefItem, target: path, resolved: true}
		}
		if ch := r.doc.Clause(path); ch != nil && ch.Parent == c {
			return member{kind: model.RefClause, target: path, resolved: true}
		}
		if kind == lang.CueItem {
			if it := nestedItem(c, label); it != nil {
				return member{kind: model.RefItem, target: it.Anchor, resolved: true}
			}
		}
	}
	if clause.Number == "" {
		return member{kind: model.RefItem, target: clause.Anchor + "." + label,
			doubt: because(doubtNotArticle, clause.Anchor)}
	}
	if hasLabelled(clause, label) && !chapterWords[strings.ToLower(clause.Prefix)] {
		return member{kind: model.RefItem, target: clause.Anchor + "." + label}
	}
	return member{kind: model.RefItem, target: clause.Anchor + "." + label,
		doubt: because(doubtNoParagraphs, clause.Anchor)}
}

// chapterWords head a division above articles: a paragraph named in it
// belongs to an article legalkit did not find.
var chapterWords = map[string]bool{"hoofdstuk": true, "afdeling": true, "titel": true, "deel": true, "chapter": true,
	"part": true, "kapitel": true, "abschnitt": true, "teil": true, "chapitre": true, "titre": true}

// nestedItem is the one nested item of c with the label, or nil when there
// is none or more than one.
func nestedItem(c *model.Clause, label string) *model.Item {
	var found *model.Item
	for _, it := range c.Items {
		if it.Label == label {
			if found != nil {
				return nil
			}
			found = it
		}
	}
	return found
}

// articleAfter reads " van artikel 2.2", " of Section 4", " des § 3" after
// a relative paragraph at byte at: the article number and the byte after it.
func articleAfter(s string, at int) (string, int) {
	j := skipComma(s, at)
	if j == at {
		return "", at
	}
	for _, intro := range []string{"van artikel ", "van art. ", "of section ", "of article ", "of clause ", "des § ", "de l'article ", "de l’article ", "du § "} {
		if len(s)-j < len(intro) || !strings.EqualFold(s[j:j+len(intro)], intro) {
			continue
		}
		p := j + len(intro)
		q := p
		for q < len(s) && (isDigit(s[q]) || s[q] == '.' && q+1 < len(s) && isDigit(s[q+1])) {
			q++
		}
		if q < len(s) && s[q] >= 'a' && s[q] <= 'z' && boundaryAfter(s, q+1) {
			q++
		}
		if q > p && boundaryAfter(s, q) {
			return s[p:q], q
		}
	}
	return "", at
}

// ordinals finds paragraphs named by ordinal without an article number
// before them: "het eerste lid", "in het tweede lid bedoelde", "le premier
// alinéa", and "subsection (a)" or "paragraph (b)" of the clause they
// stand in.
func (r *resolver) ordinals(s string, taken []span, clause *model.Clause) []span {
	if !containsAny(s, ordinalHints) {
		return nil
	}
	var out []span
	free := newSpanCursor(taken)
	for i := 0; i < len(s); {
		w, ws, we := wordAt(s, i)
		next := we + 1
		if w == "" {
			next = i + 1
		}
		low := strings.ToLower(w)
		var sp *span
		switch {
		case lang.Ordinals[low] > 0 && boundaryBefore(s, ws) && numberBefore(s, ws):
			// "6a.14, tweede tot en met zevende lid": the article's, read
			// with it or not at all, never a paragraph of this article
			if _, end := memberPhrase(s, ws, true); end > next {
				next = end
			}
		case lang.Ordinals[low] > 0 && boundaryBefore(s, ws):
			sp = r.ordinalMember(s, ws, clause)
		case (low == "subsection" || low == "paragraph") && we+2 < len(s) && s[we] == ' ' && s[we+1] == '(':
			sp = r.bracketMember(s, ws, we, clause)
		}
		if sp != nil && !free.overlaps(sp.start, sp.end) {
			out = append(out, *sp)
			next = sp.end
		}
		i = max(next, i+1)
	}
	return out
}

var ordinalHints = []string{"lid", "leden", "alinéa", "ubsection", "aragraph"}

// numberBefore reports whether a number (and a comma) stands right before
// byte i: "artikel 40, eerste lid" is read with the article.
func numberBefore(s string, i int) bool {
	t := strings.TrimRight(s[:i], " ,")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if r >= 'a' && r <= 'z' && len(t) >= 2 && isDigit(t[len(t)-2]) {
		return true // "artikel 50g, eerste lid"
	}
	return isDigit(t[len(t)-1]) || r == ')'
}

// ordinalMember reads "eerste lid" (with "tot en met het derde" between)
// starting at the ordinal at byte ws.
func (r *resolver) ordinalMember(s string, ws int, clause *model.Clause) *span {
	label, end := memberPhrase(s, ws, true)
	if label == "" {
		return nil
	}
	start := ws
	switch before := strings.ToLower(s[max(0, ws-4):ws]); {
	case before == "het ":
		start = ws - len(before)
	case strings.HasSuffix(before, " le "), before[max(0, len(before)-3):] == "le " && ws == 3:
		start = ws - len("le ")
	}
	return r.memberSpan(s, start, end, label, clause, "lid")
}

// bracketMember reads "subsection (a)" at byte ws.
func (r *resolver) bracketMember(s string, ws, we int, clause *model.Clause) *span {
	close := strings.IndexByte(s[we+2:min(len(s), we+7)], ')')
	if close <= 0 {
		return nil
	}
	label := s[we+2 : we+2+close]
	if !allLower(label) && !allDigits(label) {
		return nil
	}
	return r.memberSpan(s, ws, we+3+close, label, clause, strings.ToLower(s[ws:we]))
}

// memberSpan makes the span of a relative paragraph s[start:end] with its
// label, read within the article named after it or the clause it stands in.
func (r *resolver) memberSpan(s string, start, end int, label string, clause *model.Clause, cue string) *span {
	var m member
	if num, e := articleAfter(s, end); num != "" {
		end = e
		if sc := r.scopeAfter(s, e); sc.kind == scopeOther {
			return &span{start: start, end: end, external: true}
		}
		if art := r.doc.Clause(num); art != nil {
			m = memberOf(r.doc, art, []string{label})
		} else {
			m = member{kind: model.RefClause, target: num}
		}
	} else {
		if sc := r.scopeAfter(s, end); sc.kind == scopeOther {
			return &span{start: start, end: end, external: true}
		}
		m = r.listMember(s, start, end, clause, label, lang.CueMember)
	}
	ref := &model.Reference{Kind: m.kind, Target: m.target, Resolved: m.resolved, Cue: cue, Doubt: m.doubt.format, DoubtArgs: m.doubt.args, Text: s[start:end]}
	return &span{start: start, end: end, link: start, ref: ref}
}
