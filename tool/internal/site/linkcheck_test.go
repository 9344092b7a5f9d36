package site

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/url"
	"path"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/modeljson"
)

// element is an HTML element as the link checker sees it.
type element struct {
	name  string
	attrs map[string]string
}

func (e element) hasClass(c string) bool {
	for _, f := range strings.Fields(e.attrs["class"]) {
		if f == c {
			return true
		}
	}
	return false
}

// parseHTML reads a page into its elements. legalkit writes HTML that
// encoding/xml can read in its lenient HTML mode; a page it cannot read
// fails the test.
func parseHTML(t *testing.T, name string, data []byte) []element {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var out []element
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			e := element{name: strings.ToLower(se.Name.Local), attrs: map[string]string{}}
			for _, a := range se.Attr {
				n := a.Name.Local
				if a.Name.Space != "" {
					n = a.Name.Space + ":" + n
				}
				e.attrs[strings.ToLower(n)] = a.Value
			}
			out = append(out, e)
		}
	}
}

// TestLinks checks every page of the site of terms/: every internal href
// and every #anchor resolves, ids are unique, ARIA references exist, and no
// page loads anything from elsewhere, runs a script or uses inline style.
func TestLinks(t *testing.T) {
	s := buildTerms(t)
	pages, checked, fragments := checkLinks(t, s)
	t.Logf("%d pages, %d internal links (%d with an anchor): all resolve", pages, checked, fragments)
	if pages < 10 {
		t.Fatalf("only %d pages built", pages)
	}
	if fragments < 1000 {
		t.Errorf("only %d links with an anchor: the cross-links are missing", fragments)
	}
}

// checkLinks checks every page of a built site (see TestLinks) and returns
// the number of pages, of internal links and of those with an anchor.
func checkLinks(t *testing.T, s *Site) (npages, checked, fragments int) {
	t.Helper()
	pages := map[string][]element{}
	ids := map[string]map[string]bool{}
	for _, p := range s.Files() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		data, _ := s.File(p)
		els := parseHTML(t, p, data)
		pages[p] = els
		ids[p] = map[string]bool{}
		for _, e := range els {
			if id, ok := e.attrs["id"]; ok {
				if ids[p][id] {
					t.Errorf("%s: id %q twice", p, id)
				}
				ids[p][id] = true
			}
		}
	}
	for p, els := range pages {
		checkPage(t, p, els, ids[p])
		for _, e := range els {
			for _, attr := range []string{"href", "src"} {
				ref, ok := e.attrs[attr]
				if !ok {
					continue
				}
				u, err := url.Parse(ref)
				if err != nil {
					t.Errorf("%s: <%s %s=%q>: %v", p, e.name, attr, ref, err)
					continue
				}
				if u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") { // "/x": the site the documents belong to
					if e.name != "a" && !(e.name == "link" && e.attrs["rel"] == "canonical") {
						t.Errorf("%s: <%s %s=%q> loads something from elsewhere", p, e.name, attr, ref)
					}
					continue
				}
				checked++
				target := p
				if u.Path != "" {
					target = path.Join(path.Dir(p), u.Path)
					if strings.HasSuffix(u.Path, "/") {
						target += "/index.html"
					}
				}
				if _, ok := s.File(target); !ok {
					t.Errorf("%s: %s=%q: no file %s", p, attr, ref, target)
					continue
				}
				if u.Fragment != "" {
					fragments++
					if ids[target] == nil || !ids[target][u.Fragment] {
						t.Errorf("%s: %s=%q: %s has no id %q", p, attr, ref, target, u.Fragment)
					}
				}
			}
		}
	}
	return len(pages), checked, fragments
}

// checkPage checks what every page must have: a language, one h1, the
// Content-Security-Policy, landmarks, a skip link, no script and no inline
// style; ARIA references name ids on the page.
func checkPage(t *testing.T, p string, els []element, ids map[string]bool) {
	t.Helper()
	h1, csp, mainEl, skip := 0, false, false, false
	for _, e := range els {
		switch e.name {
		case "html":
			if l := e.attrs["lang"]; l != "nl" && l != "en" {
				t.Errorf("%s: <html lang=%q>", p, l)
			}
		case "h1":
			h1++
		case "meta":
			if e.attrs["http-equiv"] == "Content-Security-Policy" {
				csp = strings.Contains(e.attrs["content"], "default-src 'none'")
			}
		case "main":
			mainEl = e.attrs["id"] == "_main"
		case "script", "iframe", "object", "embed", "form", "style":
			t.Errorf("%s: has a <%s>", p, e.name)
		case "a":
			if e.hasClass("skip") && e.attrs["href"] == "#_main" {
				skip = true
			}
		}
		if _, ok := e.attrs["style"]; ok {
			t.Errorf("%s: <%s style=...>: blocked by the CSP", p, e.name)
		}
		for k := range e.attrs {
			if strings.HasPrefix(k, "on") {
				t.Errorf("%s: <%s %s>: event handler attribute", p, e.name, k)
			}
		}
		for _, attr := range []string{"aria-describedby", "aria-labelledby"} {
			for _, id := range strings.Fields(e.attrs[attr]) {
				if !ids[id] {
					t.Errorf("%s: %s=%q names no element", p, attr, id)
				}
			}
		}
	}
	if h1 != 1 {
		t.Errorf("%s: %d <h1>, want 1", p, h1)
	}
	if !csp {
		t.Errorf("%s: no restrictive Content-Security-Policy", p)
	}
	if !mainEl || !skip {
		t.Errorf("%s: main landmark %v, skip link %v", p, mainEl, skip)
	}
}

