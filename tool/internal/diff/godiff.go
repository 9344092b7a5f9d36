package diff

// This file is the only place that calls go-diff: tokens are encoded as
// runes, diffed, cleaned up and decoded.

import (
	"strings"
	"unicode/utf8"

	dmp "github.com/sergi/go-diff/diffmatchpatch"
)

// The first and last runes used to encode tokens. All lie in the
// three-byte range of UTF-8, so that go-diff's byte-based string slicing
// in its semantic cleanup always falls on token boundaries, and none is a
// surrogate, the replacement character or a noncharacter.
const (
	firstTokenRune = 0x800
	lastTokenRune  = 0xFFFC
)

// maxDiffTokens bounds the tokens of one word diff (and the lines of one
// line diff). go-diff's cost grows with the product of the lengths of what
// differs; beyond this bound the changed stretch is shown deleted and
// inserted whole, so that the cost stays bounded without a timeout and the
// result depends on nothing but the texts. A line of a clause is far
// shorter.
const maxDiffTokens = 20000

// diffTexts diffs two different texts. A text of several lines (the
// paragraphs and sub-items of a clause) is compared line by line first, and
// changed lines are paired by their words before they are diffed word by
// word: a deleted sub-item reads as one deleted line, and the item after it
// as "[-f)-]{+e)+}" with its text unchanged.
func diffTexts(a, b string) []Segment {
	la, lb := splitLines(a), splitLines(b)
	if len(la) == 1 && len(lb) == 1 {
		return wordSegments(a, b)
	}
	return lineSegments(la, lb)
}

// splitLines cuts text after each line end that a non-space follows, so
// that no token is split: "a\n b" stays one line.
func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' && i+1 < len(s) && !spaceAt(s, i+1) {
			out = append(out, s[start:i+1])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// wordSegments returns the segments of the word diff of two different
// texts.
func wordSegments(a, b string) []Segment {
	if a == "" || b == "" {
		return appendSegment(appendSegment(nil, Delete, a), Insert, b)
	}
	ta, tb := tokenize(a), tokenize(b)
	if len(ta)+len(tb) > maxDiffTokens {
		return coarse(ta, tb)
	}
	return tokenSegments(a, b, ta, tb)
}

// tokenSegments diffs two token lists with go-diff.
func tokenSegments(a, b string, ta, tb []string) []Segment {
	enc := newEncoder()
	ra, rb := enc.encode(ta), enc.encode(tb)
	if enc.overflow {
		return coarse(ta, tb)
	}
	d := dmp.New()
	d.DiffTimeout = 0
	raw := d.DiffMainRunes(ra, rb, false)
	// Semantic cleanup on the encoded runes: it merges small equalities
	// between changes ("de" between two replaced phrases) into the change,
	// measured in tokens. Decoding first would let it split numbers and
	// words again.
	clean := d.DiffCleanupSemantic(append([]dmp.Diff(nil), raw...))
	if segs, ok := enc.decode(clean, a, b); ok {
		return segs
	}
	// go-diff's cleanup slices strings by bytes in places; should that ever
	// break a token, fall back to the uncleaned diff, which is exact.
	if segs, ok := enc.decode(raw, a, b); ok {
		return segs
	}
	return coarse(ta, tb)
}

// lineSegments diffs texts line by line, then each changed stretch of
// lines by pairing similar lines and diffing those word by word.
func lineSegments(la, lb []string) []Segment {
	a, b := strings.Join(la, ""), strings.Join(lb, "")
	if len(la)+len(lb) > maxDiffTokens {
		return coarse(tokenize(a), tokenize(b))
	}
	enc := newEncoder()
	ra, rb := enc.encode(la), enc.encode(lb)
	if enc.overflow {
		return coarse(tokenize(a), tokenize(b))
	}
	d := dmp.New()
	d.DiffTimeout = 0
	lines, ok := enc.decode(d.DiffMainRunes(ra, rb, false), a, b)
	if !ok {
		return coarse(tokenize(a), tokenize(b))
	}
	var out []Segment
	for i := 0; i < len(lines); i++ {
		if lines[i].Op == Equal {
			out = appendSegment(out, Equal, lines[i].Text)
			continue
		}
		var del, ins string
		for ; i < len(lines) && lines[i].Op != Equal; i++ {
			if lines[i].Op == Delete {
				del += lines[i].Text
			} else {
				ins += lines[i].Text
			}
		}
		i--
		for _, s := range pairLines(del, ins) {
			out = appendSegment(out, s.Op, s.Text)
		}
	}
	return order(out)
}

