package main

import "strconv"

// maxShards bounds SHARD_COUNT: Discord caps a shard at 2,500 guilds, so
// this many shards serve twenty-five million servers.
const maxShards = 10000

// parseShardCount reads SHARD_COUNT: how many gateway shards the replicas
// share. Unset or 0: ask Discord (GET /gateway/bot) at start.
func (c *Config) parseShardCount(v string) error {
	if v == "" {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxShards {
		return &ConfigError{"SHARD_COUNT", "a number of gateway shards from 1 to 10000, or 0 to ask Discord", v}
	}
	c.ShardCount = n
	return nil
}
