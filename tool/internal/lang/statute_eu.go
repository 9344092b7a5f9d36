package lang

import (
	"strconv"
	"strings"
)

// EUAct is an act of the European Union cited by its number: "Richtlijn
// 2002/58/EG", "Directive (EU) 2019/770", "Verordnung (EG) Nr. 2006/2004".
type EUAct struct {
	Type   string // ELI type: "reg", "dir", "dec", "reg_impl", "dec_impl", "reg_del", "dir_del"
	Year   int
	Number int
}

// ELI is the act's European Legislation Identifier path: "dir/2002/58".
func (a EUAct) ELI() string {
	return a.Type + "/" + strconv.Itoa(a.Year) + "/" + strconv.Itoa(a.Number)
}

// Target is how references name the act: "EU 2016/679" for a regulation
// (as the act is cited since 2015), "EU dir 2002/58" for other kinds.
func (a EUAct) Target() string {
	n := strconv.Itoa(a.Year) + "/" + strconv.Itoa(a.Number)
	if a.Type == "reg" {
		return "EU " + n
	}
	return "EU " + a.Type + " " + n
}

// ParseEUAct reads the kind word ("Richtlijn", "Implementing Decision",
// "règlement d'exécution"; "" for a bare "(EU) 2016/679", a regulation) and
// the two numbers of an EU act. Directives and decisions are cited
// year/number ("93/13", "2002/58"); regulations before 2015 number/year
// ("No 45/2001", "nr. 2137/85") and from 2015 year/number ("2016/679").
// ok is false when the numbers cannot be an act.
func ParseEUAct(kind, first, second string) (EUAct, bool) {
	a, err1 := strconv.Atoi(first)
	b, err2 := strconv.Atoi(second)
	if err1 != nil || err2 != nil || a == 0 || b == 0 {
		return EUAct{}, false
	}
	act := EUAct{Type: euType(strings.ToLower(kind))}
	yearFirst := !strings.HasPrefix(act.Type, "reg") || !pastYear(second) || a >= 2015 && a <= 2100
	if yearFirst {
		act.Year, act.Number = fullYear(first, a), b
	} else {
		act.Year, act.Number = fullYear(second, b), a
	}
	if act.Year < 1952 || act.Year > 2100 {
		return EUAct{}, false
	}
	return act, true
}

// pastYear reports whether s can be the year of a regulation numbered the
// old way (before 2015): two digits, or four from 1952 to 2014.
func pastYear(s string) bool {
	n, _ := strconv.Atoi(s)
	return len(s) == 2 || len(s) == 4 && n >= 1952 && n <= 2014
}

func fullYear(s string, n int) int {
	if len(s) == 2 {
		return 1900 + n // two-digit years were used until 1998
	}
	return n
}

// euType maps a kind word in any of the four languages to its ELI type.
func euType(kind string) string {
	t := "reg"
	switch {
	case containsOne(kind, "richtl", "direct"):
		t = "dir"
	case containsOne(kind, "besluit", "beschluss", "decision", "décision"):
		t = "dec"
	}
	switch {
	case containsOne(kind, "implementing", "uitvoering", "durchführung", "exécution"):
		t += "_impl"
	case containsOne(kind, "delegated", "gedelegeerd", "delegiert", "délégué"):
		t += "_del"
	}
	return t
}

func containsOne(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