// pairLines diffs a stretch of deleted lines against a stretch of inserted
// ones: lines that share most of their words are paired and diffed word by
// word, the others are deleted or inserted whole.
func pairLines(del, ins string) []Segment {
	if del == "" || ins == "" {
		return appendSegment(appendSegment(nil, Delete, del), Insert, ins)
	}
	dl, il := splitLines(del), splitLines(ins)
	if len(dl) == 1 && len(il) == 1 || len(dl)*len(il) > 400 {
		td, ti := tokenize(del), tokenize(ins)
		if len(td)+len(ti) > maxDiffTokens {
			return coarse(td, ti)
		}
		return tokenSegments(del, ins, td, ti)
	}
	var out []Segment
	x, y := 0, 0
	for _, p := range pairSimilar(dl, il) {
		out = appendSegment(out, Delete, strings.Join(dl[x:p[0]], ""))
		out = appendSegment(out, Insert, strings.Join(il[y:p[1]], ""))
		for _, s := range wordSegments(dl[p[0]], il[p[1]]) {
			out = appendSegment(out, s.Op, s.Text)
		}
		x, y = p[0]+1, p[1]+1
	}
	out = appendSegment(out, Delete, strings.Join(dl[x:], ""))
	return appendSegment(out, Insert, strings.Join(il[y:], ""))
}

// pairSimilar pairs lines in order, maximising the total similarity of the
// pairs; only lines that share at least half their words are paired.
func pairSimilar(a, b []string) [][2]int {
	n, m := len(a), len(b)
	sim := make([][]float64, n)
	for i := range a {
		sim[i] = make([]float64, m)
		for j := range b {
			if s := lineSimilarity(a[i], b[j]); s >= 0.5 {
				sim[i][j] = s
			}
		}
	}
	best := make([][]float64, n+1)
	for i := range best {
		best[i] = make([]float64, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			v := max(best[i+1][j], best[i][j+1])
			if sim[i][j] > 0 {
				v = max(v, sim[i][j]+best[i+1][j+1])
			}
			best[i][j] = v
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case sim[i][j] > 0 && best[i][j] == sim[i][j]+best[i+1][j+1]:
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case best[i][j] == best[i+1][j]:
			i++
		default:
			j++
		}
	}
	return out
}

// lineSimilarity is the Dice coefficient of the lower-cased words of two
// lines.
func lineSimilarity(a, b string) float64 {
	count := map[string]int{}
	na, nb := 0, 0
	for _, t := range tokenize(a) {
		if isWordToken(t) {
			count[strings.ToLower(t)]++
			na++
		}
	}
	common := 0
	for _, t := range tokenize(b) {
		if isWordToken(t) {
			nb++
			if k := strings.ToLower(t); count[k] > 0 {
				count[k]--
				common++
			}
		}
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(common) / float64(na+nb)
}

// encoder maps tokens to runes and back.
type encoder struct {
	runes    map[string]rune
	tokens   []string
	next     rune
	overflow bool
}

func newEncoder() *encoder {
	return &encoder{runes: map[string]rune{}, next: firstTokenRune}
}

func (e *encoder) encode(toks []string) []rune {
	out := make([]rune, len(toks))
	for i, t := range toks {
		r, ok := e.runes[t]
		if !ok {
			if e.next > lastTokenRune {
				e.overflow = true
				return nil
			}
			r = e.next
			e.runes[t] = r
			e.tokens = append(e.tokens, t)
			e.next++
			if e.next == 0xD800 {
				e.next = 0xE000
			}
		}
		out[i] = r
	}
	return out
}

func (e *encoder) token(r rune) (string, bool) {
	i := int(r - firstTokenRune)
	if r >= 0xE000 {
		i -= 0xE000 - 0xD800
	}
	if r < firstTokenRune || r > lastTokenRune || r >= 0xD800 && r < 0xE000 || i >= len(e.tokens) {
		return "", false
	}
	return e.tokens[i], true
}

// decode turns encoded diffs back into text segments, merging neighbours
// with the same operation, and checks that they rebuild both texts.
func (e *encoder) decode(diffs []dmp.Diff, a, b string) ([]Segment, bool) {
	var segs []Segment
	var oldText, newText strings.Builder
	for _, d := range diffs {
		if !utf8.ValidString(d.Text) {
			return nil, false
		}
		var sb strings.Builder
		for _, r := range d.Text {
			tok, ok := e.token(r)
			if !ok {
				return nil, false
			}
			sb.WriteString(tok)
		}
		text := sb.String()
		if text == "" {
			continue
		}
		var op Op
		switch d.Type {
		case dmp.DiffDelete:
			op = Delete
			oldText.WriteString(text)
		case dmp.DiffInsert:
			op = Insert
			newText.WriteString(text)
		default:
			op = Equal
			oldText.WriteString(text)
			newText.WriteString(text)
		}
		segs = appendSegment(segs, op, text)
	}
	if oldText.String() != a || newText.String() != b {
		return nil, false
	}
	return order(segs), true
}

// coarse is the diff of last resort: common leading and trailing tokens
// stay, everything between is replaced.
func coarse(ta, tb []string) []Segment {
	p := 0
	for p < len(ta) && p < len(tb) && ta[p] == tb[p] {
		p++
	}
	s := 0
	for s < len(ta)-p && s < len(tb)-p && ta[len(ta)-1-s] == tb[len(tb)-1-s] {
		s++
	}
	var segs []Segment
	segs = appendSegment(segs, Equal, strings.Join(ta[:p], ""))
	segs = appendSegment(segs, Delete, strings.Join(ta[p:len(ta)-s], ""))
	segs = appendSegment(segs, Insert, strings.Join(tb[p:len(tb)-s], ""))
	segs = appendSegment(segs, Equal, strings.Join(ta[len(ta)-s:], ""))
	return segs
}
