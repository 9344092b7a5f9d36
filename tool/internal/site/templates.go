package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/html"
)

// The files of templates/html the site needs. Every page template defines
// "main"; layout.html wraps it.
const (
	layoutFile   = "html/layout.html"
	partialsFile = "html/partials.html"
	textFile     = "html/text.json"
)

// pageTemplates holds the parsed page templates and the interface text.
type pageTemplates struct {
	fsys      fs.FS
	text      map[string]map[string]string
	textFiles []sourceFile // the built-in text.json, then that of --templates
	base      *template.Template
	mu        sync.Mutex
	pages     map[string]*template.Template
	files     map[string]sourceFile // the parsed templates by name (html/layout.html)
}

// sourceFile is a file read from the templates, named as the user knows it.
type sourceFile struct {
	path string // templates/html/layout.html, or DIR/html/layout.html
	src  []byte
}

func loadTemplates(fsys fs.FS) (*pageTemplates, error) {
	t := &pageTemplates{fsys: fsys, pages: map[string]*template.Template{}, files: map[string]sourceFile{}}
	// The built-in words first, then those of --templates on top: a
	// text.json of one's own needs only the words it changes.
	t.text = map[string]map[string]string{}
	for _, f := range []fs.FS{templates.Embedded(), fsys} {
		raw, err := fs.ReadFile(f, textFile)
		if err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
		var words map[string]map[string]string
		path := templates.Path(f, textFile)
		if err := diag.DecodeJSON(path, raw, &words, "template-text"); err != nil {
			return nil, err
		}
		t.textFiles = append(t.textFiles, sourceFile{path, raw})
		for l, ws := range words {
			if t.text[l] == nil {
				t.text[l] = map[string]string{}
			}
			for k, w := range ws {
				t.text[l][k] = w
			}
		}
	}
	t.base = template.New("layout").Funcs(template.FuncMap{
		"t":    t.word,
		"fill": t.fill,
		"link": link,
	})
	for _, name := range []string{layoutFile, partialsFile} {
		if err := t.parse(t.base, name); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func (t *pageTemplates) parse(into *template.Template, name string) error {
	src, err := fs.ReadFile(t.fsys, name)
	if err != nil {
		return fmt.Errorf("templates: %w", err)
	}
	t.files[name] = sourceFile{templates.Path(t.fsys, name), src}
	if _, err := into.New(name).Parse(string(src)); err != nil {
		return t.templateError(err, name, "template-invalid", "")
	}
	return nil
}

// page returns the template set for templates/html/NAME.html.
func (t *pageTemplates) page(name string) (*template.Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if p, ok := t.pages[name]; ok {
		return p, nil
	}
	p, err := t.base.Clone()
	if err != nil {
		return nil, err
	}
	if err := t.parse(p, "html/"+name+".html"); err != nil {
		return nil, err
	}
	if p.Lookup("main") == nil {
		f := t.files["html/"+name+".html"]
		return nil, diag.At(f.path, f.src, 0, "template-invalid", "defines no \"main\" template")
	}
	t.pages[name] = p
	return p, nil
}

// word returns the interface text for key in language lang.
func (t *pageTemplates) word(lang, key string) (string, error) {
	if s, ok := t.text[lang][key]; ok {
		return s, nil
	}
	return "", fmt.Errorf("%s has no text %q for language %q", textFile, key, lang)
}

// fill returns the interface text for key with its {placeholders} replaced:
// args are name, value pairs; a value is text (escaped) or template.HTML
// (a link built by link).
func (t *pageTemplates) fill(lang, key string, args ...any) (template.HTML, error) {
	vals := map[string]string{}
	for i := 0; i+1 < len(args); i += 2 {
		switch v := args[i+1].(type) {
		case template.HTML:
			vals[fmt.Sprint(args[i])] = string(v)
		default:
			vals[fmt.Sprint(args[i])] = html.Escape(fmt.Sprint(v))
		}
	}
	s, err := t.subst(lang, key, len(args), vals, html.Escape)
	return template.HTML(s), err
}

// fillText is fill for plain text: titles, feeds.
func (t *pageTemplates) fillText(lang, key string, args ...string) (string, error) {
	vals := map[string]string{}
	for i := 0; i+1 < len(args); i += 2 {
		vals[args[i]] = args[i+1]
	}
	return t.subst(lang, key, len(args), vals, func(s string) string { return s })
}

func (t *pageTemplates) subst(lang, key string, nargs int, vals map[string]string, esc func(string) string) (string, error) {
	s, err := t.word(lang, key)
	if err != nil {
		return "", err
	}
	if nargs%2 != 0 {
		return "", fmt.Errorf("text %q: arguments come in name, value pairs", key)
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(esc(s))
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(esc(s))
			break
		}
		b.WriteString(esc(s[:i]))
		name := s[i+1 : i+j]
		v, ok := vals[name]
		if !ok {
			return "", t.textAt(lang, key, "template-text-invalid", "text %q for %q has {%s}, which is not given", key, lang, name)
		}
		b.WriteString(v)
		s = s[i+j+1:]
	}
	return b.String(), nil
}

// link returns an HTML link; an empty href gives the text alone.
func link(href, text string) template.HTML {
	if href == "" {
		return template.HTML(html.Escape(text))
	}
	return template.HTML(`<a href="` + html.Escape(href) + `">` + html.Escape(text) + `</a>`)
}

// check reports text keys missing from one language but present in another,
// so a translation gap fails the build instead of one page.
func (t *pageTemplates) check(langs []string) error {
	keys := map[string]string{} // a language that has it
	for l, m := range t.text {
		for k := range m {
			if keys[k] == "" || l < keys[k] {
				keys[k] = l
			}
		}
	}
	type gap struct{ text, key, has string } // has: a language that has the text
	var missing []gap
	for _, l := range langs {
		for k := range keys {
			if _, ok := t.text[l][k]; !ok {
				missing = append(missing, gap{fmt.Sprintf("%q for %q", k, l), k, keys[k]})
			}
		}
	}
	if len(missing) > 0 {
		sort.Slice(missing, func(i, j int) bool { return missing[i].text < missing[j].text })
		var list []string
		for _, m := range missing {
			list = append(list, m.text)
		}
		return t.textAt(missing[0].has, missing[0].key, "template-text-missing", "no text %s", strings.Join(list, ", "))
	}
	return nil
}

// execute renders a page template into a complete page.
func (t *pageTemplates) execute(name string, p *Page) ([]byte, error) {
	tp, err := t.page(name)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if d, ok := p.Data.(VersionData); ok {
		b.Grow(len(d.Body) + len(d.Index) + len(d.TOC) + 8<<10)
	}
	if err := tp.ExecuteTemplate(&b, "layout", p); err != nil {
		t.mu.Lock() // t.files grows while other pages parse
		defer t.mu.Unlock()
		return nil, t.templateError(err, "html/"+name+".html", "template-failed", p.Path)
	}
	return b.Bytes(), nil
}

// safeHTML marks the renderer's output as HTML: package html escapes all
// text from the sources itself.
func safeHTML(s string) template.HTML { return template.HTML(s) }
