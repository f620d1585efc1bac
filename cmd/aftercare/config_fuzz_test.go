package main

import (
	"errors"
	"math"
	"net/url"
	"strings"
	"testing"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/storage"
)

// fuzzEnv is a complete, valid configuration; FuzzLoadConfig replaces one
// variable of it. The keys are secrets: no error may show them.
var fuzzEnv = map[string]string{
	"DISCORD_TOKEN":      "token-for-fuzzing",
	"DISCORD_API_BASE":   "http://127.0.0.1:8080",
	"DISCORD_GUILD_ID":   "123456789012345678",
	"DISCORD_RATE":       "10",
	"REDIS_URL":          "redis://127.0.0.1:6379/2",
	"DATA_KEY":           "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=",
	"DATA_KEYS_PREVIOUS": "IjNVhRbaOt5OxjXyPPubDxQQSUX0GnQKPRH9ECqqxLI=,MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
	"DEFAULT_TIMEZONE":   "Europe/London",
	"THERAPIST_ROLE":     "Therapist",
	"LOG_LEVEL":          "info",
	"METRICS_ADDR":       ":9090",
	"CLOCK_SPEED":        "1",
	"THERAPIST_GUILDS":   "123456789012345678,234567890123456789",
	"WEB_ADDR":           "127.0.0.1:8080",
	"WEB_SECRET":         "kC4o9m0y1yQ0o8Jr0bVh6vY2oXbqS8Yx3sM1R5fW0aE=",
	"PUBLIC_URL":         "https://aftercare.example.org",
	"DIGEST_LINK_ONLY":   "true",
	"KEYSTORE_URL":       "redis://keys.internal:6379/0",
	"SHARD_COUNT":        "4",
}

// fuzzVars are the variables LoadConfig reads, in a fixed order so that a
// corpus entry's number keeps naming the same one.
var fuzzVars = []string{
	"DISCORD_TOKEN", "DISCORD_API_BASE", "DISCORD_GUILD_ID", "DISCORD_RATE", "REDIS_URL", "DATA_KEY",
	"DATA_KEYS_PREVIOUS", "DEFAULT_TIMEZONE", "THERAPIST_ROLE", "LOG_LEVEL", "METRICS_ADDR", "CLOCK_SPEED",
	"THERAPIST_GUILDS", "WEB_ADDR", "WEB_SECRET", "PUBLIC_URL", "DIGEST_LINK_ONLY", "KEYSTORE_URL",
	"SHARD_COUNT",
}

// FuzzLoadConfig gives one variable any value, on top of a valid
// configuration or of none, and checks that LoadConfig either accepts it
// with sane values or names that variable in a *ConfigError that does not
// echo a secret. The one error that names another variable is the rule
// that a Discord token or a Redis URL needs a DATA_KEY.
func FuzzLoadConfig(f *testing.F) {
	f.Fuzz(func(t *testing.T, which uint8, value string, onValid bool) {
		name := fuzzVars[int(which)%len(fuzzVars)]
		env := map[string]string{name: value}
		if onValid {
			for k, v := range fuzzEnv {
				if k != name {
					env[k] = v
				}
			}
		}
		c, err := LoadConfig(func(k string) string { return env[k] })
		if err == nil {
			checkConfig(t, name, value, c)
			return
		}
		wantVar := name
		if (name == "DISCORD_TOKEN" || name == "REDIS_URL") && !onValid && strings.TrimSpace(value) != "" {
			wantVar = "DATA_KEY" // unless the URL itself is refused first
			if _, uerr := storage.ParseURL(strings.TrimSpace(value)); name == "REDIS_URL" && uerr != nil {
				wantVar = name
			}
		}
		if name == "DATA_KEY" && onValid && strings.TrimSpace(value) == fuzzEnv["WEB_SECRET"] {
			wantVar = "WEB_SECRET" // the two keys must differ
		}
		if name == "REDIS_URL" && onValid && (strings.TrimSpace(value) == "" || strings.TrimSpace(value) == fuzzEnv["KEYSTORE_URL"]) {
			wantVar = "KEYSTORE_URL" // a key store beside a Redis of the data's, not instead or the same
		}
		if name == "WEB_ADDR" && onValid && strings.TrimSpace(value) == "" {
			wantVar = "DIGEST_LINK_ONLY" // link-only digests need the web view
		}
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Var != wantVar {
			t.Fatalf("%s=%q: error %v (%T); want a *ConfigError for %s", name, value, err, err, wantVar)
		}
		msg := err.Error()
		for _, k := range []string{"DATA_KEY", "DATA_KEYS_PREVIOUS", "WEB_SECRET"} {
			for _, key := range strings.Split(fuzzEnv[k], ",") {
				if strings.Contains(msg, key) {
					t.Fatalf("%s=%q: error %q shows %s", name, value, msg, k)
				}
			}
		}
		secret := strings.TrimSpace(value)
		if (name == "DATA_KEY" || name == "DATA_KEYS_PREVIOUS" || name == "WEB_SECRET") && (ce.Got != "" || len(secret) >= 16 && strings.Contains(msg, secret)) {
			t.Fatalf("%s=%q: error %q shows the key", name, value, msg)
		}
		if name == "REDIS_URL" || name == "KEYSTORE_URL" {
			if u, err := url.Parse(secret); err == nil {
				if pw, ok := u.User.Password(); ok && len(pw) >= 8 && !strings.Contains(u.Redacted(), pw) && strings.Contains(msg, pw) {
					t.Fatalf("%s=%q: error %q shows the password", name, value, msg)
				}
			}
		}
	})
}

