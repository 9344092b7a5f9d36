package parse

import (
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/legalkit/legalkit/tool/internal/lazyre"
	"github.com/legalkit/legalkit/tool/internal/model"
)

var commitPattern = lazyre.New(`^(?:[0-9a-f]{40}|[0-9a-f]{64})$`)

var provenanceKeys = []string{"file", "commit", "date"}

// provenance reads the "source" key that legalkit import writes: the file a
// version was taken from and, from git history, the commit and its date.
func (d *metaDecoder) provenance(v *yaml.Node) model.Provenance {
	var p model.Provenance
	if v.Kind != yaml.MappingNode {
		d.errf(v, "front-matter-invalid", "source must list file, and for a version from git its commit and date")
		return p
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if seen[k.Value] {
			d.errf(k, "front-matter-invalid", "source: key %q is set twice", k.Value)
			continue
		}
		seen[k.Value] = true
		s := d.str(k, val)
		switch k.Value {
		case "file":
			p.File = s
		case "commit":
			p.Commit = s
			if s != "" && !commitPattern.MatchString(s) {
				d.errf(val, "front-matter-invalid", "source: commit %q must be a full git commit hash (40 hexadecimal digits)", s)
			}
		case "date":
			p.Date = s
			if _, err := time.Parse(time.RFC3339, s); s != "" && err != nil {
				d.errf(val, "front-matter-invalid", "source: date %q must be a date and time such as 2026-04-27T10:00:00+02:00", s)
			}
		default:
			d.errf(k, "front-matter-unknown-key", "unknown key %q in source (known: %s)", k.Value, strings.Join(provenanceKeys, ", "))
		}
	}
	if !seen["file"] {
		d.errf(v, "front-matter-invalid", "source lacks \"file\"")
	}
	return p
}
