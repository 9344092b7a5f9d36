package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Forms returns the forms of a defined term that count as uses of it: the
// term itself, its plurals and possessives in the document language. Forms
// overgenerate on purpose: a form that never occurs costs nothing, a missing
// one loses a use.
func Forms(term, language string) []string {
	words := strings.Fields(term)
	if len(words) == 0 {
		return nil
	}
	head := len(words) - 1
	for i, w := range words {
		if i > 0 && headStops[language][w] {
			head = i - 1
			break
		}
	}
	switch language {
	case "de":
		return germanForms(term, words, head)
	case "fr":
		return frenchForms(term, words, head)
	}
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(term)
	for _, p := range pluralsOf(words[head], language) {
		ws := append(append(append([]string{}, words[:head]...), p), words[head+1:]...)
		add(strings.Join(ws, " "))
	}
	inflectPhrase(out, words, head, language, add)
	return out
}

// Singular returns the singular a term written in the plural probably has,
// or "" when the term does not look plural.
func Singular(term, language string) string {
	switch language {
	case "de":
		return germanSingular(term)
	case "fr":
		return frenchSingular(term)
	case "en":
		switch {
		case strings.HasSuffix(term, "ies"):
			return strings.TrimSuffix(term, "ies") + "y"
		case strings.HasSuffix(term, "s") && !strings.HasSuffix(term, "ss"):
			return strings.TrimSuffix(term, "s")
		}
	default:
		if strings.HasSuffix(term, "en") && utf8.RuneCountInString(term) > 4 {
			s := strings.TrimSuffix(term, "en")
			if n := len(s); n >= 2 && s[n-1] == s[n-2] && !isVowel(rune(s[n-1])) {
				s = s[:n-1]
			}
			return s
		}
	}
	return ""
}

// headStops are the words after the head noun of a term: its plural is
// formed before them ("Documentatie van de Software", "Statement of Work",
// "Recht auf Löschung", "Prestataire de Services").
var headStops = map[string]map[string]bool{
	"nl": {"van": true},
	"en": {"of": true},
	"de": {"der": true, "des": true, "von": true, "vom": true, "auf": true, "für": true, "zur": true, "zum": true, "mit": true, "aus": true},
	"fr": {"de": true, "du": true, "des": true, "d'": true, "à": true, "au": true, "aux": true, "pour": true, "en": true, "sur": true},
}

// pluralsOf returns the plurals of a Dutch or English head noun (German
// and French terms have their own forms: plural_de.go, plural_fr.go).
func pluralsOf(w, language string) []string {
	if language == "en" {
		return englishPlurals(w)
	}
	return dutchPlurals(w)
}

func englishPlurals(w string) []string {
	lower := strings.ToLower(w)
	out := []string{w + "s", w + "'s", w + "’s", w + "s'", w + "s’"}
	if strings.HasSuffix(lower, "s") {
		out = []string{w + "'s", w + "’s"} // "Terms": no "Termss"
	}
	switch {
	case hasAnySuffix(lower, "s", "x", "z", "ch", "sh"):
		out = append(out, w+"es")
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !isVowel(rune(lower[len(lower)-2])):
		out = append(out, w[:len(w)-1]+"ies")
	}
	return out
}

func dutchPlurals(w string) []string {
	out := []string{w + "s", w + "'s", w + "’s", w + "en"}
	lower := strings.ToLower(w)
	r, _ := utf8.DecodeLastRuneInString(lower)
	if r == 'e' {
		out = append(out, w+"n")
	}
	if strings.HasSuffix(lower, "ie") {
		out = append(out, w+"ën")
	}
	if strings.HasSuffix(lower, "heid") {
		out = append(out, w[:len(w)-len("heid")]+"heden")
	}
	if !isVowel(r) && unicode.IsLetter(r) {
		stem := w[:len(w)-utf8.RuneLen(r)]
		// Doubled consonant after a short vowel: bus, bussen.
		if p, _ := utf8.DecodeLastRuneInString(stem); isVowel(p) && !strings.HasSuffix(lower, "ij") {
			q, _ := utf8.DecodeLastRuneInString(stem[:len(stem)-utf8.RuneLen(p)])
			if !isVowel(q) {
				out = append(out, w+string(r)+"en")
			}
		}
		// A long vowel written double loses a letter: kantoor, kantoren.
		for _, vv := range []string{"aa", "ee", "oo", "uu"} {
			if strings.HasSuffix(strings.ToLower(stem), vv) {
				out = append(out, stem[:len(stem)-1]+string(r)+"en")
			}
		}
		switch r {
		case 'f':
			out = append(out, stem+"ven")
		case 's':
			out = append(out, stem+"zen")
		}
	}
	return out
}

func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'é', 'ë', 'ï', 'ö', 'ü':
		return true
	}
	return false
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
