package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

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
}

// DefaultSettings are used for what site.json does not say.
func DefaultSettings() Settings {
	return Settings{Title: "Voorwaarden", Language: "nl"}
}

// LoadSettings reads dir/site.json. A missing folder or file gives the
// defaults; an unknown key, a wrong language or base URL is an error.
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
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("%s: %w", path, jsonError(data, err))
	}
	if !lang.IsSupported(s.Language) {
		return s, fmt.Errorf("%s: language %q: use %s", path, s.Language, lang.Choices())
	}
	if s.BaseURL != "" {
		u, err := NormalizeBaseURL(s.BaseURL)
		if err != nil {
			return s, fmt.Errorf("%s: base_url: %w", path, err)
		}
		s.BaseURL = u
	}
	return s, nil
}

// jsonError adds line and column to a JSON syntax error.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := 1, 1
		for _, c := range data[:max(0, min(int(se.Offset)-1, len(data)))] {
			if c == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
		return fmt.Errorf("%d:%d: %v", line, col, err)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
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
