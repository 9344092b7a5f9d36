package lang

import "strings"

// germanPlurals returns the plurals and case forms of a German noun that a
// term may take: -e, -en, -n, -er, -s, -es, -ern, -nen and an umlaut
// (Vertrag, Verträge), overgenerating as Forms does.
func germanPlurals(w string) []string {
	out := []string{w + "e", w + "en", w + "n", w + "er", w + "s", w + "es", w + "ern", w + "nen"}
	if u := umlaut(w); u != w {
		out = append(out, u+"e", u+"er", u+"en", u+"ern")
	}
	return out
}

// umlaut puts the umlaut on the last a, o, u or au of w.
func umlaut(w string) string {
	i := strings.LastIndexAny(w, "aouAOU")
	if i < 0 {
		return w
	}
	if i > 0 && (w[i] == 'u' || w[i] == 'U') && (w[i-1] == 'a' || w[i-1] == 'A') {
		i-- // Haus: Häuser
	}
	repl := map[byte]string{'a': "ä", 'o': "ö", 'u': "ü", 'A': "Ä", 'O': "Ö", 'U': "Ü"}
	return w[:i] + repl[w[i]] + w[i+1:]
}

// germanAdjectiveForms swaps the ending of an adjective before the noun:
// "Vertrauliche", "Vertraulichen", "Vertraulicher", "Vertrauliches",
// "Vertraulichem".
func germanAdjectiveForms(w string) []string {
	stem := w
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			stem = w[:len(w)-len(e)]
			break
		}
	}
	if stem == w {
		return nil
	}
	var out []string
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		if stem+e != w {
			out = append(out, stem+e)
		}
	}
	return out
}

// singularOf returns the singular a German or French term in the plural
// probably has, or "".
func singularOf(term, language string) string {
	if language == "fr" {
		return frenchSingular(term)
	}
	for _, s := range [][2]string{{"ungen", "ung"}, {"heiten", "heit"}, {"keiten", "keit"}, {"schaften", "schaft"}, {"ionen", "ion"}, {"täten", "tät"}, {"innen", "in"}, {"gesetze", "gesetz"}, {"verträge", "vertrag"}} {
		if strings.HasSuffix(term, s[0]) {
			return strings.TrimSuffix(term, s[0]) + s[1]
		}
	}
	return ""
}
