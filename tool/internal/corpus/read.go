package corpus

import (
	"io"
	"io/fs"
	"os"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/parse"
)

// readSource reads the source at path. It reads regular files only, so it
// never waits on a named pipe or reads a device such as /dev/zero without
// end, and never more than parse.MaxSize bytes. A file it will not read
// gets a diagnostic instead of content; err is for files it cannot read.
func readSource(path string) ([]byte, diag.List, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode()), nil
	}
	if info.Size() > parse.MaxSize {
		return nil, parse.TooLarge(path, info.Size()), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode()), nil
	}
	src, err := io.ReadAll(io.LimitReader(f, parse.MaxSize+1))
	if err != nil {
		return nil, nil, err
	}
	if len(src) > parse.MaxSize {
		return nil, parse.TooLarge(path, int64(len(src))), nil
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
