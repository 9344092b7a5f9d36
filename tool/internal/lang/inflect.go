package lang

import "strings"

// inflectPhrase adds the forms of a term of several words whose other
// words inflect with the head: a Dutch or German adjective ("een
// Intellectueel Eigendomsrecht" of "Intellectuele Eigendomsrechten",
// "die Vertraulichen Informationen") and every word of a French phrase
// ("Parties indemnisées" of "Partie indemnisée").
func inflectPhrase(forms, words []string, head int, language string, add func(string)) {
	if len(words) < 2 {
		return
	}
	switch language {
	case "nl", "de":
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
	case "fr":
		for _, p := range frenchPhrasePlurals(words) {
			add(p)
		}
	}
}

func adjectiveForms(w, language string) []string {
	if language == "de" {
		return germanAdjectiveForms(w)
	}
	return dutchAdjectiveForms(w)
}
