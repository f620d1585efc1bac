package discord

import (
	"reflect"
	"sort"
)

// RESTBucketKeys returns the ids of the rate-limit buckets the transport's
// session keeps, for tests. discordgo's RateLimiter does not export its map
// of buckets, so it is read by reflection, under the limiter's own lock;
// nil when the field is not there (another discordgo), which a test must
// treat as a failure.
func RESTBucketKeys(d *Transport) []string {
	d.mu.Lock()
	rl := d.session.Ratelimiter
	d.mu.Unlock()
	rl.Lock()
	defer rl.Unlock()
	m := reflect.ValueOf(rl).Elem().FieldByName("buckets")
	if !m.IsValid() || m.Kind() != reflect.Map {
		return nil
	}
	keys := []string{}
	for _, k := range m.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	return keys
}
