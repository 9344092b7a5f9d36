package lang

import "strings"

// frenchForms returns a French term with its plurals. A French noun and the
// adjectives after it agree ("Donnée Personnelle", "Données Personnelles"),
// so every word up to the first preposition ("Prestataire de Services")
// takes its plural: -s, -x after -au, -eau, -eu and -ou, -aux for -al and
// -ail; words ending in -s, -x or -z do not change.
func frenchForms(term string, words []string, head int) []string {
	if head > 0 && elided(words[head]) {
		head-- // "Conditions Générales d'Utilisation": the stop is glued to its word
	}
	for i := 1; i <= head; i++ {
		if elided(words[i]) {
			head = i - 1
			break
		}
	}
	out := []string{term}
	seen := map[string]bool{term: true}
	add := func(ws []string) {
		if s := strings.Join(ws, " "); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	first := max(0, head-3) // at most four agreeing words: the forms stay few
	combos := [][]string{append([]string{}, words[:first]...)}
	for _, w := range words[first : head+1] {
		var next [][]string
		for _, c := range combos {
			for _, f := range append([]string{w}, frenchPlurals(w)...) {
				next = append(next, append(append([]string{}, c...), f))
			}
		}
		combos = next
	}
	for _, c := range combos {
		add(append(c, words[head+1:]...))
	}
	return out
}

// elided reports whether a word starts with an elided preposition: d'Utilisation.
func elided(w string) bool {
	return strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’")
}

// frenchPlurals returns the plurals of one French word.
func frenchPlurals(w string) []string {
	lower := strings.ToLower(w)
	switch {
	case hasAnySuffix(lower, "s", "x", "z"): // Prix, Accès
		return nil
	case strings.HasSuffix(lower, "ail"): // Travail, Travaux; Détail, Détails
		return []string{w[:len(w)-3] + "aux", w + "s"}
	case strings.HasSuffix(lower, "al"): // Journal, Journaux; Général, Généraux
		return []string{w[:len(w)-2] + "aux", w + "s"}
	case hasAnySuffix(lower, "au", "eu", "ou"): // Bureau, Bureaux; Bijou, Bijoux
		return []string{w + "x", w + "s"}
	}
	return []string{w + "s"}
}

// frenchSingular guesses the singular of a French term written in the
// plural: "Données Personnelles", "Donnée Personnelle"; "" when it does not
// look plural.
func frenchSingular(term string) string {
	words := strings.Fields(term)
	changed := false
	for i, w := range words {
		if i > 0 && (headStops["fr"][w] || elided(w)) {
			break
		}
		s := w
		switch lower := strings.ToLower(w); {
		case strings.HasSuffix(lower, "eaux"):
			s = w[:len(w)-1]
		case strings.HasSuffix(lower, "aux"):
			s = w[:len(w)-3] + "al"
		case strings.HasSuffix(lower, "s") && !hasAnySuffix(lower, "ss", "ès", "us", "is", "as", "os") && len(lower) > 3:
			s = w[:len(w)-1]
		}
		changed = changed || s != w
		words[i] = s
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}
