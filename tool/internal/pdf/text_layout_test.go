package pdf

import (
	"math"
	"strings"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// lineText returns the words of a line.
func lineText(l *line) string {
	var b strings.Builder
	for _, it := range l.items {
		b.WriteString(it.text)
	}
	return strings.TrimSpace(b.String())
}

func lineEnd(l *line) float64 {
	if len(l.items) == 0 {
		return 0
	}
	last := l.items[len(l.items)-1]
	return last.x + last.w
}

func TestBreakLines(t *testing.T) {
	r := renderer(t)
	m := r.measurer()
	st := runStyle{font: font{regular, 10}}
	link := st
	link.link, link.target = 1, "x#c:1.2"
	const width = 60.0
	lorem := "The Customer pays the fees set out in the order confirmation within thirty days of the invoice date"
	tests := []struct {
		name  string
		build func(t *tokens)
		check func(t *testing.T, ls []*line)
	}{
		{"justified to the edge, last line ragged", func(t *tokens) { t.text(lorem, st) }, func(t *testing.T, ls []*line) {
			if len(ls) < 2 {
				t.Fatalf("%d lines", len(ls))
			}
			for _, l := range ls[:len(ls)-1] {
				if math.Abs(lineEnd(l)-width) > 0.01 {
					t.Errorf("line %q ends at %.2f, not at the edge %.0f", lineText(l), lineEnd(l), width)
				}
			}
			if lineEnd(ls[len(ls)-1]) >= width-1 {
				t.Errorf("last line stretched to %.2f", lineEnd(ls[len(ls)-1]))
			}
		}},
		{"hard break", func(t *tokens) { t.text("first part", st); t.lineBreak(); t.text("second part", st) }, func(t *testing.T, ls []*line) {
			if len(ls) != 2 || lineText(ls[0]) != "first part" || lineText(ls[1]) != "second part" {
				t.Errorf("lines %q", texts(ls))
			}
		}},
		{"a short link stays on one line", func(tk *tokens) {
			tk.text("The Customer pays the fees set out in", st)
			tk.space(st)
			start := len(tk.list)
			tk.text("artikel 13.2 van de Overeenkomst", link)
			tk.keepTogether(start, width)
			tk.text(" within thirty days.", st)
		}, func(t *testing.T, ls []*line) {
			n := 0
			for _, l := range ls {
				for _, it := range l.items {
					if it.style.link == 1 {
						n++
						if !strings.Contains(lineText(l), "artikel 13.2 van de Overeenkomst") {
							t.Errorf("link split: %q", texts(ls))
						}
					}
				}
			}
			if n == 0 {
				t.Error("link lost")
			}
		}},
		{"a word wider than the line is cut", func(t *tokens) { t.text(strings.Repeat("x", 120), st) }, func(t *testing.T, ls []*line) {
			for _, l := range ls {
				if lineEnd(l) > width+0.01 {
					t.Errorf("line of %.1f mm in a column of %.0f", lineEnd(l), width)
				}
			}
			if got := strings.Join(texts(ls), ""); got != strings.Repeat("x", 120) {
				t.Errorf("cut word reads %q", got)
			}
		}},
		{"no short word alone before a long one", func(t *tokens) {
			t.text("In het Trust Centre vindt u een overzicht als Verwerkingsverantwoordelijke: www.visma.com/trust-centre/smb/security", st)
		}, func(t *testing.T, ls []*line) {
			for _, l := range ls[:len(ls)-1] {
				if len(lineText(l)) < 4 {
					t.Errorf("%q alone on a line: %q", lineText(l), texts(ls))
				}
			}
		}},
		{"no line ends in a word's hyphen", func(t *tokens) {
			t.text("de minimale hardware- en softwarevereisten, inclusief browser-specificaties, die door OutSmart hardware- en", st)
		}, func(t *testing.T, ls []*line) {
			for _, l := range ls[:len(ls)-1] {
				if strings.HasSuffix(lineText(l), "-") {
					t.Errorf("line ends in a hyphen, which text extraction would join: %q", texts(ls))
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := &tokens{m: m}
			tt.build(tk)
			tk.trimGlue()
			tt.check(t, breakLines(tk.list, width, 5, 10, false))
		})
	}
}

func texts(ls []*line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, lineText(l))
	}
	return out
}

// TestWidthsMatchFpdf checks that the measurer, which reads the fonts with
// x/image/font/sfnt, gives the widths fpdf draws with, for every character
// of the seed documents and a few it lacks.
func TestWidthsMatchFpdf(t *testing.T) {
	r := renderer(t)
	m := newMeasurer(r.fonts)
	f := newFpdf(r.st)
	r.fonts.register(f, [faces]bool{true, true, true, true})
	runes := map[rune]bool{'€': true, '“': true, '”': true, '–': true, '·': true, '•': true, '\u4e2d': true, '\U0001F600': true}
	for _, ref := range seeds {
		for _, c := range model.BlocksText(seedDoc(t, ref).Preamble) + seedDoc(t, ref).Meta.Title {
			runes[c] = true
		}
		seedDoc(t, ref).Walk(func(c *model.Clause) {
			for _, r := range model.BlocksText(c.Blocks) + c.Title {
				runes[r] = true
			}
		})
	}
	for fc := range faces {
		f.SetFont(r.fonts.family, fc.fpdfStyle(), 10)
		for c := range runes {
			want := f.GetStringWidth(string(c))
			if got := m.width(font{fc, 10}, string(c)); math.Abs(got-want) > 1e-9 {
				t.Errorf("face %d: %q is %.6f mm wide, fpdf draws it %.6f mm wide", fc, c, got, want)
			}
		}
	}
}
