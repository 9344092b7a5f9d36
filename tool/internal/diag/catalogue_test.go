package diag

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/lang"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// TestCatalogueComplete: every message format in the source has a Dutch
// entry with the same verbs; a missing one is printed as a Go line to
// paste into tool/internal/lang/messages_nl.go and translate.
func TestCatalogueComplete(t *testing.T) {
	uses, literals := sourceFormats(t, filepath.Join(testutil.Root(t), "tool"))
	if len(uses) < 50 {
		t.Fatalf("found only %d message formats in the source: the scan is broken", len(uses))
	}
	for _, at := range literals {
		t.Errorf("%s: a Diagnostic with a Message of its own cannot be translated: make it with diag.New (or Add, At) and a literal format", at)
	}
	nl := lang.Messages("nl")
	seen := map[string]bool{}
	var missing []string
	for _, u := range uses {
		if !Wordy(u.format) || seen[u.format] {
			seen[u.format] = true
			continue
		}
		seen[u.format] = true
		if _, ok := nl[u.format]; !ok {
			missing = append(missing, fmt.Sprintf("\t%s: %s, // %s", strconv.Quote(u.format), strconv.Quote("TODO "+u.format), u.at))
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d message formats have no Dutch entry; add these lines to tool/internal/lang/messages_nl.go and translate them:\n%s",
			len(missing), strings.Join(missing, "\n"))
	}
	var stale []string
	for en := range nl {
		if !seen[en] {
			stale = append(stale, strconv.Quote(en))
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("the Dutch catalogue has entries no message of the source uses; remove them from tool/internal/lang/messages_nl.go:\n\t%s", strings.Join(stale, "\n\t"))
	}
}

// TestCatalogueVerbs: each translation formats the same arguments with the
// same verbs as its English format, and nothing is left to translate.
func TestCatalogueVerbs(t *testing.T) {
	for _, language := range lang.MessageLanguages {
		for en, tr := range lang.Messages(language) {
			if msg := sameVerbs(en, tr); msg != "" {
				t.Errorf("%s %q: %q %s", language, en, tr, msg)
			}
			if strings.HasPrefix(tr, "TODO") || strings.TrimSpace(tr) == "" {
				t.Errorf("%s %q is not translated yet: %q", language, en, tr)
			}
		}
	}
}

// sameVerbs explains how the verbs of a translation differ from those of
// its English format; "" when they are the same per argument.
func sameVerbs(en, tr string) string {
	a, ok1 := parseVerbs(en)
	b, ok2 := parseVerbs(tr)
	if !ok1 || !ok2 {
		return "has a verb fmt cannot read"
	}
	specs := func(vs []verb) []string {
		var out []string
		for _, v := range vs {
			for len(out) <= v.arg {
				out = append(out, "")
			}
			if out[v.arg] == "" {
				out[v.arg] = v.spec
			} else if out[v.arg] != v.spec {
				out[v.arg] += "|" + v.spec
			}
		}
		return out
	}
	if sa, sb := specs(a), specs(b); !slices.Equal(sa, sb) {
		return fmt.Sprintf("formats its arguments as %v, the English as %v", sb, sa)
	}
	return ""
}

// TestSameVerbs: the check itself sees a changed, missing or extra verb and
// accepts arguments in another order.
func TestSameVerbs(t *testing.T) {
	for _, c := range []struct {
		en, tr string
		ok     bool
	}{
		{"%q refers to %s", "%q verwijst naar %s", true},
		{"clause %s follows %s", "%[2]s komt vóór artikel %[1]s", true},
		{"%q refers to %s", "%s verwijst naar %q", false},
		{"%q refers to %s", "%q verwijst nergens naar", false},
		{"%d days", "%d dagen en %s", false},
		{"byte 0x%02x", "byte 0x%x", false},
		{"100%% sure: %s", "100%% zeker: %s", true},
	} {
		if got := sameVerbs(c.en, c.tr) == ""; got != c.ok {
			t.Errorf("sameVerbs(%q, %q) accepts: %v, want %v", c.en, c.tr, got, c.ok)
		}
	}
}
