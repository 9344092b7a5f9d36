package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Output is one file an import writes.
type Output struct {
	Path string // below the output folder, in the OS's form
	Data []byte
}

// Plan lists the files the documents go to in folder out, in a fixed
// order. It refuses, before anything is written, two versions that would
// go to the same file, a file that would replace an input or land in an
// input folder (it would be read as input next time), and, unless force,
// a file that exists already.
func Plan(out string, docs []*Document, inputs []string, force bool) ([]Output, error) {
	var outs []Output
	seen, ids := map[string]string{}, map[string]string{}
	for _, d := range docs {
		if other, dup := ids[d.ID]; dup {
			return nil, fmt.Errorf("%s and %s would both become document %s: import them one at a time with --id", other, d.Input, d.ID)
		}
		ids[d.ID] = d.Input
		for _, v := range d.Versions {
			p := filepath.Join(out, filepath.FromSlash(v.Path))
			if other, dup := seen[p]; dup {
				return nil, fmt.Errorf("%s and %s would both be written to %s: give them different --id", other, d.Input, p)
			}
			seen[p] = d.Input
			outs = append(outs, Output{Path: p, Data: v.Data})
		}
	}
	sort.Slice(outs, func(i, j int) bool { return outs[i].Path < outs[j].Path })
	if err := guardInputs(outs, inputs); err != nil {
		return nil, err
	}
	if force {
		return outs, nil
	}
	var exist []string
	for _, o := range outs {
		if _, err := os.Lstat(o.Path); err == nil {
			exist = append(exist, o.Path)
		}
	}
	if len(exist) > 0 {
		more := ""
		if len(exist) > 3 {
			more = fmt.Sprintf(" and %d more", len(exist)-3)
			exist = exist[:3]
		}
		return nil, fmt.Errorf("%s%s exist already: nothing was written (pass --force to replace them)", strings.Join(exist, ", "), more)
	}
	return outs, nil
}

// guardInputs refuses an output that is an input file or lies directly in
// an input folder.
func guardInputs(outs []Output, inputs []string) error {
	files, dirs := map[string]string{}, map[string]string{}
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil {
			continue
		}
		if info.IsDir() {
			dirs[canonical(in)] = in
		} else {
			files[canonical(in)] = in
		}
	}
	for _, o := range outs {
		p := canonical(o.Path)
		if in, ok := files[p]; ok {
			return fmt.Errorf("%s would replace the input %s: choose another --out", o.Path, in)
		}
		if in, ok := dirs[filepath.Dir(p)]; ok {
			return fmt.Errorf("%s would be written into the input folder %s and read as input next time: choose another --out", o.Path, in)
		}
	}
	return nil
}

// canonical returns the absolute path of p with the symbolic links of its
// longest existing prefix resolved.
func canonical(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	rest := ""
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(real, rest)
		}
		if filepath.Dir(dir) == dir {
			return abs
		}
		rest = filepath.Join(filepath.Base(dir), rest)
	}
}
