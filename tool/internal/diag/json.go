package diag

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
)

// DecodeJSON decodes the JSON value in data, the content of file (named as
// the user gave it), into v, a pointer, and refuses keys v has no field
// for. A failure is an error Diagnostic at the fault: code kind+"-invalid"
// for broken JSON (where it breaks), a value of the wrong type (at the
// value) or anything after the value; kind+"-unknown-key" at an unknown
// key, with the keys that are known there.
func DecodeJSON(file string, data []byte, v any, kind string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		off := skipJSONSpace(data, int(dec.InputOffset()))
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			return At(file, data, off, kind+"-invalid", "broken JSON: something follows the end of the value that starts the file")
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return At(file, data, 0, kind+"-invalid", "the file is empty: it needs a JSON value")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return At(file, data, len(data), kind+"-invalid", "broken JSON: the file ends before the JSON value does")
	case errors.As(err, &se):
		return At(file, data, int(se.Offset)-1, kind+"-invalid", "broken JSON: %s", se.Error())
	case errors.As(err, &te):
		return typeError(file, data, te, kind)
	}
	if name, ok := strings.CutPrefix(err.Error(), `json: unknown field "`); ok {
		return unknownKey(file, data, reflect.TypeOf(v), strings.TrimSuffix(name, `"`), kind)
	}
	return At(file, data, 0, kind+"-invalid", "%s", strings.TrimPrefix(err.Error(), "json: "))
}

// JSONAt returns an error at the value of the key path (e.g. "colors",
// "text") in data, the content of file; at 1:1 when data has no such key.
func JSONAt(file string, data []byte, path []string, code, format string, args ...any) Diagnostic {
	off := 0
	for _, k := range jsonKeys(data) {
		if slices.Equal(k.path, path) {
			off = k.value
			break
		}
	}
	return At(file, data, off, code, format, args...)
}

func typeError(file string, data []byte, te *json.UnmarshalTypeError, kind string) Diagnostic {
	want, got := jsonKind(te.Type), jsonValue(te.Value)
	if te.Field == "" {
		return At(file, data, skipJSONSpace(data, 0), kind+"-invalid", "the file must hold %s, not %s", want, got)
	}
	// Field names the struct fields only, not map keys: the fault is the
	// last value inside Field that starts before the decoder stopped.
	field := strings.Split(te.Field, ".")
	var at *jsonKey
	for _, k := range jsonKeys(data) {
		if k.value < int(te.Offset) && len(k.path) >= len(field) && slices.Equal(k.path[:len(field)], field) {
			at = &k
		}
	}
	if at == nil {
		return At(file, data, int(te.Offset), kind+"-invalid", "%s must be %s, not %s", te.Field, want, got)
	}
	return At(file, data, at.value, kind+"-invalid", "%s must be %s, not %s", strings.Join(at.path, "."), want, got)
}

// unknownKey finds the first key, in document order, that the type t has
// no field for: the one encoding/json reports by name only.
func unknownKey(file string, data []byte, t reflect.Type, name, kind string) Diagnostic {
	for _, k := range jsonKeys(data) {
		parent, ok := typeAt(t, k.path[:len(k.path)-1])
		if !ok || parent.Kind() != reflect.Struct || k.path[len(k.path)-1] != name {
			continue
		}
		known := jsonFields(parent)
		if hasField(known, name) {
			continue
		}
		where := ""
		if len(k.path) > 1 {
			where = " in " + strings.Join(k.path[:len(k.path)-1], ".")
		}
		return At(file, data, k.key, kind+"-unknown-key", "unknown key %q%s (known: %s)", name, where, strings.Join(known, ", "))
	}
	return At(file, data, 0, kind+"-unknown-key", "unknown key %q", name)
}

// jsonKind names what a Go type takes in words an editor knows.
func jsonKind(t reflect.Type) Phrase {
	switch t.Kind() {
	case reflect.String:
		return Phrasef("text in quotes")
	case reflect.Float32, reflect.Float64:
		return Phrasef("a number")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return Phrasef("a whole number")
	case reflect.Bool:
		return Phrasef("true or false")
	case reflect.Slice, reflect.Array:
		return Phrasef("a list [...]")
	case reflect.Struct, reflect.Map:
		return Phrasef("an object {...}")
	}
	return Phrasef("%s", t.String())
}

// jsonValue names what encoding/json found ("string", "number 1.5").
func jsonValue(v string) Phrase {
	switch {
	case v == "string":
		return Phrasef("text")
	case v == "array":
		return Phrasef("a list")
	case v == "object":
		return Phrasef("an object")
	case v == "bool":
		return Phrasef("true or false")
	case v == "number":
		return Phrasef("a number")
	}
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return Phrasef("%s", n)
	}
	return Phrasef("%s", v)
}
