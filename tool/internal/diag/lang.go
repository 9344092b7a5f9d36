package diag

// In returns the diagnostic with its message in a language ("nl", "en");
// unchanged when the catalogue has no translation of it.
func (d Diagnostic) In(language string) Diagnostic {
	if d.Format == "" || language == "" {
		return d
	}
	if s, ok := render(language, d.Format, d.Args); ok {
		d.Message = s
	}
	return d
}

// In returns the list with each message in the language language gives
// for its file (the language of the document it is in), sorted.
func (l List) In(language func(file string) string) List {
	out := make(List, len(l))
	for i, d := range l {
		out[i] = d.In(language(d.File))
	}
	return out.Sort()
}

// SummaryIn returns Summary in a language: "2 fouten, 5 waarschuwingen".
func (l List) SummaryIn(language string) string {
	e, w := l.Count()
	ep, wp := Phrasef("%d errors", e), Phrasef("%d warnings", w)
	if e == 1 {
		ep = Phrasef("%d error", e)
	}
	if w == 1 {
		wp = Phrasef("%d warning", w)
	}
	return Phrasef("%s, %s", ep, wp).In(language)
}
