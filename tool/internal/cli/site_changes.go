package cli

import (
	"github.com/legalkit/legalkit/tool/internal/site"
	"github.com/legalkit/legalkit/tool/internal/site/changes"
)

// siteExtensions returns fresh extensions for one build of the site (build
// and serve): each document's changelog and its redlines, and feed entries
// that say what changed (issue 4).
func siteExtensions() []site.Extension {
	return []site.Extension{changes.Extension()}
}
