package site

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/lang"
)

// SettingsFile is the name of the settings file in the site folder.
const SettingsFile = "site.json"

// Settings are the site-wide settings from site/site.json.
type Settings struct {
	Title       string `json:"title"`       // the site's name, shown in every page header
	Description string `json:"description"` // one sentence for the home page and the site feed
	Language    string `json:"language"`    // language of the home page and site feed: nl, en, de or fr
	BaseURL     string `json:"base_url"`    // where the site is published; feeds and the sitemap need it
	// LinksBase is the site that links written as site-absolute paths
	// (/policies/privacy) belong to: with it they lead there, on pages and
	// in PDFs; without it pages keep them as written.
	LinksBase string `json:"links_base"`
}

// DefaultSettings are used for what site.json does not say.
func DefaultSettings() Settings {
	return Settings{Title: "Voorwaarden", Language: "nl"}
}

// LoadSettings reads dir/site.json. A missing folder or file gives the
// defaults; broken JSON, an unknown key, a wrong language or base URL is a
// diag.Diagnostic at its place in the file.
func LoadSettings(dir string) (Settings, error) {
	s := DefaultSettings()
	if dir == "" {
		return s, nil
	}
	path := filepath.Join(dir, SettingsFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	if err := diag.DecodeJSON(path, data, &s, "settings"); err != nil {
		return s, err
	}
	if !lang.IsSupported(s.Language) {
		return s, diag.JSONAt(path, data, []string{"language"}, "settings-invalid",
			"language %q: use %s", s.Language, lang.Choices())
	}
	if s.BaseURL != "" {
		u, err := NormalizeBaseURL(s.BaseURL)
		if err != nil {
			return s, diag.JSONAt(path, data, []string{"base_url"}, "settings-invalid", "base_url: %v", err)
		}
		s.BaseURL = u
	}
	if s.LinksBase != "" {
		u, err := NormalizeLinksBase(s.LinksBase)
		if err != nil {
			return s, diag.JSONAt(path, data, []string{"links_base"}, "settings-invalid", "links_base: %v", err)
		}
		s.LinksBase = u
	}
	return s, nil
}

// NormalizeBaseURL checks that u is an absolute http or https URL and
// returns it ending in a slash.
func NormalizeBaseURL(u string) (string, error) {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return "", fmt.Errorf("%q is not an absolute http(s) address such as https://example.org/terms/", u)
	}
	if p.RawQuery != "" || p.Fragment != "" {
		return "", fmt.Errorf("%q: a base URL has no query or fragment", u)
	}
	if !strings.HasSuffix(p.Path, "/") {
		p.Path += "/"
	}
	return p.String(), nil
}
