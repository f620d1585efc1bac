package main

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadConfig(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantVar string // the variable the error must name; empty: no error
		check   func(t *testing.T, c Config)
	}{
		{name: "nothing set gives console defaults", env: nil, check: func(t *testing.T, c Config) {
			if c.DiscordToken != "" || c.RedisURL != "" || c.ClockSpeed != 1 || c.DiscordRate != 50 || c.DefaultTimeZone != "UTC" || c.LogLevel != slog.LevelInfo || c.TherapistRole != "Therapist" {
				t.Errorf("defaults = %+v", c)
			}
		}},
		{name: "retention too short", env: map[string]string{"RETENTION_DAYS": "7"}, wantVar: "RETENTION_DAYS"},
		{name: "Discord without a data key", env: map[string]string{"DISCORD_TOKEN": "abc"}, wantVar: "DATA_KEY"},
		{name: "Redis without a data key", env: map[string]string{"REDIS_URL": "redis://127.0.0.1:6379/2"}, wantVar: "DATA_KEY"},
		{name: "previous key malformed", env: map[string]string{"DATA_KEYS_PREVIOUS": "IjNVhRbaOt5OxjXyPPubDxQQSUX0GnQKPRH9ECqqxLI=,short"}, wantVar: "DATA_KEYS_PREVIOUS"},
		{name: "old name of the previous key malformed", env: map[string]string{"DATA_KEY_PREVIOUS": "short"}, wantVar: "DATA_KEY_PREVIOUS"},
		{name: "several previous keys, a weak one among them", env: map[string]string{
			"DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=", "DATA_KEYS_PREVIOUS": " IjNVhRbaOt5OxjXyPPubDxQQSUX0GnQKPRH9ECqqxLI= , AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "DATA_KEY_PREVIOUS": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
		}, check: func(t *testing.T, c Config) {
			if len(c.PreviousKeys) != 3 || c.PreviousKeys[1][0] != 0 || string(c.PreviousKeys[2]) != "0123456789abcdef0123456789abcdef" {
				t.Errorf("PreviousKeys = %x; want the three, in order (a weak old key is what one rotates away from)", c.PreviousKeys)
			}
		}},
		{name: "all valid", env: map[string]string{
			"DISCORD_TOKEN": "abc", "DISCORD_API_BASE": "http://127.0.0.1:8080", "DISCORD_GUILD_ID": "123456789012345678",
			"REDIS_URL": "redis://127.0.0.1:6379/2", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=",
			"DEFAULT_TIMEZONE": "america/new_york", "LOG_LEVEL": "debug", "METRICS_ADDR": ":9090", "CLOCK_SPEED": "1440",
		}, check: func(t *testing.T, c Config) {
			if c.DiscordAPIBase.Host != "127.0.0.1:8080" || len(c.DataKey) != 32 || c.ClockSpeed != 1440 || c.DefaultTimeZone != "America/New_York" || c.LogLevel != slog.LevelDebug {
				t.Errorf("parsed = %+v", c)
			}
		}},
		{name: "web view on Discord without a secret", env: map[string]string{"DISCORD_TOKEN": "abc", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=", "WEB_ADDR": ":8080"}, wantVar: "WEB_SECRET"},
		{name: "web secret too short", env: map[string]string{"WEB_ADDR": ":8080", "WEB_SECRET": "c2hvcnQ="}, wantVar: "WEB_SECRET"},
		{name: "web secret the same as the data key", env: map[string]string{"WEB_ADDR": ":8080", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=", "WEB_SECRET": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA="}, wantVar: "WEB_SECRET"},
		{name: "web secret with a pattern", env: map[string]string{"WEB_ADDR": ":8080", "WEB_SECRET": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="}, wantVar: "WEB_SECRET"},
		{name: "web address without a port", env: map[string]string{"WEB_ADDR": "8080"}, wantVar: "WEB_ADDR"},
		{name: "public URL without scheme", env: map[string]string{"WEB_ADDR": ":8080", "PUBLIC_URL": "aftercare.example.org"}, wantVar: "PUBLIC_URL"},
		{name: "public URL with a path", env: map[string]string{"WEB_ADDR": ":8080", "PUBLIC_URL": "https://example.org/aftercare"}, wantVar: "PUBLIC_URL"},
		{name: "link-only digests without the web view", env: map[string]string{"DIGEST_LINK_ONLY": "true"}, wantVar: "DIGEST_LINK_ONLY"},
		{name: "web view on Discord", env: map[string]string{"DISCORD_TOKEN": "abc", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=", "WEB_ADDR": "127.0.0.1:8080",
			"WEB_SECRET": "IjNVhRbaOt5OxjXyPPubDxQQSUX0GnQKPRH9ECqqxLI=", "PUBLIC_URL": "https://aftercare.example.org/", "DIGEST_LINK_ONLY": "true"}, check: func(t *testing.T, c Config) {
			if c.WebAddr != "127.0.0.1:8080" || len(c.WebSecret) != 32 || c.PublicURL != "https://aftercare.example.org" || !c.DigestLinkOnly {
				t.Errorf("parsed = %+v", c)
			}
		}},
		{name: "unknown time zone", env: map[string]string{"DEFAULT_TIMEZONE": "Mars/Base"}, wantVar: "DEFAULT_TIMEZONE"},
		{name: "abbreviation is not a zone", env: map[string]string{"DEFAULT_TIMEZONE": "EST"}, wantVar: "DEFAULT_TIMEZONE"},
		{name: "malformed Redis URL", env: map[string]string{"REDIS_URL": "localhost:6379", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA="}, wantVar: "REDIS_URL"},
		{name: "Redis URL with a bad db", env: map[string]string{"REDIS_URL": "redis://127.0.0.1:6379/x", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA="}, wantVar: "REDIS_URL"},
		{name: "key store without a Redis for the data", env: map[string]string{"KEYSTORE_URL": "redis://keys.internal:6379/0"}, wantVar: "KEYSTORE_URL"},
		{name: "key store the same as the data's Redis", env: map[string]string{"REDIS_URL": "redis://127.0.0.1:6379/2", "KEYSTORE_URL": "redis://127.0.0.1:6379/2", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA="}, wantVar: "KEYSTORE_URL"},
		{name: "malformed key store URL", env: map[string]string{"REDIS_URL": "redis://127.0.0.1:6379/2", "KEYSTORE_URL": "keys.internal:6379", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA="}, wantVar: "KEYSTORE_URL"},
		{name: "key store", env: map[string]string{"REDIS_URL": "redis://127.0.0.1:6379/2", "KEYSTORE_URL": " redis://keys.internal:6379/0 ", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA="}, check: func(t *testing.T, c Config) {
			if c.KeyStoreURL != "redis://keys.internal:6379/0" {
				t.Errorf("KeyStoreURL = %q", c.KeyStoreURL)
			}
		}},
		{name: "negative clock speed", env: map[string]string{"CLOCK_SPEED": "-3"}, wantVar: "CLOCK_SPEED"},
		{name: "zero clock speed", env: map[string]string{"CLOCK_SPEED": "0"}, wantVar: "CLOCK_SPEED"},
		{name: "NaN clock speed", env: map[string]string{"CLOCK_SPEED": "NaN"}, wantVar: "CLOCK_SPEED"},
		{name: "short data key", env: map[string]string{"DATA_KEY": "c2hvcnQ="}, wantVar: "DATA_KEY"},
		{name: "data key not base64", env: map[string]string{"DATA_KEY": "not base64!"}, wantVar: "DATA_KEY"},
		{name: "log level", env: map[string]string{"LOG_LEVEL": "loud"}, wantVar: "LOG_LEVEL"},
		{name: "metrics address", env: map[string]string{"METRICS_ADDR": "9090"}, wantVar: "METRICS_ADDR"},
		{name: "API base without scheme", env: map[string]string{"DISCORD_API_BASE": "127.0.0.1:8080"}, wantVar: "DISCORD_API_BASE"},
		{name: "Discord rate above the global limit", env: map[string]string{"DISCORD_RATE": "120"}, wantVar: "DISCORD_RATE"},
		{name: "shard count", env: map[string]string{"SHARD_COUNT": "16"}, check: func(t *testing.T, c Config) {
			if c.ShardCount != 16 {
				t.Errorf("ShardCount = %d, want 16", c.ShardCount)
			}
		}},
		{name: "shard count 0 asks Discord", env: map[string]string{"SHARD_COUNT": "0"}, check: func(t *testing.T, c Config) {
			if c.ShardCount != 0 {
				t.Errorf("ShardCount = %d, want 0", c.ShardCount)
			}
		}},
		{name: "negative shard count", env: map[string]string{"SHARD_COUNT": "-1"}, wantVar: "SHARD_COUNT"},
		{name: "shard count not a number", env: map[string]string{"SHARD_COUNT": "four"}, wantVar: "SHARD_COUNT"},
		{name: "no server vouches for therapists", env: map[string]string{"THERAPIST_ROLE": "Clinician"}, check: func(t *testing.T, c Config) {
			if c.TherapistGuilds != nil || c.TherapistRole != "Clinician" {
				t.Errorf("TherapistGuilds = %v, role %q; want none, Clinician", c.TherapistGuilds, c.TherapistRole)
			}
		}},
		{name: "therapist guilds default to the command guild", env: map[string]string{"DISCORD_GUILD_ID": "123456789012345678"}, check: func(t *testing.T, c Config) {
			if strings.Join(c.TherapistGuilds, ",") != "123456789012345678" {
				t.Errorf("TherapistGuilds = %v, want DISCORD_GUILD_ID's", c.TherapistGuilds)
			}
		}},
		{name: "therapist guilds named", env: map[string]string{"DISCORD_GUILD_ID": "1", "THERAPIST_GUILDS": " 234567890123456789, 345678901234567890 ,234567890123456789,"}, check: func(t *testing.T, c Config) {
			if strings.Join(c.TherapistGuilds, ",") != "234567890123456789,345678901234567890" {
				t.Errorf("TherapistGuilds = %v, want the two named, once each, without DISCORD_GUILD_ID", c.TherapistGuilds)
			}
		}},
		{name: "therapist guild not a snowflake", env: map[string]string{"THERAPIST_GUILDS": "123,my-clinic"}, wantVar: "THERAPIST_GUILDS"},
		{name: "therapist guilds only commas", env: map[string]string{"THERAPIST_GUILDS": ",,"}, wantVar: "THERAPIST_GUILDS"},
		{name: "guild id not a snowflake", env: map[string]string{"DISCORD_GUILD_ID": "my-server"}, wantVar: "DISCORD_GUILD_ID"},
		{name: "clinic line", env: map[string]string{"CRISIS_CLINIC_LINE": " After hours, call Bright Clinic on +1 555 0100 "}, check: func(t *testing.T, c Config) {
			if c.ClinicLine != "After hours, call Bright Clinic on +1 555 0100" {
				t.Errorf("ClinicLine = %q", c.ClinicLine)
			}
		}},
		{name: "clinic line without a number", env: map[string]string{"CRISIS_CLINIC_LINE": "Call the clinic"}, wantVar: "CRISIS_CLINIC_LINE"},
		{name: "clinic line too long", env: map[string]string{"CRISIS_CLINIC_LINE": "555 0100 " + strings.Repeat("x", 200)}, wantVar: "CRISIS_CLINIC_LINE"},
		{name: "clinic line on two lines", env: map[string]string{"CRISIS_CLINIC_LINE": "555\n0100"}, wantVar: "CRISIS_CLINIC_LINE"},
		{name: "clinic line mentions everyone", env: map[string]string{"CRISIS_CLINIC_LINE": "@everyone call 555 0100"}, wantVar: "CRISIS_CLINIC_LINE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LoadConfig(func(k string) string { return tt.env[k] })
			if tt.wantVar == "" {
				if err != nil {
					t.Fatalf("LoadConfig: %v", err)
				}
				tt.check(t, c)
				return
			}
			var ce *ConfigError
			if !errors.As(err, &ce) || ce.Var != tt.wantVar {
				t.Fatalf("err = %v, want a ConfigError naming %s", err, tt.wantVar)
			}
			if !strings.HasPrefix(err.Error(), tt.wantVar+": want ") {
				t.Errorf("message %q does not start by naming the variable and what it wants", err)
			}
		})
	}
}

func TestDataKeyIsNeverEchoed(t *testing.T) {
	secret := "dGhpcyBpcyBzZWNyZXQ="
	_, err := LoadConfig(func(k string) string { return map[string]string{"DATA_KEY": secret}[k] })
	if err == nil || strings.Contains(err.Error(), secret) {
		t.Fatalf("err = %v: want an error that does not contain the key", err)
	}
}

func TestBadConfigExitsWithCode2(t *testing.T) {
	var stderr strings.Builder
	env := map[string]string{"CLOCK_SPEED": "-3"}
	code := run(nil, func(k string) string { return env[k] }, strings.NewReader(""), &strings.Builder{}, &stderr)
	if code != 2 {
		t.Errorf("exit code = %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "CLOCK_SPEED") {
		t.Errorf("stderr = %q, want one line naming CLOCK_SPEED", stderr.String())
	}
}

// TestClinicLine: a bad CRISIS_CLINIC_LINE stops start-up with exit code 2;
// a good one comes first in /crisis, before the lines Aftercare knows.
func TestClinicLine(t *testing.T) {
	var stderr strings.Builder
	env := map[string]string{"CRISIS_CLINIC_LINE": "no number here"}
	if code := run(nil, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "CRISIS_CLINIC_LINE") {
		t.Errorf("exit %d, stderr %q; want 2 naming CRISIS_CLINIC_LINE", code, stderr.String())
	}
	env = map[string]string{"CRISIS_CLINIC_LINE": "After hours, call Bright Clinic on +1 555 0100"}
	var out strings.Builder
	if code := run(nil, func(k string) string { return env[k] }, strings.NewReader("/crisis\n"), &out, io.Discard); code != 0 {
		t.Fatalf("exit %d", code)
	}
	clinic, pointer := strings.Index(out.String(), "Bright Clinic on +1 555 0100"), strings.Index(out.String(), "findahelpline.com")
	if clinic < 0 || pointer < 0 || clinic > pointer || strings.Contains(out.String(), "Thank you for telling me") {
		t.Errorf("/crisis in the console:\n%s\nwant the clinic's line first and no thanks for telling", out.String())
	}
}

// TestDotEnv: a .env file is read, a bad value in it is reported like any
// other, and the real environment wins over it.
func TestDotEnv(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte("CLOCK_SPEED=-3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Cleanup(func() { os.Unsetenv("CLOCK_SPEED") }) // godotenv sets what the file holds
	// The console on an embedded store: a Redis would want a DATA_KEY, and
	// the shared one in REDIS_URL is not this test's to write to.
	t.Setenv("REDIS_URL", "")

	var stderr strings.Builder
	if code := run(nil, os.Getenv, strings.NewReader(""), io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "CLOCK_SPEED") {
		t.Errorf(".env with CLOCK_SPEED=-3: exit %d, stderr %q; want 2 naming CLOCK_SPEED", code, stderr.String())
	}
	os.Unsetenv("CLOCK_SPEED")
	t.Setenv("CLOCK_SPEED", "2")
	stderr.Reset()
	if code := run(nil, os.Getenv, strings.NewReader(""), io.Discard, &stderr); code != 0 {
		t.Errorf("real CLOCK_SPEED=2 over .env's -3: exit %d, stderr %q; want the environment to win", code, stderr.String())
	}
}

// TestDiscordRefusesWebViewWithoutSecret: Discord with WEB_ADDR and no
// WEB_SECRET stops before connecting, with one line and exit code 2.
func TestDiscordRefusesWebViewWithoutSecret(t *testing.T) {
	env := map[string]string{"DISCORD_TOKEN": "abc", "DATA_KEY": "Zu0u/nAqY0DclaR6e4vF8B9lTCwh5k38Q+Kk1E9SFEA=", "WEB_ADDR": "127.0.0.1:0"}
	var stderr strings.Builder
	code := run(nil, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, &stderr)
	if code != 2 || strings.Count(stderr.String(), "\n") != 1 || !strings.Contains(stderr.String(), "WEB_SECRET") {
		t.Errorf("exit %d, stderr %q; want 2 and one line naming WEB_SECRET", code, stderr.String())
	}
}
