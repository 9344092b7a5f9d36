package cli

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/corpus"
)

// sourceSet is what a command read, for refusing outputs that would destroy
// or join the sources: the source files, and the folders in which a
// Markdown file would be read as a source. Paths are absolute with
// symbolic links and ".." resolved.
type sourceSet struct {
	files map[string]string // resolved path: the path as read
	infos []sourceInfo      // of the files, to recognise hard links and other spellings
	dirs  []string
}

type sourceInfo struct {
	path string
	info os.FileInfo
}

// sourcesOf lists the files the corpus read (documents, and files that did
// not parse), the folders named with --sources, and terms/ when documents
// came from it. The folder of a file named on its own is not a source
// folder: "legalkit notice --since old.md new.md -o notice.md" may write
// beside them.
func sourcesOf(cp *corpus.Corpus, sources []string) sourceSet {
	s := sourceSet{files: map[string]string{}}
	addDir := func(p string) {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			s.dirs = append(s.dirs, resolved(p))
		}
	}
	addFile := func(p string) {
		r := resolved(p)
		if _, seen := s.files[r]; seen {
			return
		}
		s.files[r] = p
		if info, err := os.Stat(p); err == nil {
			s.infos = append(s.infos, sourceInfo{p, info})
		}
	}
	for _, d := range cp.Docs {
		addFile(d.Path)
	}
	for _, d := range cp.Diags {
		addFile(d.File)
	}
	for _, p := range sources {
		addDir(p)
	}
	terms := resolved(DefaultSources)
	for f := range s.files {
		if within(f, terms) {
			addDir(DefaultSources)
			break
		}
	}
	return s
}

// check refuses an output path (flag names the option, "-o") that is one
// of the sources, through any spelling, link or "..", or a Markdown file
// inside the source folders, where legalkit would read it as a document
// (README.md there is the editors' guide). The path is checked where a
// rename would put the file and, when it is a symbolic link, where the
// link points. "" and "-" are standard output.
func (s sourceSet) check(flag, out string) error {
	if out == "" || out == "-" {
		return nil // standard output
	}
	for _, p := range []string{linkPlace(out), resolved(out)} {
		if src, ok := s.files[p]; ok {
			return usagef("%s %s: that is the source %s; legalkit never writes over its sources", flag, out, src)
		}
		if strings.EqualFold(filepath.Ext(p), ".md") {
			for _, d := range s.dirs {
				if within(p, d) {
					return usagef("%s %s: a Markdown file there lies inside the sources (%s), where it would be read as a document; write it outside them", flag, out, d)
				}
			}
		}
	}
	if info, err := os.Stat(out); err == nil {
		for _, src := range s.infos {
			if os.SameFile(info, src.info) {
				return usagef("%s %s: that is the source %s; legalkit never writes over its sources", flag, out, src.path)
			}
		}
	}
	return nil
}

// resolved returns the absolute path p names once symbolic links and ".."
// are followed as the operating system would, also when its last parts do
// not exist yet.
func resolved(p string) string {
	if !filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			p = wd + string(filepath.Separator) + p
		}
	}
	parts := strings.Split(p, string(filepath.Separator))
	for i := len(parts); i > 0; i-- {
		prefix := strings.Join(parts[:i], string(filepath.Separator))
		if prefix == "" {
			prefix = string(filepath.Separator)
		}
		if r, err := filepath.EvalSymlinks(prefix); err == nil {
			// What does not exist yet holds no links: cleaning it is exact.
			return filepath.Join(append([]string{r}, parts[i:]...)...)
		}
	}
	return filepath.Clean(p)
}

// linkPlace returns where a rename to out puts the file: out resolved like
// resolved, except that its last part, when a symbolic link, is not
// followed (the rename replaces the link).
func linkPlace(out string) string {
	i := strings.LastIndex(out, string(filepath.Separator))
	dir, base := out[:i+1], out[i+1:]
	if base == "" || base == "." || base == ".." {
		return resolved(out)
	}
	if dir == "" {
		dir = "."
	}
	return filepath.Join(resolved(dir), base)
}

// within reports whether the resolved path p lies inside the folder dir.
func within(p, dir string) bool {
	return p != dir && strings.HasPrefix(p, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}