// TestCrossLinkCounts shows the cross-links are real: on the page of the
// Servicevoorwaarden, the number of linked term uses and of linked clause
// and item references equals what `legalkit inspect` reports, and the JSON
// the site publishes is that same model.
func TestCrossLinkCounts(t *testing.T) {
	s := buildTerms(t)
	const page = "visma/servicevoorwaarden/2018-04-18"
	data, _ := s.File(page + ".json")
	var published modeljson.Document
	if err := json.Unmarshal(data, &published); err != nil {
		t.Fatal(err)
	}
	docs := load(t, "terms")
	var inspect *modeljson.Document
	for _, d := range docs {
		if d.Key() == "visma/servicevoorwaarden@2018-04-18" {
			inspect = modeljson.From(d)
		}
	}
	a, _ := json.Marshal(published)
	b, _ := json.Marshal(inspect)
	if !bytes.Equal(a, b) {
		t.Errorf("%s.json differs from what inspect prints", page)
	}
	wantTerms, wantRefs := 0, 0
	for _, d := range inspect.Definitions {
		wantTerms += len(d.Uses)
	}
	for _, r := range inspect.References {
		if r.Kind == "clause" || r.Kind == "item" {
			wantRefs++
		}
	}
	html, _ := s.File(page + ".html")
	gotTerms, gotRefs := 0, 0
	for _, e := range parseHTML(t, page, html) {
		switch {
		case e.name == "a" && e.hasClass("term"):
			gotTerms++
		case e.name == "a" && (e.hasClass("ref-clause") || e.hasClass("ref-item")):
			gotRefs++
		}
	}
	t.Logf("inspect: %d term uses, %d clause and item references; page: %d term links, %d reference links", wantTerms, wantRefs, gotTerms, gotRefs)
	if wantTerms < 500 || wantRefs < 20 {
		t.Fatalf("inspect reports only %d term uses and %d references", wantTerms, wantRefs)
	}
	if gotTerms != wantTerms {
		t.Errorf("%d term uses linked, inspect reports %d", gotTerms, wantTerms)
	}
	if gotRefs != wantRefs {
		t.Errorf("%d clause and item references linked, inspect reports %d", gotRefs, wantRefs)
	}
}

// TestAnchorsMatchInspect: on every version page of terms/, each clause,
// sub-item and definition has the id that `legalkit inspect` gives as its
// anchor, so a permalink, the JSON and the page agree.
func TestAnchorsMatchInspect(t *testing.T) {
	s := buildTerms(t)
	pages := 0
	for _, p := range s.Files() {
		if !strings.HasSuffix(p, ".json") {
			continue
		}
		data, _ := s.File(p)
		var m modeljson.Document
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		page := strings.TrimSuffix(p, ".json") + ".html"
		html, ok := s.File(page)
		if !ok {
			t.Errorf("%s has no page", p)
			continue
		}
		pages++
		ids := map[string]string{}
		for _, e := range parseHTML(t, page, html) {
			if id, ok := e.attrs["id"]; ok {
				ids[id] = e.name
			}
		}
		var anchors []string
		for _, c := range m.Clauses {
			anchors = append(anchors, c.Anchor)
			for _, it := range c.Items {
				anchors = append(anchors, it.Anchor)
			}
		}
		for _, d := range m.Definitions {
			if !d.Inherited {
				anchors = append(anchors, d.Anchor)
			}
		}
		for _, a := range anchors {
			if ids[a] == "" {
				t.Errorf("%s: no element with id %q, the anchor inspect reports", page, a)
			}
		}
		if len(anchors) < 50 {
			t.Errorf("%s: only %d anchors", page, len(anchors))
		}
	}
	if pages != 3 {
		t.Errorf("%d version pages with JSON, want 3", pages)
	}
}
