package storage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

var errBadID = errors.New("not a valid person id")

// Redis is Aftercare's store on one Redis deployment.
type Redis struct {
	rdb      redis.UniversalClient
	keys     keys
	embedded *miniredis.Miniredis // nil unless running in-process
	seal     *sealer              // nil: health data stored in the clear (tests only)
	log      *slog.Logger
}

// Options tune Open.
type Options struct {
	Prefix   string        // prepended to every key; tests use one each
	Attempts int           // connection attempts at start; 0 means 5
	Backoff  time.Duration // first wait between attempts, doubling; 0 means 500ms
	Log      *slog.Logger
	// DataKey (32 bytes) encrypts notes and questionnaire answers at rest;
	// PreviousKey still opens what an earlier key sealed, during a rotation.
	DataKey, PreviousKey []byte
}

// Open connects to the Redis at rawURL, retrying with backoff, or starts an
// embedded one when rawURL is empty.
func Open(ctx context.Context, rawURL string, opt Options) (*Redis, error) {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	seal, err := newSealer(opt.DataKey, opt.PreviousKey)
	if err != nil {
		return nil, err
	}
	if rawURL == "" {
		r, err := openEmbedded(opt.Prefix)
		if r != nil {
			r.seal, r.log = seal, log
		}
		return r, err
	}
	uo, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	rdb := redis.NewUniversalClient(uo)
	if err := ping(ctx, rdb, opt, log); err != nil {
		rdb.Close()
		return nil, err
	}
	return &Redis{rdb: rdb, keys: keys{prefix: opt.Prefix}, seal: seal, log: log}, nil
}

// NewRedis wraps an existing client. Tests use it to share one client
// between stores with different prefixes.
func NewRedis(rdb redis.UniversalClient, prefix string) *Redis {
	return &Redis{rdb: rdb, keys: keys{prefix: prefix}, log: slog.New(slog.DiscardHandler)}
}

// ParseURL reads a Redis URL into options for a UniversalClient. A URL with
// several addr= parameters (go-redis's cluster form) becomes a Cluster client.
func ParseURL(rawURL string) (*redis.UniversalOptions, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" || (u.Scheme != "redis" && u.Scheme != "rediss") {
		return nil, fmt.Errorf("REDIS_URL: want redis://[user:password@]host:port[/db], got %q", redact(rawURL))
	}
	if len(u.Query()["addr"]) > 0 {
		co, err := redis.ParseClusterURL(rawURL)
		if err != nil {
			return nil, fmt.Errorf("REDIS_URL (cluster): %w", err)
		}
		return &redis.UniversalOptions{Addrs: co.Addrs, Username: co.Username, Password: co.Password, TLSConfig: co.TLSConfig}, nil
	}
	o, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	return &redis.UniversalOptions{
		Addrs: []string{o.Addr}, DB: o.DB, Username: o.Username, Password: o.Password,
		TLSConfig: o.TLSConfig,
	}, nil
}

// redact hides a password in a URL that is about to be shown.
func redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}

func ping(ctx context.Context, rdb redis.UniversalClient, opt Options, log *slog.Logger) error {
	attempts, wait := opt.Attempts, opt.Backoff
	if attempts <= 0 {
		attempts = 5
	}
	if wait <= 0 {
		wait = 500 * time.Millisecond
	}
	var err error
	for i := 1; ; i++ {
		if err = rdb.Ping(ctx).Err(); err == nil {
			return nil
		}
		if i == attempts {
			return fmt.Errorf("connect to Redis (%d attempts): %w", attempts, err)
		}
		log.Warn("Redis not answering, retrying", "attempt", i, "of", attempts, "wait", wait, "err", err)
		select {
		case <-ctx.Done():
			return fmt.Errorf("connect to Redis: %w", ctx.Err())
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func openEmbedded(prefix string) (*Redis, error) {
	mr := miniredis.NewMiniRedis()
	if err := mr.Start(); err != nil {
		return nil, fmt.Errorf("start embedded Redis: %w", err)
	}
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{mr.Addr()}})
	return &Redis{rdb: rdb, keys: keys{prefix: prefix}, embedded: mr, log: slog.New(slog.DiscardHandler)}, nil
}

// Embedded reports whether the data lives only in this process.
func (r *Redis) Embedded() bool { return r.embedded != nil }

// Client returns the underlying client, for health checks and tests.
func (r *Redis) Client() redis.UniversalClient { return r.rdb }

// Close closes the connection, and stops the embedded Redis if there is one.
func (r *Redis) Close() error {
	err := r.rdb.Close()
	if r.embedded != nil {
		r.embedded.Close()
	}
	return err
}

// Prefix returns the prefix of every key this store writes.
func (r *Redis) Prefix() string { return r.keys.prefix }
