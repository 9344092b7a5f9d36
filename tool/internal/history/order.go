package history

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// Versions returns the versions of document id among docs, oldest first
// (see Sort).
func Versions(docs []*model.Document, id string) []*model.Document {
	var out []*model.Document
	for _, d := range docs {
		if d.Meta.ID == id {
			out = append(out, d)
		}
	}
	Sort(out)
	return out
}

// Sort orders the versions of one document oldest first: by publication
// date when every version states one, otherwise by version label ("2"
// before "10"), so that a version with an unknown date keeps its place.
// Versions that tie (the same label twice, which check reports) keep the
// order of their paths.
func Sort(versions []*model.Document) {
	dated := true
	for _, d := range versions {
		dated = dated && d.Meta.Published.Known()
	}
	sort.SliceStable(versions, func(i, j int) bool {
		a, b := versions[i].Meta, versions[j].Meta
		if dated && a.Published != b.Published {
			return a.Published.Before(b.Published)
		}
		switch {
		case LabelLess(a.Version, b.Version):
			return true
		case LabelLess(b.Version, a.Version):
			return false
		}
		return versions[i].Path < versions[j].Path
	})
}

// LabelLess compares version labels naturally: "2" before "10", "v2"
// before "v10", "2018-04-18" before "2018-06-01".
func LabelLess(a, b string) bool {
	for a != "" && b != "" {
		da, ra := digits(a)
		db, rb := digits(b)
		if da != "" && db != "" {
			if len(da) != len(db) {
				return len(da) < len(db)
			}
			if da != db {
				return da < db
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

// digits splits a leading run of digits, without its leading zeros, from
// the rest of s.
func digits(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return strings.TrimLeft(s[:i], "0"), s[i:]
}

// SameFile reports whether two paths name the same source file: one file
// named twice is one version, not two.
func SameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}
