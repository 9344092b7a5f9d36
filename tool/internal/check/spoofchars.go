package check

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// charNames names the characters the look-alike checks report. Go's
// standard library has no Unicode names; a character outside this table is
// described by its code point and its class.
var charNames = map[rune]string{
	0x00AD: "SOFT HYPHEN",
	0x034F: "COMBINING GRAPHEME JOINER",
	0x061C: "ARABIC LETTER MARK",
	0x115F: "HANGUL CHOSEONG FILLER",
	0x1160: "HANGUL JUNGSEONG FILLER",
	0x180E: "MONGOLIAN VOWEL SEPARATOR",
	0x200B: "ZERO WIDTH SPACE",
	0x200C: "ZERO WIDTH NON-JOINER",
	0x200D: "ZERO WIDTH JOINER",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x202A: "LEFT-TO-RIGHT EMBEDDING",
	0x202B: "RIGHT-TO-LEFT EMBEDDING",
	0x202C: "POP DIRECTIONAL FORMATTING",
	0x202D: "LEFT-TO-RIGHT OVERRIDE",
	0x202E: "RIGHT-TO-LEFT OVERRIDE",
	0x2060: "WORD JOINER",
	0x2061: "FUNCTION APPLICATION",
	0x2062: "INVISIBLE TIMES",
	0x2063: "INVISIBLE SEPARATOR",
	0x2064: "INVISIBLE PLUS",
	0x2066: "LEFT-TO-RIGHT ISOLATE",
	0x2067: "RIGHT-TO-LEFT ISOLATE",
	0x2068: "FIRST STRONG ISOLATE",
	0x2069: "POP DIRECTIONAL ISOLATE",
	0x3164: "HANGUL FILLER",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
	0xFFA0: "HALFWIDTH HANGUL FILLER",
}

// lookalikes maps Cyrillic and Greek letters that look like Latin ones to
// the Latin letter, with the name of each: "0430 a CYRILLIC SMALL LETTER A".
var lookalikes = func() map[rune]rune {
	m := map[rune]rune{}
	for _, line := range strings.Split(strings.TrimSpace(lookalikeTable), "\n") {
		f := strings.SplitN(strings.TrimSpace(line), " ", 3)
		cp, err := strconv.ParseUint(f[0], 16, 32)
		if err != nil || len(f) != 3 {
			panic("bad look-alike table line " + line)
		}
		m[rune(cp)] = []rune(f[1])[0]
		charNames[rune(cp)] = f[2]
	}
	return m
}()

const lookalikeTable = `
0410 A CYRILLIC CAPITAL LETTER A
0412 B CYRILLIC CAPITAL LETTER VE
0415 E CYRILLIC CAPITAL LETTER IE
041A K CYRILLIC CAPITAL LETTER KA
041C M CYRILLIC CAPITAL LETTER EM
041D H CYRILLIC CAPITAL LETTER EN
041E O CYRILLIC CAPITAL LETTER O
0420 P CYRILLIC CAPITAL LETTER ER
0421 C CYRILLIC CAPITAL LETTER ES
0422 T CYRILLIC CAPITAL LETTER TE
0425 X CYRILLIC CAPITAL LETTER HA
0406 I CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
0408 J CYRILLIC CAPITAL LETTER JE
0405 S CYRILLIC CAPITAL LETTER DZE
04AE Y CYRILLIC CAPITAL LETTER STRAIGHT U
0430 a CYRILLIC SMALL LETTER A
0435 e CYRILLIC SMALL LETTER IE
043E o CYRILLIC SMALL LETTER O
0440 p CYRILLIC SMALL LETTER ER
0441 c CYRILLIC SMALL LETTER ES
0443 y CYRILLIC SMALL LETTER U
0445 x CYRILLIC SMALL LETTER HA
0456 i CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
0458 j CYRILLIC SMALL LETTER JE
0455 s CYRILLIC SMALL LETTER DZE
0501 d CYRILLIC SMALL LETTER KOMI DE
04BB h CYRILLIC SMALL LETTER SHHA
051B q CYRILLIC SMALL LETTER QA
051D w CYRILLIC SMALL LETTER WE
04CF l CYRILLIC SMALL LETTER PALOCHKA
0391 A GREEK CAPITAL LETTER ALPHA
0392 B GREEK CAPITAL LETTER BETA
0395 E GREEK CAPITAL LETTER EPSILON
0396 Z GREEK CAPITAL LETTER ZETA
0397 H GREEK CAPITAL LETTER ETA
0399 I GREEK CAPITAL LETTER IOTA
039A K GREEK CAPITAL LETTER KAPPA
039C M GREEK CAPITAL LETTER MU
039D N GREEK CAPITAL LETTER NU
039F O GREEK CAPITAL LETTER OMICRON
03A1 P GREEK CAPITAL LETTER RHO
03A4 T GREEK CAPITAL LETTER TAU
03A5 Y GREEK CAPITAL LETTER UPSILON
03A7 X GREEK CAPITAL LETTER CHI
03BF o GREEK SMALL LETTER OMICRON
03BD v GREEK SMALL LETTER NU
03B9 i GREEK SMALL LETTER IOTA
03B1 a GREEK SMALL LETTER ALPHA
`

