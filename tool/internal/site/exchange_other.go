//go:build !linux

package site

import "errors"

// exchange is not available here: Write falls back to two renames in a row.
func exchange(a, b string) error { return errors.New("no atomic exchange on this system") }
