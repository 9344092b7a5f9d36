package corpus

import (
	"io"
	"io/fs"
	"os"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// readRegular reads the source rel inside root (named path in findings).
// It reads regular files only, so it never waits on a named pipe or reads a
// device such as /dev/zero without end, and never more than parse.MaxSize
// bytes. A file it will not read gets a diagnostic instead of content; err
// is for files it cannot open (a link out of root among them).
func readRegular(root *os.Root, rel, path string) ([]byte, *diag.List, error) {
	// Stat before opening: opening a named pipe waits for a writer.
	if info, err := root.Stat(rel); err != nil {
		return nil, nil, err
	} else if !info.Mode().IsRegular() {
		ds := notRegular(path, info.Mode())
		return nil, &ds, nil
	}
	f, err := root.Open(rel)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		ds := notRegular(path, info.Mode())
		return nil, &ds, nil
	}
	if info.Size() > parse.MaxSize {
		ds := parse.TooLarge(path, info.Size())
		return nil, &ds, nil
	}
	src, err := io.ReadAll(io.LimitReader(f, parse.MaxSize+1))
	if err != nil {
		return nil, nil, err
	}
	if len(src) > parse.MaxSize {
		ds := parse.TooLarge(path, int64(len(src)))
		return nil, &ds, nil
	}
	return src, nil, nil
}

func notRegular(path string, mode fs.FileMode) diag.List {
	what := "not a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case mode&fs.ModeSocket != 0:
		what = "a socket"
	case mode&fs.ModeDevice != 0:
		what = "a device"
	case mode.IsDir():
		what = "a folder"
	}
	var ds diag.List
	ds.Add(path, 1, 1, diag.Error, "encoding", "this is %s, not a text file: legalkit reads only regular files", what)
	return ds
}