// checkConfig checks what LoadConfig accepted.
func checkConfig(t *testing.T, name, value string, c Config) {
	t.Helper()
	if c.ClockSpeed <= 0 || c.ClockSpeed > 1e6 || math.IsNaN(c.ClockSpeed) {
		t.Fatalf("%s=%q: clock speed %v accepted", name, value, c.ClockSpeed)
	}
	if c.DiscordRate < 1 || c.DiscordRate > 50 || math.IsNaN(c.DiscordRate) {
		t.Fatalf("%s=%q: Discord rate %v accepted", name, value, c.DiscordRate)
	}
	if z, err := localtime.ParseZone(c.DefaultTimeZone); err != nil || z != c.DefaultTimeZone {
		t.Fatalf("%s=%q: default time zone %q accepted", name, value, c.DefaultTimeZone)
	}
	if u := c.DiscordAPIBase; u != nil && (u.Scheme != "http" && u.Scheme != "https" || u.Host == "") {
		t.Fatalf("%s=%q: Discord API base %v accepted", name, value, u)
	}
	for _, key := range append([][]byte{c.DataKey}, c.PreviousKeys...) {
		if key != nil && len(key) != 32 {
			t.Fatalf("%s=%q: a key of %d bytes accepted", name, value, len(key))
		}
	}
	if c.DataKey != nil && storage.CheckKeyStrength(c.DataKey) != nil {
		t.Fatalf("%s=%q: a weak DATA_KEY accepted", name, value)
	}
	if c.KeyStoreURL != "" && (c.RedisURL == "" || c.KeyStoreURL == c.RedisURL) {
		t.Fatalf("%s=%q: a key store accepted without a Redis of the data's, or as the same one", name, value)
	}
	if (c.DiscordToken != "" || c.RedisURL != "") && c.DataKey == nil {
		t.Fatalf("%s=%q: a Discord token or Redis accepted without a DATA_KEY", name, value)
	}
	if c.WebSecret != nil && storage.CheckKeyStrength(c.WebSecret) != nil {
		t.Fatalf("%s=%q: a weak WEB_SECRET accepted", name, value)
	}
	if c.WebAddr != "" && c.DiscordToken != "" && c.WebSecret == nil {
		t.Fatalf("%s=%q: the web view accepted on Discord without a WEB_SECRET", name, value)
	}
	if c.ShardCount < 0 || c.ShardCount > maxShards {
		t.Fatalf("%s=%q: shard count %d accepted", name, value, c.ShardCount)
	}
	if c.DigestLinkOnly && c.WebAddr == "" {
		t.Fatalf("%s=%q: link-only digests accepted without the web view", name, value)
	}
	for _, g := range c.TherapistGuilds {
		if g == "" || strings.Trim(g, "0123456789") != "" {
			t.Fatalf("%s=%q: therapist guild %q accepted", name, value, g)
		}
	}
	for _, v := range []string{c.DiscordToken, c.DiscordGuildID, c.RedisURL, c.KeyStoreURL, c.MetricsAddr, c.TherapistRole, c.DefaultTimeZone} {
		if v != strings.TrimSpace(v) {
			t.Fatalf("%s=%q: value %q kept with its spaces", name, value, v)
		}
	}
}
