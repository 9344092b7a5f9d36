package model

import "strconv"

// MetaValueKey is the key under which Document.MetaPos holds the position
// of a front matter value: of the value of key when i < 0, of its i-th list
// element otherwise. MetaPos[key] itself is the position of the key.
func MetaValueKey(key string, i int) string {
	if i < 0 {
		return key + "="
	}
	return key + "=" + strconv.Itoa(i)
}

// ValuePos returns where the value of front matter key is written (its
// i-th list element for i >= 0): the value, else the key, else line 1.
func (d *Document) ValuePos(key string, i int) Pos {
	for _, k := range []string{MetaValueKey(key, i), MetaValueKey(key, -1), key} {
		if p, ok := d.MetaPos[k]; ok {
			return p
		}
	}
	return Pos{Line: 1, Col: 1}
}
