package notice

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diff"
)

// Inline styles: e-mail programs drop <style> blocks and scripts, so every
// element carries its own style, and nothing depends on colour alone.
const (
	styleBody    = "margin:0;padding:0;background-color:#ffffff;"
	styleWrap    = "max-width:640px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;"
	styleH1      = "font-size:22px;line-height:1.3;margin:0 0 16px 0;color:#1a1a1a;"
	styleH2      = "font-size:17px;line-height:1.3;margin:24px 0 8px 0;color:#1a1a1a;"
	styleP       = "margin:0 0 12px 0;"
	styleDraft   = "margin:0 0 12px 0;padding:8px;border:2px solid #9b0015;font-weight:bold;"
	styleList    = "margin:0 0 12px 0;padding:0 0 0 20px;"
	styleItem    = "margin:0 0 12px 0;"
	styleLink    = "color:#0b4f8a;text-decoration:underline;"
	styleNote    = "margin:4px 0 0 0;"
	styleExcerpt = "margin:4px 0 0 0;padding:0 0 0 8px;border-left:3px solid #999999;color:#333333;"
	styleDel     = "color:#9b0015;background-color:#fde7ea;text-decoration:line-through;"
	styleIns     = "color:#00561b;background-color:#e3f5e8;text-decoration:underline;"
	styleQuote   = "margin:0 0 12px 0;padding:8px 12px;background-color:#f4f4f4;border-left:3px solid #666666;"
)

func (n *Notice) html(w io.Writer) {
	words := n.words()
	e := html.EscapeString
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n</head>\n",
		e(n.Language), e(n.Subject))
	fmt.Fprintf(w, "<body style=\"%s\">\n<div style=\"%s\">\n<h1 style=\"%s\">%s</h1>\n", styleBody, styleWrap, styleH1, e(n.Subject))
	if n.Draft {
		fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleDraft, e(words.Notice.Draft))
	}
	fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleP, e(n.opening()))
	for _, p := range paragraphs(n.Summary) {
		fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleP, e(p))
	}
	if n.onlyEditorial() {
		fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleP, e(words.Notice.OnlyEditorial))
	}
	if len(n.Substantive) > 0 {
		fmt.Fprintf(w, "<h2 style=\"%s\">%s</h2>\n<ul style=\"%s\">\n", styleH2, e(words.Notice.SubstantiveH), styleList)
		for _, it := range n.Substantive {
			fmt.Fprintf(w, "<li style=\"%s\"><strong>%s</strong> (%s)", styleItem, htmlLink(it.Label, it.Link), e(it.What))
			if it.Title != "" {
				fmt.Fprintf(w, " %s", e(it.Title))
			}
			n.htmlNote(w, it.Explanation)
			htmlExcerpt(w, it.Excerpt)
			fmt.Fprint(w, "</li>\n")
		}
		fmt.Fprint(w, "</ul>\n")
	}
	if len(n.Definitions) > 0 {
		fmt.Fprintf(w, "<h2 style=\"%s\">%s</h2>\n<ul style=\"%s\">\n", styleH2, e(words.Notice.DefinitionsH), styleList)
		for _, d := range n.Definitions {
			fmt.Fprintf(w, "<li style=\"%s\"><strong>%s</strong> — %s", styleItem, e(d.Term), e(d.Sentence))
			if len(d.Affects) > 0 {
				var refs []string
				for _, r := range d.Affects {
					refs = append(refs, htmlLink(r.Label, r.Link))
				}
				fmt.Fprintf(w, " %s", fmt.Sprintf(e(words.Notice.DefUsedIn), strings.Join(refs, ", ")))
			}
			n.htmlNote(w, d.Explanation)
			htmlExcerpt(w, d.Excerpt)
			fmt.Fprint(w, "</li>\n")
		}
		fmt.Fprint(w, "</ul>\n")
	}
	if n.Renumbered > 0 || len(n.Editorial) > 0 {
		fmt.Fprintf(w, "<h2 style=\"%s\">%s</h2>\n", styleH2, e(words.Notice.EditorialH))
		if s := n.renumberedSentence(); s != "" {
			fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleP, e(s))
		}
		if len(n.Editorial) > 0 {
			fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n<ul style=\"%s\">\n", styleP, e(words.Notice.EditorialIntro), styleList)
			for _, it := range n.Editorial {
				fmt.Fprintf(w, "<li style=\"%s\">%s: %s", styleItem, htmlLink(it.Label, it.Link), e(it.What))
				if it.Explanation != "" {
					fmt.Fprintf(w, " — %s", e(oneLine(it.Explanation)))
				}
				fmt.Fprint(w, "</li>\n")
			}
			fmt.Fprint(w, "</ul>\n")
		}
	}
	if n.Objection != "" {
		fmt.Fprintf(w, "<h2 style=\"%s\">%s</h2>\n<div style=\"%s\">\n", styleH2, e(words.Notice.ObjectionH), styleQuote)
		for _, p := range paragraphs(n.Objection) {
			fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleP, e(p))
		}
		fmt.Fprint(w, "</div>\n")
	}
	if n.URL != "" {
		link := htmlLink(n.URL, n.URL)
		fmt.Fprintf(w, "<p style=\"%s\">%s</p>\n", styleP, fmt.Sprintf(e(words.Notice.FullText), link))
	}
	fmt.Fprint(w, "</div>\n</body>\n</html>\n")
}

func (n *Notice) htmlNote(w io.Writer, text string) {
	if text == "" {
		return
	}
	fmt.Fprintf(w, "\n<p style=\"%s\"><em>%s:</em> %s</p>", styleNote, html.EscapeString(n.words().Notice.Explanation),
		html.EscapeString(oneLine(text)))
}

func htmlExcerpt(w io.Writer, ex []Span) {
	if len(ex) == 0 {
		return
	}
	var b strings.Builder
	for _, s := range ex {
		t := html.EscapeString(s.Text)
		switch s.Op {
		case diff.Delete:
			fmt.Fprintf(&b, "<del style=\"%s\">[−%s]</del>", styleDel, t)
		case diff.Insert:
			fmt.Fprintf(&b, "<ins style=\"%s\">[+%s]</ins>", styleIns, t)
		default:
			b.WriteString(t)
		}
	}
	fmt.Fprintf(w, "\n<p style=\"%s\">%s</p>", styleExcerpt, strings.TrimSpace(b.String()))
}

func htmlLink(label, link string) string {
	if link == "" {
		return html.EscapeString(label)
	}
	return fmt.Sprintf("<a href=\"%s\" style=\"%s\">%s</a>", html.EscapeString(link), styleLink, html.EscapeString(label))
}
