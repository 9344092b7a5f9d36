package model

// Provenance records where an imported version was taken from (front
// matter key "source", written by legalkit import). The zero Provenance
// means the version was written in legalkit directly.
type Provenance struct {
	File   string // the file it was read from; in git, its path at that commit
	Commit string // the commit hash, when read from git history
	Date   string // the commit date as git records it (RFC 3339), when read from git
}

// IsZero reports whether no provenance is recorded.
func (p Provenance) IsZero() bool { return p == Provenance{} }
