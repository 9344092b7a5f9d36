package importer

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/model"
)

// statedDate is a date the text states about itself, with the phrase that
// says which date it is.
type statedDate struct {
	Role lang.DateRole
	Date model.Date
	Pos  model.Pos // of the phrase, in the body (line 1 is the body's first line)
	Text string    // phrase and date as written
}

var (
	datePattern = buildDatePattern()
	monthIndex  = buildMonthIndex()
)

// alternation joins words, longest first, into a regexp alternation; spaces
// match any run of white space and apostrophes either kind of apostrophe.
func alternation(words []string) string {
	ws := append([]string(nil), words...)
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	parts := make([]string, len(ws))
	for i, w := range ws {
		q := regexp.QuoteMeta(w)
		q = strings.ReplaceAll(q, " ", `\s+`)
		q = strings.NewReplacer("'", `['’]`, "’", `['’]`).Replace(q)
		parts[i] = q
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

func monthWords() []string {
	var out []string
	for _, ms := range lang.MonthNames {
		for _, m := range ms {
			out = append(out, strings.Split(m, "|")...)
		}
	}
	sort.Strings(out)
	return out
}

func buildMonthIndex() map[string]time.Month {
	idx := map[string]time.Month{}
	for _, ms := range lang.MonthNames {
		for i, m := range ms {
			for _, w := range strings.Split(m, "|") {
				idx[w] = time.Month(i + 1)
			}
		}
	}
	return idx
}

func buildDatePattern() *regexp.Regexp {
	var phrases []string
	for _, p := range lang.DatePhrases {
		phrases = append(phrases, p.Words)
	}
	month := alternation(monthWords())
	date := `(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})` +
		`|(?P<nd>\d{1,2})\.\s?(?P<nm>\d{1,2})\.\s?(?P<ny>\d{4})` +
		`|(?P<mm>` + month + `)\.?\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<my>\d{4})` +
		`|(?P<dd>\d{1,2})(?:\.|st|nd|rd|th|er|e)?\s+(?P<dm>` + month + `)\.?,?\s+(?P<dy>\d{4}))`
	sep := `[*_]*\s*[:：]?[*_]*\s*`
	connector := `(?:` + alternation(lang.DateConnectors) + `\s+)?`
	weekday := `(?:` + alternation(lang.WeekdayNames) + `\s*,?\s+)?`
	return regexp.MustCompile(`(?im)(?:^|[^\p{L}\p{N}])(?P<phrase>` + alternation(phrases) + `)` +
		sep + connector + weekday + `(?P<date>` + date + `)`)
}

// findDates returns the dates the body states, in reading order.
func findDates(body []byte) []statedDate {
	var out []statedDate
	names := datePattern.SubexpNames()
	for _, m := range datePattern.FindAllSubmatchIndex(body, -1) {
		g := map[string]string{}
		for i, n := range names {
			if n != "" && m[2*i] >= 0 {
				g[n] = string(body[m[2*i]:m[2*i+1]])
			}
		}
		start := m[2*indexOf(names, "phrase")]
		end := m[2*indexOf(names, "date")+1]
		d, ok := dateOf(g)
		if !ok || wordAt(body, end) {
			continue
		}
		out = append(out, statedDate{
			Role: roleOf(g["phrase"]),
			Date: d,
			Pos:  posOf(body, start),
			Text: strings.Join(strings.Fields(string(body[start:end])), " "),
		})
	}
	return out
}

// wordAt reports whether a letter or digit starts at byte off: a date
// followed by one ("2020-01-015") is not a date.
func wordAt(src []byte, off int) bool {
	if off >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRune(src[off:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// roleOf tells which date a phrase states.
func roleOf(phrase string) lang.DateRole {
	p := strings.ReplaceAll(strings.Join(strings.Fields(strings.ToLower(phrase)), " "), "’", "'")
	for _, dp := range lang.DatePhrases {
		if strings.ReplaceAll(dp.Words, "’", "'") == p {
			return dp.Role
		}
	}
	return lang.DatePublished
}

// dateOf builds the date from the matched groups; ok is false for a date
// that does not exist (31 June).
func dateOf(g map[string]string) (model.Date, bool) {
	var y, m, d int
	switch {
	case g["iy"] != "":
		y, m, d = atoi(g["iy"]), atoi(g["im"]), atoi(g["id"])
	case g["ny"] != "":
		y, m, d = atoi(g["ny"]), atoi(g["nm"]), atoi(g["nd"])
	case g["my"] != "":
		y, m, d = atoi(g["my"]), int(monthIndex[strings.ToLower(g["mm"])]), atoi(g["md"])
	default:
		y, m, d = atoi(g["dy"]), int(monthIndex[strings.ToLower(g["dm"])]), atoi(g["dd"])
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || y < 1000 || t.Day() != d || int(t.Month()) != m {
		return model.Date{}, false
	}
	return model.Date{Year: y, Month: time.Month(m), Day: d}, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// posOf returns the line and character column of byte offset off.
func posOf(src []byte, off int) model.Pos {
	line := 1 + strings.Count(string(src[:off]), "\n")
	start := strings.LastIndexByte(string(src[:off]), '\n') + 1
	return model.Pos{Line: line, Col: 1 + utf8.RuneCount(src[start:off])}
}
