package main

import (
	"cmp"
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/storage"
)

// Config is the whole of Aftercare's configuration, read from the
// environment (and a .env file, which the real environment overrides).
type Config struct {
	DiscordToken    string
	DiscordAPIBase  *url.URL // nil: Discord itself
	DiscordGuildID  string
	DiscordRate     float64  // REST requests a second
	RedisURL        string   // empty: embedded Redis
	KeyStoreURL     string   // KEYSTORE_URL: people's keys in a Redis of their own; empty: in REDIS_URL's
	DataKey         []byte   // nil: none given
	PreviousKeys    [][]byte // keys before a rotation, which still open what they sealed
	DefaultTimeZone string
	TherapistRole   string   // a role's exact name, or its id
	TherapistGuilds []string // servers that vouch for therapists; nil: none
	LogLevel        slog.Level
	MetricsAddr     string
	// ConsoleLocale is the console's language as the system names it:
	// LC_ALL, else LC_MESSAGES, else LANG (POSIX's order).
	ConsoleLocale  string
	ClockSpeed     float64
	RetentionDays  int
	ClinicLine     string // CRISIS_CLINIC_LINE; empty: none
	WebAddr        string // WEB_ADDR; empty: no web view
	WebSecret      []byte // WEB_SECRET; nil: a throwaway one (not on Discord)
	PublicURL      string // PUBLIC_URL, without a trailing slash; empty: http://WEB_ADDR
	DigestLinkOnly bool   // DIGEST_LINK_ONLY
	// InteractionsAddr serves Discord's Interactions Endpoint URL
	// (INTERACTIONS_ADDR); empty: interactions come over the gateway.
	InteractionsAddr string
	DiscordPublicKey ed25519.PublicKey // DISCORD_PUBLIC_KEY, set with InteractionsAddr
	ShardCount       int               // SHARD_COUNT; 0: as many as Discord recommends
}

// ConfigError names the variable that was wrong and what it should be.
type ConfigError struct {
	Var, Want, Got string
}

func (e *ConfigError) Error() string {
	if e.Got == "" {
		return fmt.Sprintf("%s: want %s", e.Var, e.Want)
	}
	return fmt.Sprintf("%s: want %s, got %q", e.Var, e.Want, e.Got)
}

// LoadConfig reads and checks every variable, returning the first problem.
func LoadConfig(getenv func(string) string) (Config, error) {
	get := func(name string) string { return strings.TrimSpace(getenv(name)) }
	c := Config{
		DiscordToken:    get("DISCORD_TOKEN"),
		DiscordGuildID:  get("DISCORD_GUILD_ID"),
		RedisURL:        get("REDIS_URL"),
		DefaultTimeZone: orDefault(get("DEFAULT_TIMEZONE"), "UTC"),
		TherapistRole:   orDefault(get("THERAPIST_ROLE"), "Therapist"),
		MetricsAddr:     get("METRICS_ADDR"),
		ConsoleLocale:   cmp.Or(get("LC_ALL"), get("LC_MESSAGES"), get("LANG")),
		ClockSpeed:      1,
		DiscordRate:     50,
		RetentionDays:   365,
	}
	checks := []func() error{
		func() error { return c.parseAPIBase(get("DISCORD_API_BASE")) },
		func() error { return checkSnowflake("DISCORD_GUILD_ID", c.DiscordGuildID) },
		func() error { return c.parseTherapistGuilds(get("THERAPIST_GUILDS")) },
		func() error { return c.checkRedis() },
		func() error { return c.checkKeyStore(get("KEYSTORE_URL")) },
		func() error { return c.parseDataKey(get("DATA_KEY")) },
		func() error { return c.parsePreviousKeys("DATA_KEYS_PREVIOUS", get("DATA_KEYS_PREVIOUS")) },
		func() error { return c.parsePreviousKeys("DATA_KEY_PREVIOUS", get("DATA_KEY_PREVIOUS")) },
		func() error { return c.checkZone() },
		func() error { return c.parseLogLevel(get("LOG_LEVEL")) },
		func() error { return c.checkMetricsAddr() },
		func() error { return c.parseClockSpeed(get("CLOCK_SPEED")) },
		func() error { return c.parseDiscordRate(get("DISCORD_RATE")) },
		func() error { return c.parseRetention(get("RETENTION_DAYS")) },
		func() error { return c.checkClinicLine(get("CRISIS_CLINIC_LINE")) },
		func() error { return c.parseWeb(get) },
		func() error { return c.parseInteractions(get) },
		func() error { return c.parseShardCount(get("SHARD_COUNT")) },
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return Config{}, err
		}
	}
	return c, nil
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

func (c *Config) parseAPIBase(v string) error {
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return &ConfigError{"DISCORD_API_BASE", "an http(s) base URL such as http://127.0.0.1:8080", v}
	}
	c.DiscordAPIBase = u
	return nil
}

func checkSnowflake(name, v string) error {
	if v == "" {
		return nil
	}
	if _, err := strconv.ParseUint(v, 10, 64); err != nil {
		return &ConfigError{name, "a Discord id (digits only)", v}
	}
	return nil
}

func (c *Config) checkRedis() error {
	if c.RedisURL == "" {
		return nil
	}
	if _, err := storage.ParseURL(c.RedisURL); err != nil {
		return &ConfigError{"REDIS_URL", "a URL such as redis://127.0.0.1:6379/0", redactURL(c.RedisURL)}
	}
	return nil
}

