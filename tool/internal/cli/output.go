package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	ucli "github.com/urfave/cli/v2"
)

// writeOutput writes data to stdout when path is "", otherwise to the file
// at path (see writeFileAtomic).
func writeOutput(path string, stdout io.Writer, data []byte) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return usagef("-o %s is a folder: name the file to write", path)
	}
	return writeFileAtomic(path, data)
}

// tempMark is in the name of every temporary file legalkit writes beside an
// output: .NAME.legalkit-123456.tmp.
const tempMark = ".legalkit-"

// writeFileAtomic writes the file through a temporary file beside it and a
// rename, so that a failed run never leaves half a file and readers see the
// old content or the new, nothing between. A temporary file of the same
// output that an interrupted run left behind (kill -9) is removed once the
// output is written.
func writeFileAtomic(path string, data []byte) error {
	dir, name := filepath.Dir(path), filepath.Base(path)
	tmp, err := os.CreateTemp(dir, "."+name+tempMark+"*.tmp")
	if err != nil {
		return outputError(path, err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return outputError(path, werr)
	}
	removeStaleTemps(dir, name)
	return nil
}

// outputError says what went wrong writing path, without the name of the
// temporary file.
func outputError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("%s: cannot write: %w", path, err)
}

// removeStaleTemps removes the temporary files of the output name in dir
// that earlier runs left behind; other files are never touched.
func removeStaleTemps(dir, name string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && isTempOf(e.Name(), name) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// isTempOf reports whether file is named like a temporary file of the
// output name: "." + name + ".legalkit-" + digits + ".tmp".
func isTempOf(file, name string) bool {
	rest, ok := strings.CutPrefix(file, "."+name+tempMark)
	if !ok {
		return false
	}
	digits, ok := strings.CutSuffix(rest, ".tmp")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// formatFlag returns the value of --format, which must be one of formats:
// the formats the output family's own package lists.
func formatFlag(c *ucli.Context, formats []string) (string, error) {
	format := c.String("format")
	if !slices.Contains(formats, format) {
		return "", usagef("unknown --format %q: use %s", format, strings.Join(formats, ", "))
	}
	return format, nil
}
