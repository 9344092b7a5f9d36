package templates

import (
	"io/fs"
	"path/filepath"
)

// Path returns the name a user knows the file name (slash-separated) of
// fsys by, for messages: DIR/NAME when it comes from the folder of
// --templates DIR, templates/NAME when it is a built-in file (the folder
// of this repository it is embedded from).
func Path(fsys fs.FS, name string) string {
	if o, ok := fsys.(overlay); ok {
		if st, err := fs.Stat(o.top, name); err == nil && !st.IsDir() {
			return filepath.Join(o.dir, filepath.FromSlash(name))
		}
	}
	return "templates/" + name
}
