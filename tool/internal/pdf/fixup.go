package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"time"
)

// placeholderDate stands in for an unknown creation date while fpdf writes;
// fixup removes it, because legalkit never invents a date.
var placeholderDate = time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC)

// fixup rewrites fpdf's output where it falls short of strict PDF and of
// legalkit's rules, and rebuilds the cross-reference table:
//   - outline entries: fpdf writes /Count 0 on every entry, which strict
//     validation rejects; entries with children get their real count
//     (negative when closed), leaves none;
//   - the document information loses its dates when the source states none;
//   - embedded fonts get their real names with a subset tag instead of
//     fpdf's "utf8caladeaB";
//   - link annotations, which fpdf writes inside the page's /Annots array,
//     become objects of their own, as strict validation requires;
//   - uncompressed streams (page contents, fpdf's ToUnicode maps) are
//     compressed here with one reused compressor: fpdf would allocate a new
//     one, about a megabyte, for every page.
//
// fpdf writes one classic cross-reference table and no object streams, so
// every object can be cut out by its offset.
func fixup(b []byte, marks []*mark, dateKnown bool, family string) ([]byte, error) {
	header, objs, trailer, err := splitObjects(b)
	if err != nil {
		return nil, fmt.Errorf("pdf: reading fpdf output: %w", err)
	}
	counts := outlineCounts(marks)
	info := infoObject(trailer)
	names := fontNames(family)
	rename := func(name []byte) []byte { return renameFont(name, family) }
	nums := make([]int, 0, len(objs))
	for n := range objs {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	item := 0
	z := newCompressor()
	for _, n := range nums {
		o := objs[n]
		switch {
		case plainStream.Match(o):
			o = z.compress(o)
		case bytes.Contains(o, []byte("\n<</Title ")) && bytes.HasSuffix(bytes.TrimSpace(trimEndobj(o)), []byte("/Count 0>>")):
			if item >= len(counts) {
				return nil, fmt.Errorf("pdf: fpdf wrote more outline entries than laid out")
			}
			o = setCount(o, counts[item])
			item++
		case n == info && !dateKnown:
			o = dropDates.ReplaceAll(o, nil)
		case bytes.Contains(o, []byte("/Type /Font")) || bytes.Contains(o, []byte("/Type /FontDescriptor")):
			o = names.ReplaceAllFunc(o, rename)
		}
		objs[n] = o
	}
	if item != len(counts) {
		return nil, fmt.Errorf("pdf: %d outline entries laid out, fpdf wrote %d", len(counts), item)
	}
	nums, err = indirectAnnots(objs, nums)
	if err != nil {
		return nil, err
	}
	trailer = sizeRe.ReplaceAll(trailer, []byte("/Size "+strconv.Itoa(len(nums)+1)))
	return joinObjects(header, objs, nums, trailer), nil
}

var (
	xrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	objRe  = regexp.MustCompile(`^(\d+) 0 obj`)
	infoRe = regexp.MustCompile(`/Info (\d+) 0 R`)
	sizeRe = regexp.MustCompile(`/Size \d+`)
	// an uncompressed stream as fpdf writes it
	plainStream = regexp.MustCompile(`^\d+ 0 obj\n<</Length (\d+)>>\nstream\n`)
	dropDates   = regexp.MustCompile(`\n/(CreationDate|ModDate) \(D:\d+\)`)
)

// splitObjects cuts b into its header, its objects by the cross-reference
// table, and the trailer dictionary.
func splitObjects(b []byte) (header []byte, objs map[int][]byte, trailer []byte, err error) {
	m := xrefRe.FindSubmatch(b)
	if m == nil {
		return nil, nil, nil, fmt.Errorf("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(b) || !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		return nil, nil, nil, fmt.Errorf("no cross-reference table at %d", xref)
	}
	rest := b[xref+len("xref\n0 "):]
	nl := bytes.IndexByte(rest, '\n')
	size, err := strconv.Atoi(string(rest[:nl]))
	if err != nil || size < 2 {
		return nil, nil, nil, fmt.Errorf("bad cross-reference table")
	}
	entries := rest[nl+1:]
	if len(entries) < 20*size {
		return nil, nil, nil, fmt.Errorf("short cross-reference table")
	}
	type at struct{ num, off int }
	var offs []at
	for i := 1; i < size; i++ {
		off, err := strconv.Atoi(string(entries[20*i : 20*i+10]))
		if err != nil {
			return nil, nil, nil, fmt.Errorf("bad cross-reference entry %d", i)
		}
		offs = append(offs, at{i, off})
	}
	sort.Slice(offs, func(i, j int) bool { return offs[i].off < offs[j].off })
	objs = map[int][]byte{}
	for i, o := range offs {
		end := xref
		if i+1 < len(offs) {
			end = offs[i+1].off
		}
		if o.off <= 0 || o.off >= end {
			return nil, nil, nil, fmt.Errorf("bad offset of object %d", o.num)
		}
		obj := b[o.off:end]
		if om := objRe.FindSubmatch(obj); om == nil || string(om[1]) != strconv.Itoa(o.num) {
			return nil, nil, nil, fmt.Errorf("object %d is not at its offset", o.num)
		}
		objs[o.num] = obj
	}
	trailer = entries[20*size:]
	if i := bytes.Index(trailer, []byte("startxref")); i >= 0 {
		trailer = trailer[:i]
	}
	return b[:offs[0].off], objs, trailer, nil
}

// joinObjects writes the header of the original, the objects and a new
// cross-reference table.
func joinObjects(header []byte, objs map[int][]byte, nums []int, trailer []byte) []byte {
	var out bytes.Buffer
	out.Write(header)
	offsets := make([]int, len(nums)+1)
	for _, n := range nums {
		offsets[n] = out.Len()
		out.Write(objs[n])
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(nums)+1)
	for _, n := range nums {
		fmt.Fprintf(&out, "%010d 00000 n \n", offsets[n])
	}
	out.Write(trailer)
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}

func trimEndobj(o []byte) []byte {
	return bytes.TrimSuffix(bytes.TrimSpace(o), []byte("endobj"))
}

func infoObject(trailer []byte) int {
	if m := infoRe.FindSubmatch(trailer); m != nil {
		n, _ := strconv.Atoi(string(m[1]))
		return n
	}
	return -1
}

// setCount replaces fpdf's "/Count 0" of an outline entry.
func setCount(o []byte, count int) []byte {
	repl := []byte(">>")
	if count != 0 {
		repl = []byte("\n/Count " + strconv.Itoa(count) + ">>")
	}
	i := bytes.LastIndex(o, []byte("\n/Count 0>>"))
	return append(append(append([]byte{}, o[:i]...), repl...), o[i+len("\n/Count 0>>"):]...)
}

// outlineCounts returns the /Count of each outline entry in order: the
// number of descendants visible when it is open, negative when it is
// closed, 0 for a leaf. Parents follow fpdf's rule: the last entry one
// level up.
func outlineCounts(marks []*mark) []int {
	counts := make([]int, len(marks))
	visible := make([]int, len(marks)) // descendants shown when open
	parent := make([]int, len(marks))
	last := map[int]int{}
	for i, m := range marks {
		parent[i] = -1
		if m.level > 0 {
			if p, ok := last[m.level-1]; ok {
				parent[i] = p
			}
		}
		last[m.level] = i
	}
	for i := len(marks) - 1; i >= 0; i-- {
		if p := parent[i]; p >= 0 {
			visible[p]++
			if marks[i].open {
				visible[p] += visible[i]
			}
		}
	}
	for i, m := range marks {
		switch {
		case visible[i] == 0:
			counts[i] = 0
		case m.open:
			counts[i] = visible[i]
		default:
			counts[i] = -visible[i]
		}
	}
	return counts
}

// fontNames matches fpdf's names of the family's faces.
func fontNames(family string) *regexp.Regexp {
	return regexp.MustCompile(`/utf8` + regexp.QuoteMeta(lower(family)) + `(BI|B|I)?\b`)
}

// renameFont turns "/utf8caladeaB" into "/LGLKBO+Caladea-Bold": a subset
// tag and the face's name, as PDF readers expect of an embedded subset.
func renameFont(name []byte, family string) []byte {
	tag, style := "LGLKRE", "Regular"
	switch {
	case bytes.HasSuffix(name, []byte("BI")):
		tag, style = "LGLKBI", "BoldItalic"
	case bytes.HasSuffix(name, []byte("B")):
		tag, style = "LGLKBO", "Bold"
	case bytes.HasSuffix(name, []byte("I")):
		tag, style = "LGLKIT", "Italic"
	}
	return []byte("/" + tag + "+" + psName(family) + "-" + style)
}

// psName makes a family name usable in a PDF name: letters and digits only.
func psName(s string) string {
	var b []byte
	for _, c := range []byte(s) {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

func lower(s string) string { return string(bytes.ToLower([]byte(s))) }

// indirectAnnots moves the annotation dictionaries of every page into new
// objects and returns the object numbers with the new ones added.
func indirectAnnots(objs map[int][]byte, nums []int) ([]int, error) {
	next := nums[len(nums)-1] + 1
	for _, n := range nums {
		o := objs[n]
		start := bytes.Index(o, []byte("/Annots ["))
		if start < 0 || !bytes.Contains(o, []byte("/Type /Page\n")) {
			continue
		}
		i := start + len("/Annots [")
		var refs []byte
		for {
			for i < len(o) && (o[i] == ' ' || o[i] == '\n') {
				i++
			}
			if i >= len(o) {
				return nil, fmt.Errorf("pdf: object %d: unterminated /Annots", n)
			}
			if o[i] == ']' {
				break
			}
			end, err := dictEnd(o, i)
			if err != nil {
				return nil, fmt.Errorf("pdf: object %d: %w", n, err)
			}
			objs[next] = []byte(fmt.Sprintf("%d 0 obj\n%s\nendobj\n", next, o[i:end]))
			refs = fmt.Appendf(refs, "%d 0 R ", next)
			nums = append(nums, next)
			next++
			i = end
		}
		out := append([]byte{}, o[:start+len("/Annots [")]...)
		out = append(out, bytes.TrimSpace(refs)...)
		objs[n] = append(out, o[i:]...)
	}
	return nums, nil
}

// dictEnd returns the index just past the dictionary that starts at i,
// skipping nested dictionaries and string literals.
func dictEnd(b []byte, i int) (int, error) {
	if !bytes.HasPrefix(b[i:], []byte("<<")) {
		return 0, fmt.Errorf("annotation at %d is not a dictionary", i)
	}
	depth := 0
	for i < len(b) {
		switch {
		case bytes.HasPrefix(b[i:], []byte("<<")):
			depth++
			i += 2
		case bytes.HasPrefix(b[i:], []byte(">>")):
			depth--
			i += 2
			if depth == 0 {
				return i, nil
			}
		case b[i] == '(':
			i = stringEnd(b, i)
		default:
			i++
		}
	}
	return 0, fmt.Errorf("unterminated dictionary")
}

// stringEnd returns the index just past the string literal that starts at i.
func stringEnd(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return i
}

// compressor deflates streams with one zlib writer.
type compressor struct {
	buf bytes.Buffer
	zw  *zlib.Writer
}

func newCompressor() *compressor {
	c := &compressor{}
	c.zw, _ = zlib.NewWriterLevel(&c.buf, zlib.BestSpeed)
	return c
}

// compress rewrites an uncompressed stream object with its data deflated.
func (c *compressor) compress(o []byte) []byte {
	m := plainStream.FindSubmatchIndex(o)
	n, err := strconv.Atoi(string(o[m[2]:m[3]]))
	start := m[1]
	if err != nil || start+n > len(o) || !bytes.HasPrefix(o[start+n:], []byte("\nendstream")) {
		return o // not the shape fpdf writes: leave it as it is
	}
	c.buf.Reset()
	c.zw.Reset(&c.buf)
	c.zw.Write(o[start : start+n])
	c.zw.Close()
	head := o[:m[2]-len("<</Length ")]
	var out bytes.Buffer
	out.Grow(len(head) + c.buf.Len() + 64)
	out.Write(head)
	fmt.Fprintf(&out, "<</Filter /FlateDecode /Length %d>>\nstream\n", c.buf.Len())
	out.Write(c.buf.Bytes())
	out.Write(o[start+n:])
	return out.Bytes()
}
