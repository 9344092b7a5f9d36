package diag

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
)

// A verb is one %-verb of a format: where it stands, the argument it
// formats (from 0) and its spec without the argument index ("q", "02x").
type verb struct {
	start, end int
	arg        int
	spec       string
}

// parseVerbs lists the verbs of a format as fmt reads them, explicit
// indexes (%[2]s) included. It fails on a * width or precision and on a
// format fmt would report as bad.
func parseVerbs(format string) ([]verb, bool) {
	var vs []verb
	next := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		start := i
		i++
		if i < len(format) && format[i] == '%' {
			i++
			continue
		}
		j := i
		for j < len(format) && strings.IndexByte("+-# 0", format[j]) >= 0 {
			j++
		}
		flags, arg := format[i:j], next
		if j < len(format) && format[j] == '[' {
			k := strings.IndexByte(format[j:], ']')
			if k < 0 {
				return nil, false
			}
			n, err := strconv.Atoi(format[j+1 : j+k])
			if err != nil || n < 1 {
				return nil, false
			}
			arg, j = n-1, j+k+1
		}
		w := j
		for j < len(format) && (format[j] >= '0' && format[j] <= '9' || format[j] == '.') {
			j++
		}
		if j >= len(format) {
			return nil, false
		}
		r, size := utf8.DecodeRuneInString(format[j:])
		if !unicode.IsLetter(r) {
			return nil, false
		}
		j += size
		vs = append(vs, verb{start: start, end: j, arg: arg, spec: flags + format[w:j-size] + string(r)})
		next, i = arg+1, j
	}
	return vs, true
}

// render writes a message of format and its formatted arguments in a
// language ("en": the English format itself); false when the catalogue of
// that language has no translation or the arguments do not fit it.
func render(language, format string, args Args) (string, bool) {
	ps, ok := decode(args)
	if !ok {
		return "", false
	}
	target := format
	vs, ok := parseVerbs(format)
	if !ok {
		return "", false
	}
	if language != "en" && Wordy(format) {
		if target, ok = lang.Message(language, format); !ok {
			return "", false
		}
		if vs, ok = parseVerbs(target); !ok {
			return "", false
		}
	}
	return fill(language, target, vs, ps)
}

// fill writes target, whose verbs are vs, with the formatted arguments ps;
// a phrase among them is written in language.
func fill(language, target string, vs []verb, ps []piece) (string, bool) {
	var b strings.Builder
	last := 0
	for _, v := range vs {
		if v.arg >= len(ps) {
			return "", false
		}
		b.WriteString(strings.ReplaceAll(target[last:v.start], "%%", "%"))
		if p := ps[v.arg]; p.phrase != nil {
			b.WriteString(p.phrase.In(language))
		} else {
			b.WriteString(p.text)
		}
		last = v.end
	}
	b.WriteString(strings.ReplaceAll(target[last:], "%%", "%"))
	return b.String(), true
}

// Wordy reports whether a format has words of its own, outside its verbs:
// only those need a translation ("%q: %s" does not).
func Wordy(format string) bool {
	vs, _ := parseVerbs(format)
	last := 0
	for _, v := range append(vs, verb{start: len(format), end: len(format)}) {
		if strings.IndexFunc(format[last:v.start], unicode.IsLetter) >= 0 {
			return true
		}
		last = v.end
	}
	return false
}
