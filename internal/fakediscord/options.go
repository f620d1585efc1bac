package fakediscord

import "time"

// config is what options set before Start; it is read-only afterwards.
type config struct {
	bot          User
	appID        string
	token        string
	ackDeadline  time.Duration
	heartbeat    time.Duration
	privileged   int
	guilds       []Guild
	users        []User
	globalLimitN int
	shards       int // the count GET /gateway/bot recommends
	maxConc      int // session_start_limit.max_concurrency
	shardGuilds  int // the most guilds one shard may hold before 4011
	identifyGap  time.Duration
}

// Option configures a Server in New.
type Option func(*config)

// WithBotUser sets the bot's own user (default: ID 100000000000000001, "fakebot").
func WithBotUser(u User) Option { return func(c *config) { u.Bot = true; c.bot = u } }

// WithApplicationID sets the application ID (default: the bot user's ID;
// the two are equal for current applications).
func WithApplicationID(id string) Option { return func(c *config) { c.appID = id } }

// WithToken makes the fake accept only this bot token (with or without the
// "Bot " prefix in IDENTIFY; REST needs "Bot <token>"). Without it any token
// with the "Bot " prefix is accepted.
func WithToken(token string) Option { return func(c *config) { c.token = token } }

// WithAckDeadline sets how long after injection an interaction may be
// acknowledged (default 3s, Discord's deadline); tests shorten it.
func WithAckDeadline(d time.Duration) Option { return func(c *config) { c.ackDeadline = d } }

// WithHeartbeatInterval sets the heartbeat_interval sent in HELLO (default
// 41.25s, Discord's usual value). A connection that stays silent for 1.5
// intervals is closed, as Discord does with zombie connections.
func WithHeartbeatInterval(d time.Duration) Option { return func(c *config) { c.heartbeat = d } }

// WithPrivilegedIntents allows these privileged intents (GUILD_MEMBERS 1<<1,
// GUILD_PRESENCES 1<<8, MESSAGE_CONTENT 1<<15), as enabling them in the
// developer portal does. IDENTIFY asking for others is closed with 4014.
func WithPrivilegedIntents(mask int) Option { return func(c *config) { c.privileged = mask } }

// WithGuild adds a guild the bot is in.
func WithGuild(g Guild) Option { return func(c *config) { c.guilds = append(c.guilds, g) } }

// WithUser adds a user the fake knows (for DMs and GET /users/{id}).
func WithUser(u User) Option { return func(c *config) { c.users = append(c.users, u) } }

// WithGlobalRateLimit enforces a global limit of n requests per second, like
// Discord's 50 per second for a bot (see SetGlobalRateLimit).
func WithGlobalRateLimit(n int) Option { return func(c *config) { c.globalLimitN = n } }

// WithShards sets the shard count GET /gateway/bot recommends (default 1).
// The gateway accepts any count whose shards stay within the guilds a
// shard may hold (see WithMaxGuildsPerShard), as Discord does.
func WithShards(n int) Option { return func(c *config) { c.shards = n } }

// WithMaxConcurrency sets session_start_limit.max_concurrency in GET
// /gateway/bot (default 1, as for most bots): how many shards may identify
// at once, each 5 seconds.
func WithMaxConcurrency(n int) Option { return func(c *config) { c.maxConc = n } }

// WithIdentifyWindow makes the gateway enforce Discord's identify rate
// limit with this window instead of 5 seconds: within it, a second
// IDENTIFY in one bucket (shard id % max_concurrency) is answered with op 9
// Invalid Session, as Discord does, and recorded as a violation. Without
// it, identifies are not limited.
func WithIdentifyWindow(d time.Duration) Option { return func(c *config) { c.identifyGap = d } }

// WithMaxGuildsPerShard sets how many guilds one shard may hold; an
// IDENTIFY whose shard would hold more is closed with 4011 Sharding
// required (default 2500, Discord's limit).
func WithMaxGuildsPerShard(n int) Option { return func(c *config) { c.shardGuilds = n } }
