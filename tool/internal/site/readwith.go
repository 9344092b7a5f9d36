package site

import (
	"fmt"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// ReadWithView names, on an annex's version page, the version of the main
// document that version is read with: the one whose terms it uses and
// whose clauses its references name.
type ReadWithView struct {
	Href    string // the main version's page; "" when it is not on the site
	Version string
	Title   string // the main document's title in that version
}

// checkPairing makes sure every annex on the site was linked with the
// main-document version it is read with on the build date: a page must
// not show one version's terms while naming another.
func (b *Builder) checkPairing() error {
	for _, d := range b.docs {
		for _, v := range d.Versions {
			m := v.Model
			if m.ReadWith == nil {
				continue
			}
			if want := b.hist.ReadWith(m, m.Meta.AnnexOf, b.opts.Today); want != m.ReadWith {
				return fmt.Errorf("site: %s was linked with %s, but on %s it is read with %s: link the documents for the build date",
					m.Key(), m.ReadWith.Key(), b.opts.Today, key(want))
			}
		}
	}
	return nil
}

func key(d *model.Document) string {
	if d == nil {
		return "no version"
	}
	return d.Key()
}

// readWith describes the main version annex version v is read with, for
// the page at site path from; nil when v is no annex.
func (b *Builder) readWith(v *Version, from string) *ReadWithView {
	m := v.Model.ReadWith
	if m == nil {
		return nil
	}
	rw := &ReadWithView{Version: m.Meta.Version, Title: m.Meta.Title}
	if mv := b.byModel[m]; mv != nil {
		rw.Href = rel(from, mv.Page)
	}
	return rw
}
