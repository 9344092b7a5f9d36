package resolve

import "github.com/legalkit/legalkit/tool/internal/model"

// The reasons for a doubt, in English: check writes them in the language
// of its messages (their Dutch is in package lang), so each is a format
// with %s or %q verbs for its strings.
var (
	doubtArticleBefore   = reasonFormat("an article is named before it in the sentence, and the paragraph may belong to that article")
	doubtPending         = reasonFormat("the provision it stands in is not in force yet, and what it names may come with it")
	doubtOtherText       = reasonFormat("the sentence goes on to name another text, %s, which the reference may belong to")
	doubtOtherTextBefore = reasonFormat("the sentence names another text before it, %s, which the reference may belong to")
	doubtByHead          = reasonFormat("the words after it, %q, may name another document than this one")
	doubtNameAfter       = reasonFormat("capitalised words follow it, and %q may be a name, not a reference")
	doubtBeyond          = reasonFormat("the document has no clause numbered anywhere near %s, which may be another text's")
	doubtHistorical      = reasonFormat("the sentence names the provision as it read before, and it may no longer exist")
	doubtListArticle     = reasonFormat("it continues a list of the paragraphs of article %s, which legalkit did not find in this document")
	doubtNoItems         = reasonFormat("legalkit found no items labelled like %s in %s: they may stand inside a sentence")
	doubtOutside         = reasonFormat("it stands outside any clause")
	doubtNotArticle      = reasonFormat("%s is no numbered article: legalkit may not have read the article it stands in")
	doubtNoParagraphs    = reasonFormat("legalkit found no numbered paragraphs in %s to count from")
	doubtWeakCue         = reasonFormat("its cue word %q is weak: the number may name something else")
	doubtNoLettered      = reasonFormat("legalkit found no article numbered with a letter in the document, so it may not have read %s")
)

// reasonFormat marks a reason's English format, so that the test of the
// message catalogue (diag) finds it and asks for its Dutch.
func reasonFormat(format string) string { return format }

// reason is a doubt: one of the formats above and its strings.
type reason struct {
	format string
	args   []string
}

func because(format string, args ...string) reason { return reason{format: format, args: args} }

func (d reason) none() bool { return d.format == "" }

// set gives ref the doubt d.
func (d reason) set(ref *model.Reference) { ref.Doubt, ref.DoubtArgs = d.format, d.args }
