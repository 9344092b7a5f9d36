package lang

// ExplainingWords follow a quoted term, after a comma, to say what it
// means: the „Executable-Code-Version“ des Browsers, d. h. die …; the
// "Software", i.e. the programs … Lower case; a space stands for any run
// of spaces.
var ExplainingWords = []string{
	"i.e.", "i. e.",
	"d.w.z.", "d. w. z.", "dat wil zeggen", "oftewel",
	"d.h.", "d. h.", "das heißt",
	"c.-à-d.", "c'est-à-dire", "c’est-à-dire",
}
