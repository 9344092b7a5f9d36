package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// scopeKind says which text a reference points into, as the words after it
// say.
type scopeKind int

const (
	scopeNone  scopeKind = iota // nothing after the reference names a text
	scopeSelf                   // "van deze wet", "hereof": this document, said so
	scopeOther                  // another text: "van de Tabakswet", "of the FTC Act", "van die wet"
)

// scope is what scopeAfter read.
type scopeInfo struct {
	kind    scopeKind
	n       int    // bytes read, from the byte asked about
	statute string // for another text that is a known statute: its id
	byHead  bool   // this document only by the main word of its title: "of the Agreement" in a Data Processing Agreement
}

// maxScopeHops is how many divisions ("van titel 5 van Boek 6") a scope
// phrase may pass through before it names a text.
const maxScopeHops = 3

// scopeAfter reads the phrase after a reference that ends at byte at:
// ", van deze wet", " van de Participatiewet", " of the Security section of
// our Privacy Policy", " van afdeling 5 van titel 5 van Boek 6".
func (r *resolver) scopeAfter(s string, at int) scopeInfo {
	i := at
	for hop := 0; hop <= maxScopeHops; hop++ {
		j := skipComma(s, i)
		if j == i || j >= len(s) {
			return scopeInfo{}
		}
		rest := s[j:min(len(s), j+80)]
		low := strings.ToLower(rest)
		for _, p := range lang.SelfScopes {
			if strings.HasPrefix(low, strings.TrimPrefix(p, " ")) {
				return scopeInfo{kind: scopeSelf, n: j - at + phraseEnd(rest, len(strings.TrimPrefix(p, " ")), p)}
			}
		}
		for _, p := range lang.OtherScopes {
			if strings.HasPrefix(low, p) {
				return scopeInfo{kind: scopeOther, n: j - at + phraseEnd(rest, len(p), p)}
			}
		}
		name, start, end, ok := scopeName(s, j)
		if !ok {
			return scopeInfo{}
		}
		if start == j && !directAct(name) {
			return scopeInfo{} // a name right after the number must look like an act: "artikel 13 Grondwet"
		}
		first, _, _ := strings.Cut(name, " ")
		if annexWord(first) && strings.Contains(name, " ") {
			if len(r.doc.Meta.Title) >= len(name) && strings.EqualFold(r.doc.Meta.Title[:len(name)], name) {
				return scopeInfo{kind: scopeSelf, n: end - at} // "Section 3 of Schedule 2" in "Schedule 2 – Support"
			}
			return scopeInfo{kind: scopeOther, n: end - at} // "Section 3 of Exhibit A": the exhibit's own section
		}
		if next, ok := structureHop(s, start, first); ok {
			i = next
			continue
		}
		if !startsUpper(name) && !euAct(first) {
			return scopeInfo{}
		}
		if st, ok := lang.Statutes[name]; ok {
			return scopeInfo{kind: scopeOther, n: end - at, statute: st.ID}
		}
		if r.namesSelf(name) {
			return scopeInfo{kind: scopeSelf, n: end - at, byHead: !r.namesSelfExactly(name)}
		}
		if lang.ActName(name) {
			return scopeInfo{kind: scopeOther, n: end - at}
		}
		return scopeInfo{}
	}
	return scopeInfo{}
}

