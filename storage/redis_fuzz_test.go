package storage_test

import (
	"net"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/storage"
)

// FuzzParseURL checks that ParseURL, which reads REDIS_URL, never shows a
// password in an error, and that a URL it accepts is honoured in full:
// every address is a host and a port (1-65535) that can be dialled, so a
// mistake shows as a configuration error rather than as retries to connect
// at start; rediss:// always means TLS, the
// credentials are the URL's, and the database is the one the URL names.
// Redis clusters have only database 0, so a cluster URL (with addr=
// parameters) that names another must be refused, not quietly moved to 0;
// and a negative database is not one (go-redis would silently use 0).
// Options go-redis reads from the query (dial_timeout=, pool_size=) are
// kept, not read and then dropped.
func FuzzParseURL(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw string) {
		o, err := storage.ParseURL(raw)
		u, uerr := url.Parse(raw)
		if err != nil {
			if uerr == nil {
				if pw, ok := u.User.Password(); ok && len(pw) >= 8 && !strings.Contains(u.Redacted(), pw) && strings.Contains(err.Error(), pw) {
					t.Fatalf("ParseURL(%q): error %q shows the password", raw, err)
				}
			}
			return
		}
		if uerr != nil {
			t.Fatalf("ParseURL(%q) accepted what net/url refuses: %v", raw, uerr)
		}
		if len(o.Addrs) == 0 {
			t.Fatalf("ParseURL(%q): no address", raw)
		}
		for _, addr := range o.Addrs {
			host, port, err := net.SplitHostPort(addr)
			if n, perr := strconv.Atoi(port); err != nil || host == "" || perr != nil || n < 1 || n > 65535 {
				t.Fatalf("ParseURL(%q): address %q is not a host and a port to dial", raw, addr)
			}
		}
		if (u.Scheme == "rediss") != (o.TLSConfig != nil) {
			t.Fatalf("ParseURL(%q): scheme %s with TLS config %v", raw, u.Scheme, o.TLSConfig)
		}
		user, pw := "", ""
		if u.User != nil {
			user = u.User.Username()
			pw, _ = u.User.Password()
		}
		if o.Username != user || o.Password != pw {
			t.Fatalf("ParseURL(%q): credentials %q, %q; want %q, %q", raw, o.Username, o.Password, user, pw)
		}
		if o.DB < 0 {
			t.Fatalf("ParseURL(%q): database %d", raw, o.DB)
		}
		if got, want := tuningOf(o), urlTuning(raw, len(u.Query()["addr"]) > 0); got != want {
			t.Fatalf("ParseURL(%q): options %+v; the URL says %+v", raw, got, want)
		}
		if len(u.Query()["addr"]) > 0 {
			if db := strings.Trim(u.Path, "/"); db != "" {
				if n, err := strconv.Atoi(db); err != nil || n != 0 {
					t.Fatalf("ParseURL(%q): cluster URL with path %q accepted, which names no database a cluster has", raw, u.Path)
				}
			}
		}
	})
}

// tuning is what a URL's query may set besides the addresses and the
// database.
type tuning struct {
	Protocol, MaxRetries, PoolSize, MinIdleConns, MaxIdleConns int
	ClientName                                                 string
	DialTimeout, ReadTimeout, WriteTimeout, PoolTimeout        time.Duration
	ConnMaxIdleTime, ConnMaxLifetime                           time.Duration
}

func tuningOf(o *redis.UniversalOptions) tuning {
	return tuning{o.Protocol, o.MaxRetries, o.PoolSize, o.MinIdleConns, o.MaxIdleConns, o.ClientName,
		o.DialTimeout, o.ReadTimeout, o.WriteTimeout, o.PoolTimeout, o.ConnMaxIdleTime, o.ConnMaxLifetime}
}

// urlTuning is what go-redis itself reads from the URL.
func urlTuning(raw string, cluster bool) tuning {
	if cluster {
		o, err := redis.ParseClusterURL(raw)
		if err != nil {
			return tuning{}
		}
		return tuning{o.Protocol, o.MaxRetries, o.PoolSize, o.MinIdleConns, o.MaxIdleConns, o.ClientName,
			o.DialTimeout, o.ReadTimeout, o.WriteTimeout, o.PoolTimeout, o.ConnMaxIdleTime, o.ConnMaxLifetime}
	}
	o, err := redis.ParseURL(raw)
	if err != nil {
		return tuning{}
	}
	return tuning{o.Protocol, o.MaxRetries, o.PoolSize, o.MinIdleConns, o.MaxIdleConns, o.ClientName,
		o.DialTimeout, o.ReadTimeout, o.WriteTimeout, o.PoolTimeout, o.ConnMaxIdleTime, o.ConnMaxLifetime}
}
