package pdf

import (
	"fmt"
	"io/fs"
	"strconv"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/diag"
)

// StylePath is where the page styling lives in the templates.
const StylePath = "pdf/style.json"

// style is the layout of the PDFs, read from templates/pdf/style.json.
// Lengths are millimetres, font sizes points.
type style struct {
	Page struct {
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
		Top    float64 `json:"top"`
		Bottom float64 `json:"bottom"`
		Left   float64 `json:"left"`
		Right  float64 `json:"right"`
		Header float64 `json:"header"` // baseline of the running header
		Footer float64 `json:"footer"` // baseline of the running footer
	} `json:"page"`
	Fonts struct {
		Family     string `json:"family"`
		Regular    string `json:"regular"`
		Bold       string `json:"bold"`
		Italic     string `json:"italic"`
		BoldItalic string `json:"bold_italic"`
	} `json:"fonts"`
	Sizes struct {
		Body         float64 `json:"body"`
		Leading      float64 `json:"leading"` // line height as a multiple of the font size
		TableLeading float64 `json:"table_leading"`
		Title        float64 `json:"title"`
		Publisher    float64 `json:"publisher"`
		MetaLabel    float64 `json:"meta_label"`
		MetaValue    float64 `json:"meta_value"`
		Section      float64 `json:"section"`
		Article      float64 `json:"article"`
		Group        float64 `json:"group"`
		Table        float64 `json:"table"`
		Header       float64 `json:"header"`
		Stamp        float64 `json:"stamp"`
	} `json:"sizes"`
	Space struct {
		Paragraph   float64 `json:"paragraph"`
		Clause      float64 `json:"clause"`
		Article     float64 `json:"article"`
		Section     float64 `json:"section"`
		Item        float64 `json:"item"`
		Gutter      float64 `json:"gutter"`   // between a clause number and its text
		ItemGap     float64 `json:"item_gap"` // between an item label and its text
		CellPadding float64 `json:"cell_padding"`
	} `json:"space"`
	Colors struct {
		Text      string `json:"text"`
		Muted     string `json:"muted"`
		Heading   string `json:"heading"`
		Link      string `json:"link"`
		Term      string `json:"term"`
		Rule      string `json:"rule"`
		TableHead string `json:"table_head"`
		Stamp     string `json:"stamp"`
		Insert    string `json:"insert"`
		Delete    string `json:"delete"`
		ChangeBar string `json:"change_bar"`
	} `json:"colors"`
	StampOpacity      float64 `json:"stamp_opacity"`
	DefinitionsColumn float64 `json:"definitions_column"` // share of the table width for the term column

	file string // the style file as the user knows it: DIR/pdf/style.json
	src  []byte // its content, for the position of a value at fault
}

// loadStyle reads and checks the style file. A mistake in it is a
// diag.Diagnostic at the value at fault, naming the file as the user knows
// it (DIR/pdf/style.json for --templates DIR).
func loadStyle(fsys fs.FS) (*style, error) {
	b, err := fs.ReadFile(fsys, StylePath)
	if err != nil {
		return nil, fmt.Errorf("pdf style: %w", err)
	}
	s := &style{file: templates.Path(fsys, StylePath), src: b}
	if err := diag.DecodeJSON(s.file, b, s, "style"); err != nil {
		return nil, err
	}
	if at, err := s.check(); err != nil {
		return nil, s.errorAt(at, err)
	}
	return s, nil
}

// errorAt is an error about the value at the key path at of the style file.
func (s *style) errorAt(at []string, err error) error {
	return diag.JSONAt(s.file, s.src, at, "style-invalid", "%v", err)
}

// check returns what is wrong with the style and the key it is about.
func (s *style) check() ([]string, error) {
	p := s.Page
	z := s.Sizes
	switch {
	case p.Width < 100 || p.Height < 100:
		return []string{"page"}, fmt.Errorf("page is %gx%g mm: too small", p.Width, p.Height)
	case p.Left+p.Right > p.Width-60 || p.Top+p.Bottom > p.Height-80:
		return []string{"page"}, fmt.Errorf("the margins leave too little room for text")
	case z.Body <= 0 || z.Leading < 1 || z.TableLeading < 1 || z.Title <= 0 || z.Publisher <= 0 || z.MetaLabel <= 0 || z.MetaValue <= 0 ||
		z.Section <= 0 || z.Article <= 0 || z.Group <= 0 || z.Table <= 0 || z.Header <= 0 || z.Stamp <= 0:
		return []string{"sizes"}, fmt.Errorf("sizes: every size must be positive and leading at least 1")
	case s.Fonts.Family == "" || s.Fonts.Regular == "" || s.Fonts.Bold == "" || s.Fonts.Italic == "" || s.Fonts.BoldItalic == "":
		return []string{"fonts"}, fmt.Errorf("fonts: family, regular, bold, italic and bold_italic are all required")
	case psName(s.Fonts.Family) != s.Fonts.Family:
		return []string{"fonts", "family"}, fmt.Errorf("fonts.family %q: use letters and digits only", s.Fonts.Family)
	case s.DefinitionsColumn < 0.1 || s.DefinitionsColumn > 0.7:
		return []string{"definitions_column"}, fmt.Errorf("definitions_column must lie between 0.1 and 0.7")
	case s.StampOpacity <= 0 || s.StampOpacity > 1:
		return []string{"stamp_opacity"}, fmt.Errorf("stamp_opacity must lie between 0 and 1")
	}
	c := s.Colors
	for _, e := range []struct{ name, value string }{{"text", c.Text}, {"muted", c.Muted}, {"heading", c.Heading},
		{"link", c.Link}, {"term", c.Term}, {"rule", c.Rule}, {"table_head", c.TableHead}, {"stamp", c.Stamp},
		{"insert", c.Insert}, {"delete", c.Delete}, {"change_bar", c.ChangeBar}} {
		if _, err := parseColor(e.value); err != nil {
			return []string{"colors", e.name}, fmt.Errorf("colors.%s: %w", e.name, err)
		}
	}
	return nil, nil
}

// rgb is a colour.
type rgb struct{ r, g, b int }

func parseColor(s string) (rgb, error) {
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, fmt.Errorf("%q is not a colour: write #rrggbb", s)
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return rgb{}, fmt.Errorf("%q is not a colour: write #rrggbb", s)
	}
	return rgb{int(v >> 16), int(v >> 8 & 0xff), int(v & 0xff)}, nil
}

// color returns a colour that the style check has already accepted.
func color(s string) rgb {
	c, _ := parseColor(s)
	return c
}

// textWidth is the width between the margins.
func (s *style) textWidth() float64 { return s.Page.Width - s.Page.Left - s.Page.Right }

// lineHeight is the distance between baselines for text of size pt, in mm.
func (s *style) lineHeight(pt float64) float64 { return pt * s.Sizes.Leading * ptMM }

// ptMM converts points to millimetres.
const ptMM = 25.4 / 72
