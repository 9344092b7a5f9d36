package site

// CheckLinks checks every page of a built site as TestLinks does, for the
// tests of extensions (package site_test): every internal href and #anchor
// resolves, and every page has what TestLinks asks of it.
var CheckLinks = checkLinks

// ValidateAtom checks a feed against RFC 4287 (see validateAtom), for the
// feeds of sites built with extensions.
var ValidateAtom = validateAtom
