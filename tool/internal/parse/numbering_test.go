package parse_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// TestHeadingNumbering reads each way documents written elsewhere number
// their headings: the outline lists "anchor(parent) title".
func TestHeadingNumbering(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"relative to a lettered section", "en", "## A. Scope\n\n## C. Payment\n\nText.\n\n### 1. Invoices\n\n### 2. Billing Cycle\n\n## D. Term\n",
			[]string{"A() Scope", "C() Payment", "C.1(C) Invoices", "C.2(C) Billing Cycle", "D() Term"}},
		{"relative to a numbered section", "en", "## 5. Fees\n\n### 1. Amounts\n\n### 2. Taxes\n\n## 6. Term\n",
			[]string{"5() Fees", "5.1(5) Amounts", "5.2(5) Taxes", "6() Term"}},
		{"one level too deep continues", "en", "# 1. Scope\n\n## 2. Fees\n\n## 3. Term\n",
			[]string{"1() Scope", "2() Fees", "3() Term"}},
		{"lettered and roman subsections", "en", "## 6. Accounts\n\n### a. Creating\n\n### b. Your Account\n\n## 7. Use\n\n### i. First\n\n### ii. Second\n",
			[]string{"6() Accounts", "6.a(6) Creating", "6.b(6) Your Account", "7() Use", "7.i(7) First", "7.ii(7) Second"}},
		{"escaped full stop", "en", "## 4\\. Fees\n\n## 5\\. Term\n", []string{"4() Fees", "5() Term"}},
		{"number in bold heading", "en", "## **4. Fees**\n\nText.\n", []string{"4() Fees"}},
		{"setext headings", "en", "4\\. Fees\n-------\n\nText.\n\n**5. Term**\n==========\n", []string{"4() Fees", "5() Term"}},
		{"bold paragraph clauses", "en", "# 2. Payment\n\n**2.3. Late Payment.** Interest is due.\n\n**2.4 Disputes**\n",
			[]string{"2() Payment", "2.3(2) Late Payment.", "2.4(2) Disputes"}},
		{"bold single numbers under a heading", "en", "## 5. Fees\n\n**1. Amounts.** Text.\n\n**2. Taxes.** Text.\n",
			[]string{"5() Fees", "5.1(5) Amounts.", "5.2(5) Taxes."}},
		{"article words", "en", "## Article 7: Audits\n\n## Clause 12: Audits.\n\n## Section 3\n",
			[]string{"7() Audits", "12() Audits.", "3()"}},
		{"sections numbered within sections", "en", "## Article 1 Definitions\n\n### Section 1.1 Terms\n\n## Section 2\n\n### Section 2.1\n",
			[]string{"1() Definitions", "1.1(1) Terms", "2()", "2.1(2)"}},
		{"a hash before a number is text", "en", "## 1. Scope\n\n#1 priority is safety.\n", []string{"1() Scope"}},
		{"article with letter and two spaces", "nl", "### Artikel 12a\n\n### Artikel  1.1\n", []string{"12a()", "1.1()"}},
		{"chapters hold articles", "nl", "### Hoofdstuk 2\n\n### Artikel 2\n\n### Artikel 3\n\n### Hoofdstuk 3\n\n### Artikel 4\n",
			[]string{"hoofdstuk-2()", "2(hoofdstuk-2)", "3(hoofdstuk-2)", "hoofdstuk-3()", "4(hoofdstuk-3)"}},
		{"divisions counted within chapters", "nl", "### Hoofdstuk I\n\n### Afdeling 1\n\n### Artikel 1\n\n### Hoofdstuk II\n\n### Afdeling 1\n\n### Paragraaf 3\n\n### Artikel 2\n",
			[]string{"hoofdstuk-i()", "hoofdstuk-i-afdeling-1(hoofdstuk-i)", "1(hoofdstuk-i-afdeling-1)", "hoofdstuk-ii()",
				"hoofdstuk-ii-afdeling-1(hoofdstuk-ii)", "hoofdstuk-ii-afdeling-1-paragraaf-3(hoofdstuk-ii-afdeling-1)", "2(hoofdstuk-ii-afdeling-1-paragraaf-3)"}},
		{"titles and boeken", "nl", "## Titel 1\n\n### Artikel 1\n\n## Titel 2\n\n### Artikel 2\n", []string{"titel-1()", "1(titel-1)", "titel-2()", "2(titel-2)"}},
		{"§ numbers articles without other article words", "de", "## Abschnitt 1 - Ansprüche\n\n### § 1 Anspruch\n\n### § 2a Weiteres\n\n## Abschnitt 2 - Verfahren\n\n### Unterabschnitt 1 - Allgemeines\n\n#### § 5 Anwendung\n",
			[]string{"abschnitt-1() Ansprüche", "1(abschnitt-1) Anspruch", "2a(abschnitt-1) Weiteres", "abschnitt-2() Verfahren",
				"abschnitt-2-unterabschnitt-1(abschnitt-2) Allgemeines", "5(abschnitt-2-unterabschnitt-1) Anwendung"}},
		{"§ is a paragraaf beside Artikel", "nl", "### Hoofdstuk 3\n\n### § 3.1\n\n### Artikel 3.1\n\n### § 3.1.1\n\n### Artikel 3.2\n\n### § 3.2\n",
			[]string{"hoofdstuk-3()", "paragraaf-3.1(hoofdstuk-3)", "3.1(paragraaf-3.1)", "paragraaf-3.1.1(paragraaf-3.1)", "3.2(paragraaf-3.1.1)", "paragraaf-3.2(hoofdstuk-3)"}},
		{"a chapter without articles is the unit", "en", "# Chapter 1 Scope\n\n## 1.1 Parties\n\n# Chapter 2 Fees\n",
			[]string{"1() Scope", "1.1(1) Parties", "2() Fees"}},
		{"annexes", "en", "# 1. Terms\n\n# Appendix 2\n\n## 1. Data\n\n## 1.1 Kinds\n\n# Annex I\n\n# Schedule 1\n\n# Exhibit A\n\n# Bijlage 1\n",
			[]string{"1() Terms", "appendix-2()", "appendix-2.1(appendix-2) Data", "appendix-2.1.1(appendix-2.1) Kinds", "I()", "schedule-1()", "A()", "bijlage-1()"}},
		{"French divisions", "fr", "## Chapitre 1\n\n## Section 1\n\n### Article 1\n\n## Titre 2\n\n## Annexe 1\n",
			[]string{"chapitre-1()", "chapitre-1-section-1(chapitre-1)", "1(chapitre-1-section-1)", "titre-2()", "annexe-1()"}},
		{"German words", "de", "## Anlage 1\n\n## Anhang 2\n\n## Ziffer 3\n", []string{"anlage-1()", "anhang-2()", "3()"}},
		{"unnumbered sections of a privacy notice", "en", "# Privacy Notice\n\nIntro.\n\n## What we collect\n\n### Account data\n\n## How we use it\n\n### Account data\n\n## What we collect\n",
			[]string{"what-we-collect() What we collect", "account-data(what-we-collect) Account data", "how-we-use-it() How we use it", "account-data-2(how-we-use-it) Account data", "what-we-collect-2() What we collect"}},
		{"an unnumbered section before numbered ones", "en", "# Terms\n\n## Preamble\n\n## § 1 Subject\n\n## § 2 Contract\n",
			[]string{"preamble() Preamble", "1() Subject", "2() Contract"}},
		{"words that are not numbers", "en", "# Terms\n\n## A new account\n\n## Part of the service\n\n## Section headings\n\n## 24/7 support\n",
			[]string{"a-new-account() A new account", "part-of-the-service() Part of the service", "section-headings() Section headings", "24-7-support() 24/7 support"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := mustParse(t, tt.lang, tt.body)
			if got := outline(doc); !slices.Equal(got, tt.want) {
				t.Errorf("\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestHeadingWithoutSpace: "###Artikel 33" is a paragraph to Markdown;
// legalkit warns and reads the heading, so references to it resolve.
func TestHeadingWithoutSpace(t *testing.T) {
	doc, msgs := mustParse(t, "nl", "### Hoofdstuk 1\n\n###Artikel 33\nDe tekst van het artikel.\n\n####Algemeen\n\n### Artikel 34\n")
	if got, want := outline(doc), []string{"hoofdstuk-1()", "33(hoofdstuk-1)", "34(hoofdstuk-1)"}; !slices.Equal(got, want) {
		t.Errorf("outline\n got: %q\nwant: %q", got, want)
	}
	if want := []string{"13:1 heading-no-space", "16:1 heading-no-space"}; !slices.Equal(msgs, want) {
		t.Errorf("diagnostics %q, want %q", msgs, want)
	}
	c := doc.Clause("33")
	if c == nil || len(c.Blocks) != 1 || !strings.Contains(textOf(c.Blocks), "De tekst") {
		t.Errorf("article 33 lost its text: %+v", c)
	}
}

func textOf(bs []model.Block) string {
	var sb strings.Builder
	for _, b := range bs {
		if p, ok := b.(*model.Paragraph); ok {
			sb.WriteString(model.PlainText(p.Inlines))
		}
	}
	return sb.String()
}
