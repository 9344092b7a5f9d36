package pdf

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/legalkit/legalkit/templates"
)

// face is one of the four faces of the font family.
type face uint8

const (
	regular face = iota
	bold
	italic
	boldItalic
	faces // number of faces
)

// fpdfStyle is the style string fpdf knows the face by.
func (f face) fpdfStyle() string { return [...]string{"", "B", "I", "BI"}[f] }

// with returns the face with bold and/or italic added.
func (f face) with(b, i bool) face {
	isB := f == bold || f == boldItalic || b
	isI := f == italic || f == boldItalic || i
	switch {
	case isB && isI:
		return boldItalic
	case isB:
		return bold
	case isI:
		return italic
	}
	return regular
}

// font is a face at a size in points.
type font struct {
	face face
	size float64
}

// fontSet holds the TrueType files of the four faces.
type fontSet struct {
	family string
	files  [faces][]byte
	parsed [faces]*sfnt.Font
}

// loadFonts reads the font files the style names and checks that fpdf can
// use them.
func loadFonts(fsys fs.FS, st *style) (*fontSet, error) {
	fs0 := &fontSet{family: st.Fonts.Family}
	keys := [faces]string{"regular", "bold", "italic", "bold_italic"}
	for f, path := range [faces]string{st.Fonts.Regular, st.Fonts.Bold, st.Fonts.Italic, st.Fonts.BoldItalic} {
		at := []string{"fonts", keys[f]}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return nil, st.errorAt(at, fmt.Errorf("fonts.%s: %w", keys[f], err))
		}
		parsed, err := sfnt.Parse(b)
		if err != nil {
			return nil, st.errorAt(at, fmt.Errorf("fonts.%s: %s is not a TrueType font: %w", keys[f], path, err))
		}
		fs0.files[f], fs0.parsed[f] = b, parsed
	}
	if !fs0.embedded() {
		// fpdf reads fonts its own way: make sure it can before any PDF is made
		probe := newFpdf(st)
		fs0.register(probe, [faces]bool{true, true, true, true})
		for f := range faces {
			probe.SetFont(fs0.family, f.fpdfStyle(), 10)
		}
		if err := probe.Error(); err != nil {
			return nil, st.errorAt([]string{"fonts"}, fmt.Errorf("fonts of %s: %w", st.Fonts.Family, err))
		}
	}
	return fs0, nil
}

// register adds the faces marked in use to f.
func (s *fontSet) register(f *fpdf.Fpdf, use [faces]bool) {
	for i, b := range s.files {
		if use[i] {
			f.AddUTF8FontFromBytes(s.family, face(i).fpdfStyle(), b)
		}
	}
}

// newFpdf returns an empty document in millimetres on the style's page size.
func newFpdf(st *style) *fpdf.Fpdf {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: st.Page.Width, Ht: st.Page.Height}})
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetCellMargin(0)
	f.SetCompression(false) // fixup compresses the page contents, with one compressor for all
	f.SetCatalogSort(true)  // resources in a fixed order: the same bytes on every run
	return f
}

// measurer measures text with the widths fpdf uses when it draws: the
// advance of each glyph in thousandths of an em, rounded, as fpdf's
// TrueType parser computes them (codeberg.org/go-pdf/fpdf utf8fontfile.go).
// Reading them with x/image/font/sfnt spares loading every face into fpdf
// just to measure.
type measurer struct {
	fonts  *fontSet
	buf    sfnt.Buffer
	widths [faces]map[rune]int
	cache  map[measureKey]float64
}

type measureKey struct {
	face face
	text string
}

func newMeasurer(fonts *fontSet) *measurer {
	m := &measurer{fonts: fonts, cache: map[measureKey]float64{}}
	for i := range m.widths {
		m.widths[i] = map[rune]int{}
	}
	return m
}

// width returns the width of s in fn, in millimetres.
func (m *measurer) width(fn font, s string) float64 {
	k := measureKey{fn.face, s}
	w, ok := m.cache[k]
	if !ok {
		units := 0
		for _, r := range s {
			units += m.rune(fn.face, r)
		}
		w = float64(units) / 1000
		m.cache[k] = w
	}
	return w * fn.size * ptMM
}

// rune returns the width of r in thousandths of an em.
func (m *measurer) rune(f face, r rune) int {
	if w, ok := m.widths[f][r]; ok {
		return w
	}
	font := m.fonts.parsed[f]
	upem := int(font.UnitsPerEm())
	idx, err := font.GlyphIndex(&m.buf, r)
	if err != nil {
		idx = 0
	}
	adv, err := font.GlyphAdvance(&m.buf, idx, fixed.I(upem), xfont.HintingNone)
	w := 0
	if err == nil {
		w = int(math.Round(1000 * float64(adv) / 64 / float64(upem)))
	}
	if idx == 0 && w == 0 {
		w = 500 // fpdf's width of a glyph it does not know
	}
	m.widths[f][r] = w
	return w
}

// embedded reports whether the fonts are the ones built into legalkit.
func (s *fontSet) embedded() bool {
	builtin := templates.Embedded()
	for i, path := range embeddedFonts {
		b, err := fs.ReadFile(builtin, path)
		if err != nil || !bytes.Equal(b, s.files[i]) {
			return false
		}
	}
	return true
}

// embeddedFonts are the font files of templates/pdf/style.json.
var embeddedFonts = [faces]string{"fonts/Caladea-Regular.ttf", "fonts/Caladea-Bold.ttf", "fonts/Caladea-Italic.ttf", "fonts/Caladea-BoldItalic.ttf"}
