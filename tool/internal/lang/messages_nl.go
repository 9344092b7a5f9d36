package lang

// dutchMessages are the diagnostics in Dutch, as a Dutch legal editor reads
// them: short, in the same imperative style as the English.
var dutchMessages = map[string]string{
	"%d error":    "%d fout",
	"%d errors":   "%d fouten",
	"%d warning":  "%d waarschuwing",
	"%d warnings": "%d waarschuwingen",
}
