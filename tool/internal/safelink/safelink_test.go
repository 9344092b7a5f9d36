package safelink

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		url  string
		safe bool
	}{
		{"https://example.org/a?b=c", true},
		{"HTTP://EXAMPLE.ORG", true},
		{"mailto:trust@visma.com", true},
		{"tel:+31201234567", true},
		{"#1.2.4", true},
		{"", true},
		{"2019-07-01.html#3.2", true},
		{"../verwerkersovereenkomst/", true},
		{"../../outsmart/verwerkersovereenkomst/1.html", true},
		{"a/b/../../../../x.html", true},
		{"a/b/../../../../../x.html", false},
		{"https://example.org/%2e%2e/%2e%2e/%2e%2e/", true},
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\nscript:alert(1)", false},
		{"java\u200bscript:alert(1)", false},
		{"&#106;avascript:alert(1)", false},
		{"&#x6A;avascript&colon;alert(1)", false},
		{"&amp;#106;avascript:alert(1)", false},
		{"%6Aavascript:alert(1)", false},
		{"javascript%3Aalert(1)", false},
		{"data:text/html,<b>x</b>", false},
		{"vbscript:msgbox(1)", false},
		{"file:///etc/passwd", false},
		{"FILE:/etc/passwd", false},
		// A site-absolute path leads to the site the documents belong to
		// (links_base); on the reader's computer it reaches nothing a
		// link could take from there.
		{"/policies/privacy", true},
		{"/etc/passwd", true},
		{"/\\evil.example/x", false},
		{"/%2fevil.example/x", false},
		{"\\server\\share", false},
		{" \\server", false},
		{"%5Cserver%5Cshare", false},
		{"../../../etc/passwd", false},
		{"..\\..\\..\\windows\\win.ini", false},
		{"%2e%2e/%2e%2e/%2e%2e/etc/passwd", false},
		{"..%2f..%2f..%2fetc", false},
		{"\\\\server\\share", false},
		{"//example.org/", false},
		{"C:\\Users\\x", false},
		{"x:y", false},
	}
	for _, tt := range tests {
		why := Check(tt.url)
		if (why == "") != tt.safe {
			t.Errorf("Check(%q) = %q, want safe=%v", tt.url, why, tt.safe)
		}
		if Safe(tt.url) != tt.safe {
			t.Errorf("Safe(%q) != %v", tt.url, tt.safe)
		}
	}
}

func TestReasonsNameTheProblem(t *testing.T) {
	for url, want := range map[string]string{
		"file:///etc/passwd":  "a file: address reaches files on the reader's computer",
		"../../../etc/passwd": "the path climbs above the published site",
		"vbscript:x":          "the scheme vbscript: is not a web, e-mail or telephone address",
	} {
		if got := Check(url); got != want {
			t.Errorf("Check(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestDeeplyEncodedIsUnsafe(t *testing.T) {
	// "javascript:x" with its colon percent-encoded, and the percent sign
	// encoded again and again: it never settles within the decoding bound.
	deep := "javascript%" + strings.Repeat("25", 11) + "3Ax"
	if why := Check(deep); why != "it is encoded too many times to be read" {
		t.Errorf("Check(%q) = %q", deep, why)
	}
	shallow := "javascript%" + strings.Repeat("25", 3) + "3Ax"
	if Safe(shallow) {
		t.Errorf("Safe(%q): the colon is found after four decodings", shallow)
	}
}