// isBidi reports the characters that change the order in which text is
// displayed: embeddings, overrides, isolates and the directional marks.
// isBidiMark reports the marks that set a direction without opening a
// scope: LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK, ARABIC LETTER MARK.
func isBidiMark(r rune) bool { return r == 0x200E || r == 0x200F || r == 0x061C }

func isBidi(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

// opensBidi reports the bidi controls that act on the text after them, up
// to their closing POP DIRECTIONAL FORMATTING or ISOLATE.
func opensBidi(r rune) bool {
	return r == 0x202A || r == 0x202B || r == 0x202D || r == 0x202E || r >= 0x2066 && r <= 0x2068
}

// closesBidi reports whether r closes the scope opener opened.
func closesBidi(opener, r rune) bool {
	if opener >= 0x2066 {
		return r == 0x2069
	}
	return r == 0x202C
}

// isInvisible reports characters readers do not see: zero-width and other
// format characters, the soft hyphen (it shows only where a line breaks),
// fillers and variation selectors.
func isInvisible(r rune) bool {
	if r < 0x80 || isBidi(r) {
		return false
	}
	switch r {
	case 0x034F, 0x115F, 0x1160, 0x180E, 0x3164, 0xFFA0:
		return true
	}
	return unicode.Is(unicode.Cf, r) || r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

// scriptOf names the script of a letter, for the scripts whose letters
// look like Latin ones; "" for others.
func scriptOf(r rune) string {
	switch {
	case r < 0x80 && unicode.IsLetter(r), unicode.Is(unicode.Latin, r):
		return "Latin"
	case unicode.Is(unicode.Cyrillic, r):
		return "Cyrillic"
	case unicode.Is(unicode.Greek, r):
		return "Greek"
	case unicode.Is(unicode.Armenian, r):
		return "Armenian"
	case unicode.Is(unicode.Cherokee, r):
		return "Cherokee"
	}
	return ""
}

// otherDigit reports a decimal digit that is not 0-9 (fullwidth, Arabic-Indic,
// mathematical ...), and its value.
func otherDigit(r rune) (byte, bool) {
	if r < 0x80 || !unicode.IsDigit(r) {
		return 0, false
	}
	n := 0
	for p := r - 1; unicode.IsDigit(p); p-- {
		n++
	}
	return byte('0' + n%10), true
}

// describe names a character for a message: "U+202E RIGHT-TO-LEFT OVERRIDE".
func describe(r rune) string {
	if name, ok := charNames[r]; ok {
		return fmt.Sprintf("U+%04X %s", r, name)
	}
	switch {
	case unicode.IsDigit(r):
		return fmt.Sprintf("U+%04X (a digit that is not 0-9)", r)
	case scriptOf(r) != "":
		return fmt.Sprintf("U+%04X (a %s letter)", r, scriptOf(r))
	}
	return fmt.Sprintf("U+%04X (an invisible formatting character)", r)
}
