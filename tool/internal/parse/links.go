package parse

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/safelink"
)

// inlineLink converts a link written [text](address) or [text][name].
func (c *converter) inlineLink(n *ast.Link) []model.Inline {
	return c.link(c.nodePos(n), destination(n.Destination), c.inlines(n))
}

// autoLink converts <https://...>, <name@host> and bare web addresses.
func (c *converter) autoLink(n *ast.AutoLink) []model.Inline {
	url := string(n.URL(c.src))
	label := string(n.Label(c.src))
	if n.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(url), "mailto:") {
		url = "mailto:" + url
	}
	// goldmark keeps no position for the label of an autolink; links
	// are never searched for terms or references, so none is needed.
	return c.link(c.autoLinkPos(n, label), url, []model.Inline{&model.Text{Value: label}})
}

// image keeps an image's description as text (documents show no images)
// and reports an unsafe address all the same: it is in the source.
func (c *converter) image(n *ast.Image) []model.Inline {
	c.checkLink(c.nodePos(n), destination(n.Destination))
	return c.inlines(n)
}

// linkDefinition reports an unsafe address in [name]: address, where it
// stands, even when no link uses it.
func (c *converter) linkDefinition(n *ast.LinkReferenceDefinition) {
	c.checkLink(c.nodePos(n), destination(n.Destination))
}

// link keeps a link only when its address is safe to publish; otherwise
// readers see its text.
func (c *converter) link(p model.Pos, url string, children []model.Inline) []model.Inline {
	if model.KindOfLink(url) == model.LinkDocument {
		// Never published as written: the site links the document's page,
		// and check reports a file that is not among the sources.
		return []model.Inline{&model.Link{URL: url, Children: children, Pos: p, Target: model.NewLinkTarget(url)}}
	}
	if c.checkLink(p, url) {
		return []model.Inline{&model.Link{URL: url, Children: children, Pos: p}}
	}
	return children
}

// checkLink reports an address that is not safe to publish at p.
func (c *converter) checkLink(p model.Pos, url string) bool {
	format, args := safelink.Explain(url)
	if format == "" {
		return true
	}
	why := diag.Reason(format, args) // safelink's reasons, in the editor's language
	c.ds.Add(c.path, p.Line, p.Col, diag.Warning, "unsafe-link", "link address %q is not published: %s; readers see the link's text without a link", url, why)
	return false
}

// destination returns a link address as CommonMark reads it: backslash
// escapes and character references resolved ("&amp;" is "&").
func destination(raw []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(raw))))
}

// nodePos is where an inline node starts in the source ("[" of a link,
// "!" of an image, "<" of an autolink).
func (c *converter) nodePos(n ast.Node) model.Pos {
	if off := n.Pos(); off >= 0 && off <= len(c.src) {
		return c.pos(off)
	}
	return c.posOf(n)
}

// autoLinkPos is where an autolink starts: its "<", or the first character
// of a bare address (goldmark places a bare address at the character that
// made it look for one, such as the space before it).
func (c *converter) autoLinkPos(n *ast.AutoLink, label string) model.Pos {
	off := n.Pos()
	if off < 0 || off >= len(c.src) {
		return c.posOf(n)
	}
	if c.src[off] != '<' && label != "" {
		end := min(len(c.src), off+len(label)+8)
		if i := bytes.Index(c.src[off:end], []byte(label)); i >= 0 {
			off += i
		}
	}
	return c.pos(off)
}
