package importer

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// File imports one file as a document of one version.
func File(file string, opt Options) (*Document, diag.List, error) {
	src, err := readFile(file)
	if err != nil {
		return nil, nil, err
	}
	o := origin{file: file, src: src, prov: model.Provenance{File: filepath.ToSlash(file)}, label: stemLabel(file)}
	doc, ds := build(file, stem(file), []origin{o}, opt)
	return doc, ds, nil
}

// Folder imports the Markdown files of a folder (not its subfolders) as the
// versions of one document, in the order of their names. Symbolic links
// are not followed: they could lead out of the folder.
func Folder(dir string, opt Options) (*Document, diag.List, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	var ds diag.List
	var origins []origin
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, name := range names {
		if !isMarkdown(name) {
			continue
		}
		file := filepath.Join(dir, name)
		info, err := os.Lstat(file)
		if err != nil {
			return nil, nil, err
		}
		if !info.Mode().IsRegular() {
			ds.Add(file, 1, 1, diag.Warning, "import-skipped", "not a regular file (a link or a folder): not imported")
			continue
		}
		src, err := readFile(file)
		if err != nil {
			return nil, nil, err
		}
		label := stemLabel(name)
		if label == "" {
			label = fmt.Sprint(len(origins) + 1)
		}
		origins = append(origins, origin{file: file, src: src, prov: model.Provenance{File: filepath.ToSlash(file)}, label: label})
	}
	if len(origins) == 0 {
		return nil, ds, fmt.Errorf("%s: no Markdown files (*.md) to import", dir)
	}
	doc, bds := build(dir, filepath.Base(filepath.Clean(dir)), origins, opt)
	return doc, append(ds, bds...), nil
}

func isMarkdown(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return (ext == ".md" || ext == ".markdown") && !strings.EqualFold(name, "README.md") && !strings.HasPrefix(name, ".")
}

// readFile reads at most one byte more than legalkit accepts, so that a
// huge file is reported, not loaded.
func readFile(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, parse.MaxSize+1))
}

func stem(file string) string {
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// stemLabel makes a version label of a file name: "2018-04-18_ab12cd3.md"
// gives "2018-04-18-ab12cd3"; "" when nothing usable remains.
func stemLabel(file string) string {
	var b strings.Builder
	for _, r := range stem(file) {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	l := strings.Trim(b.String(), ".-")
	if !versionPattern.MatchString(l) {
		return ""
	}
	return l
}
