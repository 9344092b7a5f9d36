package diag

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// jsonKey is where one key of a JSON object and its value start.
type jsonKey struct {
	path       []string // the keys from the top, this one last
	key, value int      // byte offsets
}

// jsonKeys lists the keys of every object in data in document order (array
// elements count as keys "0", "1", ...), up to the first syntax error.
func jsonKeys(data []byte) []jsonKey {
	type frame struct {
		obj, wantKey bool
		path         []string
		key          int // index in keys of the key whose value comes next
		n            int // elements of an array so far
	}
	var keys []jsonKey
	var stack []*frame
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	prev := 0
	for {
		start := skipJSONSpace(data, prev)
		tok, err := dec.Token()
		if err != nil {
			return keys
		}
		prev = int(dec.InputOffset())
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		var path []string
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			switch {
			case top.obj && top.wantKey:
				name, _ := tok.(string)
				keys = append(keys, jsonKey{path: append(append([]string{}, top.path...), name), key: start})
				top.key, top.wantKey = len(keys)-1, false
				continue
			case top.obj:
				keys[top.key].value = start
				path, top.wantKey = keys[top.key].path, true
			default:
				path = append(append([]string{}, top.path...), strconv.Itoa(top.n))
				keys = append(keys, jsonKey{path: path, key: start, value: start})
				top.n++
			}
		}
		if d, ok := tok.(json.Delim); ok {
			stack = append(stack, &frame{obj: d == '{', wantKey: d == '{', path: path})
		}
	}
}

// skipJSONSpace returns the offset of the first byte at or after off that
// is neither white space nor a separator.
func skipJSONSpace(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
		off++
	}
	return off
}

// typeAt returns the type that the value at path decodes into, following
// struct fields (as encoding/json matches keys, ignoring case), map and
// list elements.
func typeAt(t reflect.Type, path []string) (reflect.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if len(path) == 0 {
		return t, true
	}
	switch t.Kind() {
	case reflect.Map, reflect.Slice, reflect.Array:
		return typeAt(t.Elem(), path[1:])
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && strings.EqualFold(fieldName(f), path[0]) {
				return typeAt(f.Type, path[1:])
			}
		}
	}
	return nil, false
}

// jsonFields returns the JSON keys of a struct type, in field order.
func jsonFields(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() && fieldName(f) != "-" {
			names = append(names, fieldName(f))
		}
	}
	return names
}

func fieldName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		return f.Name
	}
	return name
}

func hasField(names []string, key string) bool {
	for _, n := range names {
		if strings.EqualFold(n, key) {
			return true
		}
	}
	return false
}
