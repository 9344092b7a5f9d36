package lang

import "fmt"

// FormatDate writes a date the way readers of the language expect:
// "18 april 2018", "18 April 2018", "18. April 2018", "1er avril 2018"; an
// unknown date (year 0) reads "onbekend", "unknown", "unbekannt" or
// "inconnue". A language legalkit does not know gets English.
func FormatDate(year, month, day int, language string) string {
	if year == 0 {
		return Unknown(language)
	}
	w, ok := Lookup(language)
	if !ok {
		w = &english
	}
	return w.date(day, w.Months[month-1], year)
}

// dayMonthYear is the Dutch and English order: "18 april 2018".
func dayMonthYear(day int, month string, year int) string {
	return fmt.Sprintf("%d %s %d", day, month, year)
}

// germanDate writes the day as an ordinal number: "1. Juli 2025".
func germanDate(day int, month string, year int) string {
	return fmt.Sprintf("%d. %s %d", day, month, year)
}

// frenchDate writes the first of the month as "1er": "1er juillet 2025",
// "2 juillet 2025".
func frenchDate(day int, month string, year int) string {
	if day == 1 {
		return fmt.Sprintf("1er %s %d", month, year)
	}
	return fmt.Sprintf("%d %s %d", day, month, year)
}
