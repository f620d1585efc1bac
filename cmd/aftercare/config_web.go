package main

import (
	"bytes"
	"encoding/base64"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/storage"
)

// The web view's variables: WEB_ADDR turns it on, WEB_SECRET signs its
// links (required on Discord), PUBLIC_URL is the address links carry, and
// DIGEST_LINK_ONLY keeps names, scores and trends out of digests and
// crisis alerts.

func (c *Config) parseWeb(get func(string) string) error {
	c.WebAddr = get("WEB_ADDR")
	if c.WebAddr != "" {
		if _, port, err := net.SplitHostPort(c.WebAddr); err != nil || port == "" {
			return &ConfigError{"WEB_ADDR", "host:port such as 127.0.0.1:8080 or :8080", c.WebAddr}
		}
	}
	if v := get("WEB_SECRET"); v != "" {
		key, err := base64.StdEncoding.DecodeString(v)
		if err == nil {
			err = storage.CheckKeyStrength(key) // the same test as DATA_KEY's: 32 bytes that could be random
		}
		if err != nil {
			// A secret: never echoed.
			return &ConfigError{Var: "WEB_SECRET", Want: "32 random bytes in base64 (make one with: aftercare key)"}
		}
		if bytes.Equal(key, c.DataKey) {
			// One leaked secret must not open both the data and the pages.
			return &ConfigError{Var: "WEB_SECRET", Want: "a key of its own, not DATA_KEY (make one with: aftercare key)"}
		}
		c.WebSecret = key
	}
	if c.WebAddr != "" && c.DiscordToken != "" && c.WebSecret == nil {
		return &ConfigError{Var: "WEB_SECRET", Want: "a secret when WEB_ADDR and DISCORD_TOKEN are set: it signs the web view's links (make one with: aftercare key), or leave WEB_ADDR empty to turn the web view off"}
	}
	if v := get("PUBLIC_URL"); v != "" {
		u, err := url.Parse(v)
		// The pages link to each other from the root, so the web view is
		// served at the root of its host: no path.
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || strings.Trim(u.Path, "/") != "" {
			return &ConfigError{"PUBLIC_URL", "the http(s) address of the web view as browsers reach it, at the root of its host, such as https://aftercare.example.org", v}
		}
		c.PublicURL = strings.TrimSuffix(v, "/")
	}
	if v := get("DIGEST_LINK_ONLY"); v != "" {
		on, err := strconv.ParseBool(v)
		if err != nil {
			return &ConfigError{"DIGEST_LINK_ONLY", "true or false", v}
		}
		if on && c.WebAddr == "" {
			return &ConfigError{Var: "DIGEST_LINK_ONLY", Want: "WEB_ADDR set too: a link-only digest links to the web view"}
		}
		c.DigestLinkOnly = on
	}
	return nil
}
