package html

import "github.com/legalkit/legalkit/tool/internal/model"

// aliases writes an empty element for each alias of a clause, item or
// group heading (see model.SettleAliases), at the start of the element, so
// that a link to the alias lands where a link to the anchor does, without
// JavaScript.
func (r *renderer) aliases(ids []string) {
	for _, a := range ids {
		if a == "" || r.ids[a] {
			continue
		}
		r.ids[a] = true
		r.w(`<span class="alias" id="`)
		r.esc(a)
		r.w(`"></span>`)
	}
}

// href returns where a link written by the author leads on this page: the
// page of another document for a link to its source, the site's address for
// a site-absolute path, or the address as written; "" leaves its text
// unlinked.
func (r *renderer) href(l *model.Link) string {
	h := r.links.Link(l)
	if h == "" || !SafeURL(h) {
		return ""
	}
	return h
}
