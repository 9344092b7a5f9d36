package lang

import "fmt"

var months = map[string][12]string{
	"nl": {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// FormatDate writes a date the way readers of the language expect:
// "18 april 2018", "18 April 2018"; an unknown date (year 0) reads
// "onbekend" or "unknown".
func FormatDate(year, month, day int, language string) string {
	if year == 0 {
		return Unknown(language)
	}
	ms, ok := months[language]
	if !ok {
		ms = months["en"]
	}
	return fmt.Sprintf("%d %s %d", day, ms[month-1], year)
}
