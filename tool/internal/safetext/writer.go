package safetext

import (
	"io"
	"unicode/utf8"
)

// Writer cleans everything written to it (see String and JSON) before
// passing it on. A character split over two writes is kept back until its
// end arrives, so the result does not depend on how the text was cut up.
// Flush passes on what is kept back and flushes the writer below when it
// has a Flush method (a bufio.Writer).
type Writer struct {
	w    io.Writer
	json bool
	tail []byte // the start of a character whose end has not been written yet
	buf  []byte
	err  error
}

// NewWriter returns a Writer for text: control characters become visible.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// NewJSONWriter returns a Writer for JSON: control characters become \u
// escapes.
func NewJSONWriter(w io.Writer) *Writer { return &Writer{w: w, json: true} }

// Write cleans p and writes it on. It returns len(p) unless the writer
// below fails.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n := len(p)
	if len(w.tail) > 0 {
		p = append(w.tail, p...)
		w.tail = nil
	}
	if cut := incompleteEnd(p); cut < len(p) {
		w.tail = append([]byte(nil), p[cut:]...)
		p = p[:cut]
	}
	if len(p) > 0 {
		if err := w.pass(p); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// WriteString is Write for a string.
func (w *Writer) WriteString(s string) (int, error) { return w.Write([]byte(s)) }

// WriteRaw writes s as it is: for the writer's own control sequences, such
// as terminal colours, never for text from a document.
func (w *Writer) WriteRaw(s string) error {
	if err := w.flushTail(); err != nil {
		return err
	}
	_, err := io.WriteString(w.w, s)
	return w.fail(err)
}

// Flush writes what is kept back and flushes the writer below.
func (w *Writer) Flush() error {
	if err := w.flushTail(); err != nil {
		return err
	}
	if f, ok := w.w.(interface{ Flush() error }); ok {
		return w.fail(f.Flush())
	}
	return nil
}

func (w *Writer) flushTail() error {
	if w.err != nil {
		return w.err
	}
	if len(w.tail) == 0 {
		return nil
	}
	tail := w.tail
	w.tail = nil
	return w.pass(tail) // an unfinished character: invalid, so replaced
}

// pass cleans p and writes it to the writer below.
func (w *Writer) pass(p []byte) error {
	if needsCleaning(p) {
		if w.json {
			w.buf = appendJSON(w.buf[:0], p)
		} else {
			w.buf = appendText(w.buf[:0], p)
		}
		p = w.buf
	}
	_, err := w.w.Write(p)
	return w.fail(err)
}

func (w *Writer) fail(err error) error {
	if err != nil && w.err == nil {
		w.err = err
	}
	return err
}

// incompleteEnd returns where an unfinished UTF-8 character at the end of
// p starts, or len(p).
func incompleteEnd(p []byte) int {
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(p[i]) {
			if !utf8.FullRune(p[i:]) {
				return i
			}
			break
		}
	}
	return len(p)
}
