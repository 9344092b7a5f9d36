package lazyre

// The methods of *regexp.Regexp that legalkit uses, forwarded to the
// compiled expression.

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.get().String() }

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool { return r.get().MatchString(s) }

// Match reports whether b contains a match.
func (r *Regexp) Match(b []byte) bool { return r.get().Match(b) }

// FindString returns the leftmost match in s.
func (r *Regexp) FindString(s string) string { return r.get().FindString(s) }

// FindStringIndex returns the position of the leftmost match in s.
func (r *Regexp) FindStringIndex(s string) []int { return r.get().FindStringIndex(s) }

// FindStringSubmatch returns the leftmost match in s and its groups.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.get().FindStringSubmatch(s) }

// FindStringSubmatchIndex returns the positions of the leftmost match in s
// and of its groups.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.get().FindStringSubmatchIndex(s)
}

// FindAllString returns at most n successive matches in s (all when n < 0).
func (r *Regexp) FindAllString(s string, n int) []string { return r.get().FindAllString(s, n) }

// FindAllStringIndex returns the positions of at most n successive matches.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.get().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch returns at most n successive matches and their groups.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.get().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex returns the positions of at most n successive
// matches and of their groups.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.get().FindAllStringSubmatchIndex(s, n)
}

// FindSubmatchIndex returns the positions of the leftmost match in b and of
// its groups.
func (r *Regexp) FindSubmatchIndex(b []byte) []int { return r.get().FindSubmatchIndex(b) }

// FindSubmatch returns the leftmost match in b and its groups.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.get().FindSubmatch(b) }

// ReplaceAllString replaces the matches in src with repl ($1 expanded).
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.get().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc replaces the matches in src with repl's result.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.get().ReplaceAllStringFunc(src, repl)
}

// SubexpIndex returns the index of the group with the given name, or -1.
func (r *Regexp) SubexpIndex(name string) int { return r.get().SubexpIndex(name) }

// SubexpNames returns the names of the groups.
func (r *Regexp) SubexpNames() []string { return r.get().SubexpNames() }

// NumSubexp returns the number of groups.
func (r *Regexp) NumSubexp() int { return r.get().NumSubexp() }

// Split slices s into the substrings between the matches.
func (r *Regexp) Split(s string, n int) []string { return r.get().Split(s, n) }