// annexWord reports whether w names an annex: "Exhibit", "Bijlage".
func annexWord(w string) bool {
	for _, a := range lang.AnnexWords {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return strings.EqualFold(w, "Anlage") || strings.EqualFold(w, "Annexe")
}

// skipComma skips an optional comma and the spaces after byte i; it
// returns i when no space follows.
func skipComma(s string, i int) int {
	j := i
	if j < len(s) && s[j] == ',' {
		j++
	}
	k := j
	for k < len(s) && (s[k] == ' ' || isRESpace(s[k])) {
		k++
	}
	if k == j {
		return i
	}
	return k
}

// phraseEnd returns where a scope phrase of n bytes at the start of rest
// ends: a phrase ending in a space takes the word after it ("van deze wet").
func phraseEnd(rest string, n int, p string) int {
	if !strings.HasSuffix(p, " ") {
		return n
	}
	e := n
	for e < len(rest) {
		c, w := utf8.DecodeRuneInString(rest[e:])
		if !isWordRune(c) {
			break
		}
		e += w
	}
	return e
}

// scopeName reads a scope intro ("van de ", "of the ", "des ") at byte j,
// or none, and the name after it: capitalised words, numbers and
// connectors within a name ("Wetboek van Burgerlijke Rechtsvordering",
// "Richtlijn 89/552/EEG", "Boek 7"). start and end are the name's bytes.
func scopeName(s string, j int) (name string, start, end int, ok bool) {
	start = j
	for _, intro := range lang.ScopeIntros {
		if strings.HasPrefix(s[j:], intro) {
			start = j + len(intro)
			break
		}
	}
	var words []string
	end = start
	for p := start; len(words) < 8; {
		w, ws, we := wordAt(s, p)
		if w == "" {
			break
		}
		if len(words) > 0 && !nameWord(w) && euAct(w) {
			words = append(words, w) // "Europese richtlijn 2011/83/EU": the act word ends the name
			end = ws + len(w)
			break
		}
		if len(words) > 0 && !nameWord(w) {
			// a connector inside a name, when a capitalised word follows
			if !nameConnector(w) {
				break
			}
			if n, _, _ := wordAt(s, we+1); n == "" || !startsUpper(n) {
				break
			}
		} else if len(words) == 0 && !nameWord(w) && !lang.StructureWords[strings.ToLower(w)] && !euAct(w) {
			break
		}
		words = append(words, w)
		end = ws + len(w)
		if len(words) > 1 && lang.ActName(w) && !allCaps(w) {
			break // "Federal Trade Commission Act": the name ends with its act word
		}
		if we >= len(s) || s[we] != ' ' {
			break
		}
		p = we + 1
	}
	if len(words) == 0 {
		return "", 0, 0, false
	}
	// trailing connectors are no part of the name
	for len(words) > 1 && nameConnector(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	name = strings.Join(words, " ")
	return name, start, start + len(name), true
}

// wordAt returns the word at byte p (up to a space, or a comma, semicolon
// or full stop that ends it) and where it starts and ends.
func wordAt(s string, p int) (string, int, int) {
	e := p
	for e < len(s) && s[e] != ' ' && s[e] != '\n' {
		e++
	}
	w := strings.TrimRight(s[p:e], ",;:.")
	if strings.HasSuffix(w, ")") && !strings.Contains(w, "(") {
		w = strings.TrimSuffix(w, ")")
	}
	if w == "" {
		return "", p, p
	}
	return w, p, p + len(w)
}

// euAct reports whether w, in lower case too, names a European or other
// instrument that is never this document: "richtlijn nr. 2002/21/EG", "de
// notificatierichtlijn", "het wetboek van Strafvordering". A compound
// counts ("roamingverordening"); the bare word "wet" does not ("van de wet"
// may be this one).
func euAct(w string) bool {
	low := strings.ToLower(w)
	switch low {
	case "richtlijn", "verordening", "directive", "regulation", "richtlinie", "verordnung", "règlement", "wetboek":
		return true
	}
	for _, a := range []string{"richtlijn", "verordening", "richtlinie", "verordnung", "wetboek", "wet"} {
		if len(low) >= len(a)+4 && strings.HasSuffix(low, a) && isLetter(low[0]) {
			return true
		}
	}
	return false
}

func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.HasPrefix(w, "(")
}

func nameConnector(w string) bool {
	switch w {
	case "van", "voor", "op", "of", "on", "for", "and", "the", "und", "der", "des", "de", "du", "la", "et":
		return true
	}
	return false
}

func allCaps(w string) bool { return strings.ToUpper(w) == w }

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// directAct reports whether a name written right after a reference, with
// no "van"/"of" before it, is an act: "Grondwet", "Telemediengesetz". An
// abbreviation is not enough: "2.3 API en Ontwikkelaccounts" is a clause
// and its title (known statutes are found before).
func directAct(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	low := strings.ToLower(first)
	for _, a := range []string{"wet", "wetboek", "gesetz", "gesetzes", "gesetzbuch", "verordnung", "ordnung"} {
		if strings.HasSuffix(low, a) {
			return true
		}
	}
	return false
}

// structureHop passes over a division in a scope phrase, "titel 5" in
// "van titel 5 van Boek 6", and returns the byte after it.
func structureHop(s string, start int, first string) (int, bool) {
	if !lang.StructureWords[strings.ToLower(first)] {
		return 0, false
	}
	_, _, we := wordAt(s, start)
	num, ns, ne := wordAt(s, we+1)
	if num == "" || ns != we+1 || !startsDigitOrRoman(num) {
		return 0, false
	}
	return ne, true
}

func startsDigitOrRoman(w string) bool {
	return isDigit(w[0]) || strings.Trim(w, "IVXLC") == "" || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// namesSelf reports whether a name after a reference is this document: its
// title or an alias, or the title's main word ("van de Voorwaarden" in the
// Algemene Voorwaarden, "of the Agreement" in the Cloud Service
// Agreement).
func (r *resolver) namesSelf(name string) bool {
	if r.namesSelfExactly(name) {
		return true
	}
	low := strings.ToLower(name)
	title := strings.ToLower(r.doc.Meta.Title)
	words := strings.Fields(low)
	head := words[len(words)-1]
	return utf8.RuneCountInString(head) >= 4 && strings.Contains(title, head)
}

// namesSelfExactly reports whether a name is this document's title or one
// of its aliases.
func (r *resolver) namesSelfExactly(name string) bool {
	if strings.EqualFold(name, r.doc.Meta.Title) {
		return true
	}
	for _, a := range r.doc.Meta.Aliases {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// listWords may stand between a reference and the scope phrase that ends
// its list: "artikel 74 leden 1, tweede zin, 2 en 4 van Boek 3", "§ 4
// Absatz 2 Satz 1 des Telemediengesetzes". Lower case.
var listWords = func() map[string]bool {
	m := map[string]bool{"zin": true, "volzin": true, "satz": true, "sentence": true, "phrase": true,
		"nummer": true, "nummern": true, "nr.": true, "nrn.": true, "buchstabe": true, "artikel": true,
		"artikelen": true, "art.": true, "§": true, "§§": true, "article": true, "articles": true,
		"section": true, "sections": true, "clause": true, "clauses": true, "het": true, "de": true,
		"alsmede": true, "sowie": true, "tot": true, "met": true, "bis": true, "en": true, "und": true,
		"and": true, "or": true, "oder": true, "et": true, "ou": true, "à": true, "to": true, "through": true,
		// articles and conjunctions of coordinated lists: "die §§ 59 und 60,
		// die §§ 78 …", "artikel 126n, dan wel artikel 126u, van …", "§ 111 in
		// Verbindung mit § 105 der …", "artikel 2 juncto artikel 4 van …"
		"die": true, "den": true, "the": true, "les": true, "of": true, "dan": true, "wel": true,
		"juncto": true, "jo.": true, "in": true, "verbindung": true, "mit": true, "i.v.m.": true,
		"respectievelijk": true, "onderscheidenlijk": true, "alsook": true}
	for w := range lang.MemberWords {
		m[w] = true
	}
	for w := range lang.PartWords {
		m[w] = true
	}
	for w := range lang.Ordinals {
		m[w] = true
	}
	return m
}()

// conjunctions join two references; lower case.
var conjunctions = map[string]bool{"en": true, "of": true, "and": true, "or": true, "und": true, "oder": true,
	"et": true, "ou": true, "sowie": true, "alsmede": true}

// articleWords are the list words that start a reference of their own.
var articleWords = map[string]bool{"artikel": true, "artikelen": true, "art.": true, "§": true, "§§": true,
	"article": true, "articles": true, "section": true, "sections": true, "clause": true, "clauses": true}

// maxListWords bounds the look-ahead of listScope, so that a paragraph of
// n references costs O(n).
const maxListWords = 40

// listScope looks past the rest of the list a reference ending at byte at
// belongs to (numbers, list words, paragraphs and parts) for the phrase
// that names the text of the whole list: "de artikelen 37 en 38a van de
// Faillissementswet", "de leden 1 en 2 van artikel 48". article is the
// article that phrase names ("48"), if any.
func (r *resolver) listScope(s string, at int, cue string) (sc scopeInfo, article string) {
	p, last := at, ""
	for k := 0; k < maxListWords && p < len(s); k++ {
		if sc := r.scopeAfter(s, p); sc.kind != scopeNone {
			return sc, ""
		}
		// "de leden 1 en 2 van artikel 48", but not "lid 1 en van artikel
		// 170": a conjunction before "van" starts another reference.
		if num, e := articleAfter(s, p); num != "" && !conjunctions[last] {
			if sc := r.scopeAfter(s, e); sc.kind == scopeOther {
				return sc, "" // "de leden 2 en 4 van artikel 11 van Boek 6"
			}
			return scopeInfo{}, num
		}
		q := skipComma(s, p)
		if q == p {
			return scopeInfo{}, ""
		}
		w, _, we := keyword(s, q)
		if !listWords[w] && !listToken(w) || articleWords[w] && !sameCue(w, cue) {
			return scopeInfo{}, "" // "Ziffer 7.1 und § 2 des TMG": another list
		}
		p, last = we, w
	}
	return scopeInfo{}, ""
}

// listToken reports whether w is a number or label of a reference list:
// "2", "50g", "4.2", "a", "1°", "(3)".
func listToken(w string) bool {
	w = strings.TrimSuffix(strings.Trim(w, "()"), "°")
	if w == "" {
		return false
	}
	if isDigit(w[0]) {
		for i := 0; i < len(w); i++ {
			if !isDigit(w[i]) && w[i] != '.' && !(i == len(w)-1 && w[i] >= 'a' && w[i] <= 'z') {
				return false
			}
		}
		return true
	}
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}
