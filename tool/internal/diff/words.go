package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Op is what a segment of a word diff does.
type Op int8

// The operations of a word diff.
const (
	Equal Op = iota
	Delete
	Insert
)

func (o Op) String() string {
	switch o {
	case Delete:
		return "delete"
	case Insert:
		return "insert"
	}
	return "equal"
}

// Segment is a run of text that both versions share (Equal), that only the
// old version has (Delete) or that only the new version has (Insert).
// Hunk is the index of the hunk a Delete or Insert belongs to; -1 for Equal.
type Segment struct {
	Op   Op
	Text string
	Hunk int
}

// Hunk is one place where the text changed: the deleted and inserted text
// between two stretches of equal text. Offsets count Unicode code points.
type Hunk struct {
	OldStart, OldEnd int
	NewStart, NewEnd int
	Delete, Insert   string
	Substantive      bool
	Reasons          []string // why an editorial hunk is editorial
}

// TextDiff is the word diff of two texts.
type TextDiff struct {
	Old, New string
	Segments []Segment
	Hunks    []Hunk
}

// Changed reports whether the texts differ.
func (t *TextDiff) Changed() bool { return t != nil && len(t.Hunks) > 0 }

// Substantive reports whether any hunk is substantive.
func (t *TextDiff) Substantive() bool {
	if t == nil {
		return false
	}
	for _, h := range t.Hunks {
		if h.Substantive {
			return true
		}
	}
	return false
}

// Reasons returns the reasons of the editorial hunks, without duplicates,
// in a fixed order.
func (t *TextDiff) Reasons() []string {
	if t == nil {
		return nil
	}
	seen := map[string]bool{}
	for _, h := range t.Hunks {
		if !h.Substantive {
			for _, r := range h.Reasons {
				seen[r] = true
			}
		}
	}
	var out []string
	for _, r := range reasonOrder {
		if seen[r] {
			out = append(out, r)
		}
	}
	return out
}

// WordDiff diffs two texts word by word. Tokens are words, numbers,
// punctuation and whitespace (see tokenize); a word is never split. The
// result does not depend on machine speed: go-diff runs without a timeout.
func WordDiff(a, b string) *TextDiff {
	t := &TextDiff{Old: a, New: b}
	switch {
	case a == b:
		t.Segments = appendSegment(nil, Equal, a)
	case a == "" || b == "":
		t.Segments = appendSegment(appendSegment(nil, Delete, a), Insert, b)
	default:
		// Only the stretch between the common beginning and end needs
		// tokens: a clause of 10,000 characters with one changed word costs
		// little more than a short one.
		p, s := commonEnds(a, b)
		t.Segments = appendSegment(nil, Equal, a[:p])
		for _, seg := range diffTexts(a[p:len(a)-s], b[p:len(b)-s]) {
			t.Segments = appendSegment(t.Segments, seg.Op, seg.Text)
		}
		t.Segments = appendSegment(t.Segments, Equal, a[len(a)-s:])
	}
	t.Hunks = hunks(t.Segments)
	return t
}

// commonEnds returns the lengths of the common beginning and end of two
// different texts, cut at line starts (a line end followed by a non-space)
// so that only whole lines are left out of the diff: tokens are never
// split, and changed lines can be paired with each other.
func commonEnds(a, b string) (prefix, suffix int) {
	n := min(len(a), len(b))
	p := 0
	for p < n && a[p] == b[p] {
		p++
	}
	for p > 0 && !(lineStart(a, p) && lineStart(b, p)) {
		p-- // "\n0" and "\n ": the space starts no line of b, it ends its first token
	}
	s := 0
	for s < n-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	for s > 0 && !(lineStart(a, len(a)-s) && lineStart(b, len(b)-s)) {
		s--
	}
	return p, s
}

// lineStart reports whether a line starts at byte i of s: after a line
// end, at a non-space.
func lineStart(s string, i int) bool {
	return i > 0 && i < len(s) && s[i-1] == '\n' && !spaceAt(s, i)
}

// spaceAt reports whether s has whitespace at byte i; the end of s counts
// as no space.
func spaceAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

func appendSegment(segs []Segment, op Op, text string) []Segment {
	if text == "" {
		return segs
	}
	if n := len(segs); n > 0 && segs[n-1].Op == op {
		segs[n-1].Text += text
		return segs
	}
	return append(segs, Segment{Op: op, Text: text, Hunk: -1})
}

// order puts the deletion of each change before its insertion and merges
// what that brings together.
func order(segs []Segment) []Segment {
	var out []Segment
	for i := 0; i < len(segs); {
		if segs[i].Op == Equal {
			out = appendSegment(out, Equal, segs[i].Text)
			i++
			continue
		}
		var del, ins strings.Builder
		for i < len(segs) && segs[i].Op != Equal {
			if segs[i].Op == Delete {
				del.WriteString(segs[i].Text)
			} else {
				ins.WriteString(segs[i].Text)
			}
			i++
		}
		out = appendSegment(out, Delete, del.String())
		out = appendSegment(out, Insert, ins.String())
	}
	return out
}

// hunks numbers the changes of a segment list and records their offsets.
func hunks(segs []Segment) []Hunk {
	var out []Hunk
	oldPos, newPos := 0, 0
	for i := 0; i < len(segs); i++ {
		s := &segs[i]
		n := utf8.RuneCountInString(s.Text)
		if s.Op == Equal {
			oldPos += n
			newPos += n
			continue
		}
		if i == 0 || segs[i-1].Op == Equal {
			out = append(out, Hunk{OldStart: oldPos, OldEnd: oldPos, NewStart: newPos, NewEnd: newPos, Substantive: true})
		}
		h := &out[len(out)-1]
		s.Hunk = len(out) - 1
		if s.Op == Delete {
			h.Delete += s.Text
			oldPos += n
			h.OldEnd = oldPos
		} else {
			h.Insert += s.Text
			newPos += n
			h.NewEnd = newPos
		}
	}
	return out
}

// Apply applies the hunks to the old text and returns the new text: what
// the fuzz test checks and what a consumer of the JSON can do.
func Apply(old string, hs []Hunk) string {
	r := []rune(old)
	var b strings.Builder
	at := 0
	for _, h := range hs {
		if h.OldStart < at || h.OldEnd > len(r) || h.OldStart > h.OldEnd {
			return ""
		}
		b.WriteString(string(r[at:h.OldStart]))
		b.WriteString(h.Insert)
		at = h.OldEnd
	}
	b.WriteString(string(r[at:]))
	return b.String()
}