// checkKeyStore reads KEYSTORE_URL: a Redis of its own for people's keys,
// beside the data's Redis, never instead of it or the same.
func (c *Config) checkKeyStore(v string) error {
	if v == "" {
		return nil
	}
	if c.RedisURL == "" {
		return &ConfigError{Var: "KEYSTORE_URL", Want: "REDIS_URL set too: the key store keeps people's keys apart from data in a Redis (the embedded one keeps nothing after exit)"}
	}
	if _, err := storage.ParseURL(v); err != nil {
		return &ConfigError{"KEYSTORE_URL", "a URL such as redis://keys.internal:6379/0", redactURL(v)}
	}
	if v == c.RedisURL {
		return &ConfigError{Var: "KEYSTORE_URL", Want: "a Redis of its own, not the one in REDIS_URL (see the README's Privacy section)"}
	}
	c.KeyStoreURL = v
	return nil
}

func redactURL(v string) string {
	if u, err := url.Parse(v); err == nil {
		return u.Redacted()
	}
	return "(unreadable URL)"
}

// keyHelp says how to make a data key.
const keyHelp = "make one with: aftercare key"

func (c *Config) parseDataKey(v string) error {
	if v == "" && (c.DiscordToken != "" || c.RedisURL != "") {
		return &ConfigError{Var: "DATA_KEY", Want: "a key when DISCORD_TOKEN or REDIS_URL is set, since notes are encrypted at rest and must open again after a restart (" + keyHelp + ")"}
	}
	key, err := parseKey("DATA_KEY", v)
	if err != nil || key == nil {
		return err
	}
	if err := storage.CheckKeyStrength(key); err != nil {
		// Why it is weak says little about a key that is refused anyway,
		// and nothing of a good one.
		return &ConfigError{Var: "DATA_KEY", Want: "32 random bytes in base64; this key is not: " + err.Error() + " (" + keyHelp + ")"}
	}
	c.DataKey = key
	return nil
}

// parsePreviousKeys reads keys used before DATA_KEY, separated by commas.
// They are not held to CheckKeyStrength: a weak key is exactly one to
// rotate away from, and it must open what it sealed until rekey is done.
// DATA_KEY_PREVIOUS is the older, one-key name of DATA_KEYS_PREVIOUS.
func (c *Config) parsePreviousKeys(name, v string) error {
	for i, part := range strings.Split(v, ",") {
		key, err := parseKey(name, strings.TrimSpace(part))
		if err != nil {
			return &ConfigError{Var: name, Want: fmt.Sprintf("keys of 32 bytes in base64, separated by commas (key %d is not one)", i+1)}
		}
		if key != nil {
			c.PreviousKeys = append(c.PreviousKeys, key)
		}
	}
	return nil
}

// parseKey reads a 32-byte key in base64; empty means none.
func parseKey(name, v string) ([]byte, error) {
	if v == "" {
		return nil, nil
	}
	key, err := base64.StdEncoding.DecodeString(v)
	if err != nil || len(key) != storage.KeySize {
		// The value is a secret: never echo it.
		return nil, &ConfigError{Var: name, Want: "32 random bytes in base64 (" + keyHelp + ")"}
	}
	return key, nil
}

func (c *Config) checkZone() error {
	zone, err := localtime.ParseZone(c.DefaultTimeZone)
	if err != nil {
		return &ConfigError{"DEFAULT_TIMEZONE", "an IANA time zone such as Europe/London", c.DefaultTimeZone}
	}
	c.DefaultTimeZone = zone
	return nil
}

func (c *Config) parseLogLevel(v string) error {
	if v == "" {
		c.LogLevel = slog.LevelInfo
		return nil
	}
	if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
		return &ConfigError{"LOG_LEVEL", "debug, info, warn or error", v}
	}
	return nil
}

func (c *Config) checkMetricsAddr() error {
	if c.MetricsAddr == "" {
		return nil
	}
	if _, port, err := net.SplitHostPort(c.MetricsAddr); err != nil || port == "" {
		return &ConfigError{"METRICS_ADDR", "host:port such as 127.0.0.1:9090 or :9090", c.MetricsAddr}
	}
	return nil
}

func (c *Config) parseClockSpeed(v string) error {
	if v == "" {
		return nil
	}
	speed, err := strconv.ParseFloat(v, 64)
	if err != nil || speed <= 0 || speed > 1e6 || math.IsNaN(speed) {
		return &ConfigError{"CLOCK_SPEED", "a number greater than 0 and at most 1000000 (1440 makes a day pass in a minute)", v}
	}
	c.ClockSpeed = speed
	return nil
}

func (c *Config) parseDiscordRate(v string) error {
	if v == "" {
		return nil
	}
	r, err := strconv.ParseFloat(v, 64)
	if err != nil || r < 1 || r > 50 || math.IsNaN(r) {
		return &ConfigError{"DISCORD_RATE", "requests a second from 1 to 50 (Discord's global limit is 50)", v}
	}
	c.DiscordRate = r
	return nil
}

func (c *Config) parseRetention(v string) error {
	if v == "" {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 30 || n > 3650 {
		return &ConfigError{"RETENTION_DAYS", "days from 30 to 3650 to keep raw check-ins (weekly totals are kept after)", v}
	}
	c.RetentionDays = n
	return nil
}
