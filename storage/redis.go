package storage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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
	// stopClock stops the embedded Redis's expiries (keepTime).
	stopClock func()
	seal      *sealer // nil: health data stored in the clear (tests only)
	log       *slog.Logger

	// ks is where people's own keys are kept (keystore.go): the data's
	// Redis itself, unless apart (KEYSTORE_URL); then ksClient is its
	// connection and ksID its stamp.
	ks       KeyStore
	apart    bool
	ksClient redis.UniversalClient
	ksID     string

	// legacy is set while the single queue of before partitions ({sched})
	// holds anything: Claim drains it too (queue.go). Open and Upgrade
	// look.
	legacy atomic.Bool
	// cursor is the partition the next claim starts at (round robin).
	cursor atomic.Uint32
	// sweptLeases is when (Unix ms, claim time) a claim last looked in every
	// partition for leases that ran out (sweepLeases).
	sweptLeases atomic.Int64
	// prunedLegacy is when (Unix ms, claim time) the single queue's done
	// set was last pruned.
	prunedLegacy atomic.Int64
	// oldParts has bit n set while partition n's per-job layout of before
	// holds anything, for Claim to drain it (queueold.go).
	oldParts atomic.Uint32
	// oldGoneAt is when (Unix ms, wall clock) the layouts of before were
	// last found empty, 0 while they hold anything (lookForOldLayout).
	oldGoneAt atomic.Int64
	// orphanMu guards orphanSeen: per payload hash of a layout of before
	// (its key), the orphans found at the last look and when
	// (dropOrphans).
	orphanMu   sync.Mutex
	orphanSeen map[string]orphanLook
	// forgot is when (Unix ms, claim time) a claim last forgot old done
	// ids (forgetting).
	forgot atomic.Int64

	// repl counts Settle's waits for a replica, roles remembers how many
	// replicas each master has (durable.go).
	repl  Replication
	roles replicaCounts
}

// Options tune Open.
type Options struct {
	Prefix   string        // prepended to every key; tests use one each
	Attempts int           // connection attempts at start; 0 means 5
	Backoff  time.Duration // first wait between attempts, doubling; 0 means 500ms
	Log      *slog.Logger
	// DataKey (32 bytes) encrypts notes and questionnaire answers at rest;
	// PreviousKeys still open what earlier keys sealed, during a rotation.
	DataKey      []byte
	PreviousKeys [][]byte
	// KeyStoreURL is a Redis of its own for people's keys, kept apart from
	// the data so that no copy of the data holds them; empty: the keys are
	// kept in the data's Redis (keystore_open.go).
	KeyStoreURL string
}

