package cli

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
)

// hostileFront is the front matter "gen PATH doc" puts first: a valid,
// published English document acme/terms, version 1.
const hostileFront = "---\nid: acme/terms\ntitle: Terms\npublisher: Acme\nlanguage: en\nversion: \"1\"\n" +
	"published: 2024-01-01\neffective: 2024-01-01\nstatus: published\n---\n"

// generate returns the content "gen PATH KIND ARGS..." writes; old is the
// file's content from the archive, for the kinds that transform it:
//
//	doc N HEAD UNIT TAIL   hostileFront, HEAD, N times UNIT, TAIL
//	raw N HEAD UNIT TAIL   the same without the front matter
//	bytes TEXT             TEXT (a Go string: "\x00")
//	crlf, cr               line ends of the archive file as CRLF or lone CR
//	bom                    the archive file after a UTF-8 byte order mark
//	cp1252                 the archive file in Windows-1252
//	utf16                  the archive file in UTF-16LE with a byte order mark
//
// In UNIT, {n} is the repetition (1...N), {prev} is n-1, {path} is n
// parts "1.1.….1" and {indent} is 2(n-1) spaces.
func generate(old []byte, args []string) ([]byte, error) {
	switch kind := args[0]; {
	case (kind == "doc" || kind == "raw") && len(args) == 5:
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s: %q is not a count", kind, args[1])
		}
		var b bytes.Buffer
		if kind == "doc" {
			b.WriteString(hostileFront)
		}
		b.WriteString(args[2])
		for i := 1; i <= n; i++ {
			b.WriteString(expandUnit(args[3], i))
		}
		b.WriteString(args[4])
		return b.Bytes(), nil
	case kind == "bytes" && len(args) == 2:
		return []byte(args[1]), nil
	case len(args) == 1:
		return transform(kind, old)
	}
	return nil, fmt.Errorf("unknown generator %q", strings.Join(args, " "))
}

// expandUnit fills in the placeholders of UNIT for repetition n.
func expandUnit(unit string, n int) string {
	if !strings.Contains(unit, "{") {
		return unit
	}
	return strings.NewReplacer(
		"{n}", strconv.Itoa(n),
		"{prev}", strconv.Itoa(n-1),
		"{path}", strings.TrimSuffix(strings.Repeat("1.", n), "."),
		"{indent}", strings.Repeat("  ", n-1),
	).Replace(unit)
}

// transform re-encodes the file from the archive.
func transform(kind string, old []byte) ([]byte, error) {
	switch kind {
	case "crlf":
		return bytes.ReplaceAll(old, []byte("\n"), []byte("\r\n")), nil
	case "cr":
		return bytes.ReplaceAll(old, []byte("\n"), []byte("\r")), nil
	case "bom":
		return append([]byte("\xef\xbb\xbf"), old...), nil
	case "cp1252":
		return toCP1252(string(old))
	case "utf16":
		out := []byte{0xff, 0xfe}
		for _, u := range utf16.Encode([]rune(string(old))) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown transformation %q", kind)
}

// cp1252 maps the characters of Windows-1252 above 0x7f that differ from
// Latin-1 (0x80-0x9f) to their bytes; Latin-1 letters map to themselves.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92,
	'“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '™': 0x99,
}

func toCP1252(s string) ([]byte, error) {
	var out []byte
	for _, r := range s {
		switch b, ok := cp1252[r]; {
		case r < 0x80:
			out = append(out, byte(r))
		case ok:
			out = append(out, b)
		case r >= 0xa0 && r <= 0xff:
			out = append(out, byte(r))
		default:
			return nil, fmt.Errorf("cp1252: %q has no Windows-1252 byte", r)
		}
	}
	return out, nil
}
