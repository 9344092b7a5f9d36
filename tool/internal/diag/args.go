package diag

import (
	"fmt"
	"strconv"
	"strings"
)

// Args are the arguments of a message, each already formatted with the verb
// the English format gives it, so that the message can be written again in
// another language with the same verbs in another order. They are kept as
// one string so that a Diagnostic stays comparable (map keys, ==).
type Args string

// A piece is one formatted argument: its text, or a phrase to be written in
// the language of the message around it.
type piece struct {
	text   string
	phrase *Phrase
}

// Phrase is a part of a message built in code ("clause", " in %s"): an
// English format and its arguments, written in the language of the message
// it is an argument of (with a %s or %v verb). Its String is the English.
type Phrase struct {
	Format string
	Args   Args
}

// Phrasef makes a phrase of an English format and its arguments. Every
// format given as a literal needs a translation in the catalogues of lang.
func Phrasef(format string, args ...any) Phrase {
	a, ok := formatArgs(format, args)
	if !ok {
		return Phrase{Format: "%s", Args: encode([]piece{{text: fmt.Sprintf(format, args...)}})}
	}
	return Phrase{Format: format, Args: a}
}

// Reason makes a phrase of a reason another package gives as an English
// format and its strings (a reference's doubt, why a link is not
// published), for a message written in the editor's language.
func Reason(format string, args []string) Phrase {
	a := make([]any, len(args))
	for i, x := range args {
		a[i] = x
	}
	return Phrasef(format, a...)
}

// String returns the phrase in English.
func (p Phrase) String() string { return p.In("en") }

// In returns the phrase in a language, in English where the catalogue has
// no translation of it.
func (p Phrase) In(language string) string {
	if s, ok := render(language, p.Format, p.Args); ok {
		return s
	}
	s, _ := render("en", p.Format, p.Args)
	return s
}

// formatArgs formats each argument of format with its verb. It fails on
// what cannot be written again verb by verb: a * width, a bad verb, too
// few or too many arguments.
func formatArgs(format string, args []any) (Args, bool) {
	vs, ok := parseVerbs(format)
	if !ok {
		return "", false
	}
	ps := make([]piece, len(args))
	used := make([]bool, len(args))
	for _, v := range vs {
		if v.arg >= len(args) {
			return "", false
		}
		if used[v.arg] {
			continue
		}
		used[v.arg] = true
		if p, isPhrase := args[v.arg].(Phrase); isPhrase && (v.spec == "s" || v.spec == "v") {
			ps[v.arg] = piece{phrase: &p}
			continue
		}
		ps[v.arg] = piece{text: fmt.Sprintf("%"+v.spec, args[v.arg])}
	}
	for _, u := range used {
		if !u {
			return "", false
		}
	}
	return encode(ps), true
}

// encode writes pieces as one string: per piece "t" and the length-prefixed
// text, or "p", the phrase's length-prefixed format and arguments.
func encode(ps []piece) Args {
	var b strings.Builder
	field := func(s string) { b.WriteString(strconv.Itoa(len(s))); b.WriteByte(':'); b.WriteString(s) }
	for _, p := range ps {
		if p.phrase != nil {
			b.WriteByte('p')
			field(p.phrase.Format)
			field(string(p.phrase.Args))
			continue
		}
		b.WriteByte('t')
		field(p.text)
	}
	return Args(b.String())
}

// decode is the inverse of encode.
func decode(a Args) ([]piece, bool) {
	s := string(a)
	var ps []piece
	field := func() (string, bool) {
		i := strings.IndexByte(s, ':')
		if i < 0 {
			return "", false
		}
		n, err := strconv.Atoi(s[:i])
		if err != nil || n < 0 || n > len(s)-i-1 {
			return "", false
		}
		f := s[i+1 : i+1+n]
		s = s[i+1+n:]
		return f, true
	}
	for s != "" {
		kind := s[0]
		s = s[1:]
		first, ok := field()
		if !ok {
			return nil, false
		}
		switch kind {
		case 't':
			ps = append(ps, piece{text: first})
		case 'p':
			args, ok := field()
			if !ok {
				return nil, false
			}
			ps = append(ps, piece{phrase: &Phrase{Format: first, Args: Args(args)}})
		default:
			return nil, false
		}
	}
	return ps, true
}