// Open connects to the Redis at rawURL, retrying with backoff, or starts an
// embedded one when rawURL is empty.
func Open(ctx context.Context, rawURL string, opt Options) (*Redis, error) {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	seal, err := newSealer(opt.DataKey, opt.PreviousKeys)
	if err != nil {
		return nil, err
	}
	if rawURL == "" {
		if opt.KeyStoreURL != "" {
			return nil, fmt.Errorf("%w: a key store kept apart needs REDIS_URL: the embedded Redis keeps nothing after exit", ErrKeyStore)
		}
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
	watchFailovers(rdb)
	if err := ping(ctx, rdb, opt, log); err != nil {
		rdb.Close()
		return nil, err
	}
	r := newRedis(rdb, opt.Prefix)
	r.seal, r.log = seal, log
	if err := r.findLegacyQueue(ctx); err != nil {
		rdb.Close()
		return nil, err
	}
	if err := r.openKeyStore(ctx, opt); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// newRedis is a store on rdb, its claims starting at a partition of its own.
func newRedis(rdb redis.UniversalClient, prefix string) *Redis {
	r := &Redis{rdb: rdb, keys: keys{prefix: prefix}, log: slog.New(slog.DiscardHandler)}
	r.ks = r.inPlace()
	r.cursor.Store(rand.Uint32N(QueueParts))
	return r
}

// findLegacyQueue looks for jobs in the layouts of before (queueold.go).
func (r *Redis) findLegacyQueue(ctx context.Context) error { return r.findOldLayout(ctx) }

// NewRedis wraps an existing client. Tests use it to share one client
// between stores with different prefixes.
func NewRedis(rdb redis.UniversalClient, prefix string) *Redis {
	return newRedis(rdb, prefix)
}

// ParseURL reads a Redis URL into options for a UniversalClient. A URL with
// several addr= parameters (go-redis's cluster form) becomes a Cluster
// client. go-redis's own parsers read the URL, so its query options
// (dial_timeout, pool_size, ...) keep working; what they let through that
// cannot work (a negative database, a database on a Cluster, a port out of
// range) is refused here, before a connection is tried.
func ParseURL(rawURL string) (*redis.UniversalOptions, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" || (u.Scheme != "redis" && u.Scheme != "rediss") {
		return nil, fmt.Errorf("REDIS_URL: want redis://[user:password@]host:port[/db], got %q", redact(rawURL))
	}
	if len(u.Query()["addr"]) > 0 {
		return parseClusterURL(rawURL, u)
	}
	o, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	if o.DB < 0 {
		return nil, fmt.Errorf("REDIS_URL: database %d: want 0 or more", o.DB)
	}
	if err := checkAddrs(o.Addr); err != nil {
		return nil, err
	}
	return &redis.UniversalOptions{
		Addrs: []string{o.Addr}, DB: o.DB, Username: o.Username, Password: o.Password, TLSConfig: o.TLSConfig,
		ClientName: o.ClientName, Protocol: o.Protocol,
		MaxRetries: o.MaxRetries, MinRetryBackoff: o.MinRetryBackoff, MaxRetryBackoff: o.MaxRetryBackoff,
		DialTimeout: o.DialTimeout, ReadTimeout: o.ReadTimeout, WriteTimeout: o.WriteTimeout,
		PoolFIFO: o.PoolFIFO, PoolSize: o.PoolSize, PoolTimeout: o.PoolTimeout,
		MinIdleConns: o.MinIdleConns, MaxIdleConns: o.MaxIdleConns, MaxActiveConns: o.MaxActiveConns,
		ConnMaxIdleTime: o.ConnMaxIdleTime, ConnMaxLifetime: o.ConnMaxLifetime,
	}, nil
}

func parseClusterURL(rawURL string, u *url.URL) (*redis.UniversalOptions, error) {
	if db := strings.Trim(u.Path, "/"); db != "" && db != "0" {
		return nil, fmt.Errorf("REDIS_URL: a Cluster has only database 0, got /%s", db)
	}
	co, err := redis.ParseClusterURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL (cluster): %w", err)
	}
	if err := checkAddrs(co.Addrs...); err != nil {
		return nil, err
	}
	return &redis.UniversalOptions{
		Addrs: co.Addrs, Username: co.Username, Password: co.Password, TLSConfig: co.TLSConfig,
		ClientName: co.ClientName, Protocol: co.Protocol,
		MaxRetries: co.MaxRetries, MinRetryBackoff: co.MinRetryBackoff, MaxRetryBackoff: co.MaxRetryBackoff,
		DialTimeout: co.DialTimeout, ReadTimeout: co.ReadTimeout, WriteTimeout: co.WriteTimeout,
		PoolFIFO: co.PoolFIFO, PoolSize: co.PoolSize, PoolTimeout: co.PoolTimeout,
		MinIdleConns: co.MinIdleConns, MaxIdleConns: co.MaxIdleConns, MaxActiveConns: co.MaxActiveConns,
		ConnMaxIdleTime: co.ConnMaxIdleTime, ConnMaxLifetime: co.ConnMaxLifetime,
		MaxRedirects: co.MaxRedirects, ReadOnly: co.ReadOnly, RouteByLatency: co.RouteByLatency, RouteRandomly: co.RouteRandomly,
	}, nil
}

// checkAddrs refuses an address that could never be dialled.
func checkAddrs(addrs ...string) error {
	for _, a := range addrs {
		host, port, err := net.SplitHostPort(a)
		n, perr := strconv.Atoi(port)
		if err != nil || host == "" || perr != nil || n < 1 || n > 65535 {
			return fmt.Errorf("REDIS_URL: %q is not a host and port", a)
		}
	}
	return nil
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
	r := newRedis(rdb, prefix)
	r.embedded, r.stopClock = mr, keepTime(mr)
	return r, nil
}

// keepTime makes the embedded Redis's keys expire as time passes, as a
// real Redis's do: miniredis counts expiries down only when told to, so
// leases, replay records and every other key with a TTL lived for ever.
func keepTime(mr *miniredis.Miniredis) (stop func()) {
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		last := time.Now()
		for {
			select {
			case <-done:
				return
			case now := <-tick.C:
				mr.FastForward(now.Sub(last))
				last = now
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done) }) } // Close may be called twice
}

// Embedded reports whether the data lives only in this process.
func (r *Redis) Embedded() bool { return r.embedded != nil }

// Client returns the underlying client, for health checks and tests.
func (r *Redis) Client() redis.UniversalClient { return r.rdb }

// Close closes the connection, and stops the embedded Redis if there is one.
func (r *Redis) Close() error {
	err := r.rdb.Close()
	if r.ksClient != nil {
		err = errors.Join(err, r.ksClient.Close())
	}
	if r.embedded != nil {
		r.stopClock()
		r.embedded.Close()
	}
	return err
}

// Prefix returns the prefix of every key this store writes.
func (r *Redis) Prefix() string { return r.keys.prefix }

// eachMaster runs walk on the one Redis, or on every master of a Cluster
// at once (a SCAN reaches one node only): walk must be safe to run
// concurrently with itself.
func (r *Redis) eachMaster(ctx context.Context, walk func(context.Context, redis.UniversalClient) error) error {
	return eachMaster(ctx, r.rdb, walk)
}

// eachMaster is Redis.eachMaster on any client: the key store's too.
func eachMaster(ctx context.Context, rdb redis.UniversalClient, walk func(context.Context, redis.UniversalClient) error) error {
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error { return walk(ctx, node) })
	}
	return walk(ctx, rdb)
}
