package cli

import "github.com/legalkit/legalkit/tool/internal/site/changes"

// The site gets each document's changelog and its redlines, and feed
// entries say what changed (issue 4).
func init() {
	siteExtensions = append(siteExtensions, changes.Extension)
}
