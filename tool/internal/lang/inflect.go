package lang

import "strings"

// inflectPhrase adds the forms of a Dutch term of several words whose
// adjectives inflect with the head ("een Intellectueel Eigendomsrecht" of
// "Intellectuele Eigendomsrechten"). German and French terms get theirs in
// plural_de.go and plural_fr.go.
func inflectPhrase(forms, words []string, head int, language string, add func(string)) {
	if len(words) < 2 {
		return
	}
	switch language {
	case "nl":
		for _, f := range append([]string{}, forms...) {
			ws := strings.Fields(f)
			if len(ws) != len(words) || strings.ContainsAny(f, "'’") || f != forms[0] && !strings.HasSuffix(f, "en") && !strings.HasSuffix(f, "s") {
				continue
			}
			for i := 0; i < head; i++ {
				if Connectors[strings.ToLower(ws[i])] {
					continue
				}
				for _, v := range adjectiveForms(ws[i], language) {
					alt := append([]string{}, ws...)
					alt[i] = v
					add(strings.Join(alt, " "))
				}
			}
		}
	}
}

func adjectiveForms(w, _ string) []string { return dutchAdjectiveForms(w) }
