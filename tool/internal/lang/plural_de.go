package lang

import (
	"strings"
	"unicode/utf8"
)

// germanForms returns a German term with its plurals and case endings: the
// head noun takes -e, -en, -n, -er, -s, an umlaut (Vertrag, Verträge), the
// genitive -s/-es and the dative plural -n; adjectives before it take the
// endings of their declension ("Vertrauliche Information", "Vertraulichen
// Informationen"). Forms overgenerate on purpose, as the others do.
func germanForms(term string, words []string, head int) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(term)
	heads := append([]string{words[head]}, germanNounForms(words[head])...)
	for _, pre := range germanAdjectiveForms(words[:head]) {
		for _, h := range heads {
			ws := append(append(append([]string{}, pre...), h), words[head+1:]...)
			add(strings.Join(ws, " "))
		}
	}
	return out
}

// germanNounForms returns the plural and case forms of a German noun.
func germanNounForms(w string) []string {
	lower := strings.ToLower(w)
	var out []string
	add := func(s ...string) { out = append(out, s...) }
	switch {
	case strings.HasSuffix(lower, "in"): // Nutzerin, Nutzerinnen
		add(w+"nen", w+"en")
	case hasAnySuffix(lower, "ung", "heit", "keit", "schaft", "ion", "tät", "ei"): // Leistung, Leistungen
		add(w + "en")
	case strings.HasSuffix(lower, "nis"): // Ergebnis, Ergebnisse
		add(w+"se", w+"sen", w+"ses")
	case strings.HasSuffix(lower, "um"): // Datum, Daten
		add(w[:len(w)-2]+"en", w+"s")
	case strings.HasSuffix(lower, "a") && len(lower) > 2: // Firma, Firmen
		add(w[:len(w)-1]+"en", w+"s")
	case strings.HasSuffix(lower, "e"): // Kunde, Kunden
		add(w+"n", w+"s")
	case hasAnySuffix(lower, "er", "el", "en"): // Nutzer, Nutzern, Nutzers
		add(w+"n", w+"s")
	case hasAnySuffix(lower, "o", "i", "y"): // Konto, Kontos, Konten
		add(w + "s")
		if strings.HasSuffix(lower, "o") {
			add(w[:len(w)-1] + "en")
		}
	default: // Dienst, Dienste, Diensten, Dienstes; Gebühr, Gebühren
		add(w+"e", w+"en", w+"es", w+"er", w+"ern")
		if !hasAnySuffix(lower, "s", "ß", "x", "z") {
			add(w + "s")
		}
		if u, ok := umlaut(w); ok { // Vertrag, Verträge, Verträgen; Haus, Häuser
			add(u+"e", u+"en", u+"er", u+"ern")
		}
	}
	return out
}

// umlaut puts an umlaut on the last vowel of a word's stem: a, o, u and
// au become ä, ö, ü and äu ("Vertrag", "Verträg"); false when that vowel
// takes none (e, i, ei, eu, ie).
func umlaut(w string) (string, bool) {
	for i := len(w); i > 0; {
		r, n := utf8.DecodeLastRuneInString(w[:i])
		i -= n
		if !isVowel(r) {
			continue
		}
		u, ok := umlauts[r]
		if !ok {
			return "", false
		}
		if (r == 'u' || r == 'U') && i > 0 {
			switch p := rune(w[i-1]); p {
			case 'a', 'A': // Haus, Häuser
				return w[:i-1] + umlauts[p] + w[i:], true
			case 'e', 'E':
				return "", false
			}
		}
		return w[:i] + u + w[i+n:], true
	}
	return "", false
}

var umlauts = map[rune]string{'a': "ä", 'o': "ö", 'u': "ü", 'A': "Ä", 'O': "Ö", 'U': "Ü"}

// germanAdjectiveForms returns the words before the head noun as written
// and with each of the adjective endings -e, -en, -er, -es, -em, which the
// adjectives of one phrase share.
func germanAdjectiveForms(pre []string) [][]string {
	out := [][]string{pre}
	stems := make([]string, len(pre))
	any := false
	for i, w := range pre {
		stems[i] = ""
		for _, e := range []string{"en", "er", "es", "em", "e"} {
			if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len(e)+2 {
				stems[i], any = strings.TrimSuffix(w, e), true
				break
			}
		}
	}
	if !any {
		return out
	}
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		v := make([]string, len(pre))
		for i, w := range pre {
			v[i] = w
			if stems[i] != "" {
				v[i] = stems[i] + e
			}
		}
		out = append(out, v)
	}
	return out
}

// germanSingular guesses the singular of a German term written in the
// plural: "Leistungen", "Leistung"; "Verträge", "Vertrag"; "" when it does
// not look plural.
func germanSingular(term string) string {
	switch {
	case strings.HasSuffix(term, "innen"):
		return strings.TrimSuffix(term, "nen")
	case hasAnySuffix(term, "ungen", "heiten", "keiten", "schaften", "ionen", "täten", "eien"):
		return strings.TrimSuffix(term, "en")
	case strings.HasSuffix(term, "nisse"):
		return strings.TrimSuffix(term, "se")
	case strings.HasSuffix(term, "en") && strings.HasSuffix(strings.TrimSuffix(term, "n"), "e") && utf8.RuneCountInString(term) > 5:
		return strings.TrimSuffix(term, "n") // Kunden, Kunde
	case strings.HasSuffix(term, "e") && strings.ContainsAny(lastWord(term), "äöü"):
		return deumlaut(strings.TrimSuffix(term, "e")) // Verträge, Vertrag
	}
	return ""
}

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// deumlaut takes the umlaut off the last umlauted vowel of s.
func deumlaut(s string) string {
	at, size, plain := -1, 0, ""
	for _, p := range [][2]string{{"ä", "a"}, {"ö", "o"}, {"ü", "u"}} {
		if i := strings.LastIndex(s, p[0]); i > at {
			at, size, plain = i, len(p[0]), p[1]
		}
	}
	if at < 0 {
		return s
	}
	return s[:at] + plain + s[at+size:]
}
