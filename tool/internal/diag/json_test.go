package diag

import (
	"testing"
)

type testStyle struct {
	Title string `json:"title"`
	Page  struct {
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
	} `json:"page"`
	Words map[string]string `json:"words"`
	Count int               `json:"count"`
}

// TestDecodeJSON: every way a JSON file can be wrong gives file:line:col
// in characters, at the fault, with a code an editor can look up.
func TestDecodeJSON(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"syntax error after ë", "{\n  \"title\": \"Cliënt\" \"page\": {}\n}",
			`s.json:2:21: error: style-invalid: broken JSON: invalid character '"' after object key:value pair`},
		{"syntax error at the end", "{\"title\": \"ë\"",
			`s.json:1:14: error: style-invalid: broken JSON: the file ends before the JSON value does`},
		{"unknown key at the top", "{\n  \"title\": \"Ë\",\n  \"titel\": \"T\"\n}",
			`s.json:3:3: error: style-unknown-key: unknown key "titel" (known: title, page, words, count)`},
		{"unknown key nested, after ë on its line", "{\"page\": {\"width\": 1}, \"title\": \"ëë\", \"words\": {}, \"x\": {\"widht\": 1}}\n",
			`s.json:1:52: error: style-unknown-key: unknown key "x" (known: title, page, words, count)`},
		{"unknown key in an object", "{\"title\": \"ëë\",\n \"page\": {\"width\": 1, \"Height\": 2, \"widht\": 3}}",
			`s.json:2:36: error: style-unknown-key: unknown key "widht" in page (known: width, height)`},
		{"a map takes any key", `{"words": {"anything": "x"}, "count": 1.5}`,
			`s.json:1:39: error: style-invalid: count must be a whole number, not 1.5`},
		{"wrong type nested, after ë", "{\"title\": \"ë\", \"page\": {\"width\": \"wide\"}}",
			`s.json:1:34: error: style-invalid: page.width must be a number, not text`},
		{"wrong type in a map", "{\"words\": {\"a\": \"ok\",\n\t\"b\": 7}}",
			`s.json:2:7: error: style-invalid: words.b must be text in quotes, not a number`},
		{"an object expected, a list found", "{\"title\": \"ë\", \"page\": [1]}",
			`s.json:1:24: error: style-invalid: page must be an object {...}, not a list`},
		{"not an object", "  [1, 2]",
			`s.json:1:3: error: style-invalid: the file must hold an object {...}, not a list`},
		{"something after the object", "{\"title\": \"ë\"}\n{\"title\": \"B\"}",
			`s.json:2:1: error: style-invalid: broken JSON: something follows the end of the value that starts the file`},
		{"empty file", "",
			`s.json:1:1: error: style-invalid: the file is empty: it needs a JSON value`},
		{"valid", "{\"title\": \"ë\", \"page\": {\"width\": 1}}\n", ""},
	} {
		var v testStyle
		err := DecodeJSON("s.json", []byte(c.src), &v, "style")
		got := ""
		if err != nil {
			got = err.Error()
			if _, ok := err.(Diagnostic); !ok {
				t.Errorf("%s: error is a %T, not a Diagnostic", c.name, err)
			}
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestJSONAt points at the value of a key, or at 1:1 without it.
func TestJSONAt(t *testing.T) {
	src := []byte("{\"colors\": {\"name\": \"Zoë\",\n   \"text\":  \"red\"}}")
	if got := JSONAt("s.json", src, []string{"colors", "text"}, "style-invalid", "%q is not a colour", "red").String(); got != `s.json:2:13: error: style-invalid: "red" is not a colour` {
		t.Errorf("at a key: %s", got)
	}
	if d := JSONAt("s.json", src, []string{"colors", "link"}, "style-invalid", "missing"); d.Line != 1 || d.Col != 1 {
		t.Errorf("no such key: %d:%d, want 1:1", d.Line, d.Col)
	}
}

func TestLineCol(t *testing.T) {
	src := []byte("aë\nëëx\n")
	for off, want := range map[int][2]int{0: {1, 1}, 3: {1, 3}, 4: {2, 1}, 8: {2, 3}, 9: {2, 4}, 99: {3, 1}, -1: {1, 1}} {
		if l, c := LineCol(src, off); l != want[0] || c != want[1] {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", off, l, c, want[0], want[1])
		}
	}
}
