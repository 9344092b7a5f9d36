package lang

import "strings"

// frenchStops end the part of a French phrase that agrees in number with
// its noun: "Conditions d'utilisation", "Données à caractère personnel".
var frenchStops = map[string]bool{"de": true, "du": true, "des": true, "à": true, "au": true, "aux": true, "en": true, "pour": true, "par": true, "sur": true}

// frenchPlurals returns the plurals of a French word: -s, -x after -au,
// -eau and -eu, -aux for -al.
func frenchPlurals(w string) []string {
	lower := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lower, "s") || strings.HasSuffix(lower, "x") || strings.HasSuffix(lower, "z"):
		return nil
	case strings.HasSuffix(lower, "au") || strings.HasSuffix(lower, "eu"):
		return []string{w + "x"}
	case strings.HasSuffix(lower, "al"):
		return []string{w[:len(w)-1] + "ux", w + "s"}
	}
	return []string{w + "s"}
}

// frenchPhrasePlurals puts every word of a phrase before its complement in
// the plural: "Partie indemnisée", "Parties indemnisées".
func frenchPhrasePlurals(words []string) []string {
	ws := append([]string{}, words...)
	changed := false
	for i, w := range ws {
		if i > 0 && frenchStops[strings.ToLower(w)] || strings.ContainsAny(w, "'’") {
			break
		}
		if ps := frenchPlurals(w); len(ps) > 0 {
			ws[i] = ps[0]
			changed = true
		}
	}
	if !changed {
		return nil
	}
	return []string{strings.Join(ws, " ")}
}

// frenchSingular takes the plural -s or -x off every word before the
// complement: "Parties indemnisées", "Partie indemnisée".
func frenchSingular(term string) string {
	ws := strings.Fields(term)
	changed := false
	for i, w := range ws {
		if i > 0 && frenchStops[strings.ToLower(w)] || strings.ContainsAny(w, "'’") {
			break
		}
		lower := strings.ToLower(w)
		switch {
		case strings.HasSuffix(lower, "aux") && len(w) > 4:
			ws[i] = w[:len(w)-2] + "l"
		case strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "ss") && len(w) > 3:
			ws[i] = w[:len(w)-1]
		default:
			continue
		}
		changed = true
	}
	if !changed {
		return ""
	}
	return strings.Join(ws, " ")
}
