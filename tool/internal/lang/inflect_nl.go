package lang

import (
	"strings"
	"unicode/utf8"
)

// dutchAdjectiveForms returns the other form of a Dutch adjective: without
// the -e of "de Intellectuele" ("een Intellectueel", "Algemeen",
// "Vertrouwelijk", "Dik", "Lief", "Boos") or with it.
func dutchAdjectiveForms(w string) []string {
	if utf8.RuneCountInString(w) < 3 {
		return nil
	}
	lower := strings.ToLower(w)
	if strings.HasSuffix(lower, "e") && !strings.HasSuffix(lower, "ee") && !strings.HasSuffix(lower, "ie") {
		base := w[:len(w)-1]
		out := []string{base}
		n := len(base)
		c := base[n-1]
		if n >= 3 && !isVowel(rune(c)) {
			v := base[n-2]
			if strings.ContainsRune("aeou", rune(v)) && !isVowel(rune(base[n-3])) || v == 'e' && base[n-3] == 'u' {
				out = append(out, base[:n-1]+string(v)+string(c)) // algemene: algemeen
			}
			if base[n-2] == c {
				out = append(out, base[:n-1]) // dikke: dik
			}
			switch c {
			case 'v':
				out = append(out, base[:n-1]+"f")
			case 'z':
				out = append(out, base[:n-1]+"s")
			}
		}
		return out
	}
	out := []string{w + "e"}
	for _, vv := range []string{"aa", "ee", "oo", "uu"} {
		if n := len(lower); n >= 3 && strings.HasSuffix(lower[:n-1], vv) && !isVowel(rune(lower[n-1])) {
			out = append(out, w[:n-2]+w[n-1:]+"e") // intellectueel: intellectuele
		}
	}
	switch {
	case strings.HasSuffix(lower, "f"):
		out = append(out, w[:len(w)-1]+"ve")
	case strings.HasSuffix(lower, "s") && !strings.HasSuffix(lower, "sch"):
		out = append(out, w[:len(w)-1]+"ze")
	}
	return out
}
