package bot

import (
	"crypto/sha256"
	"strconv"
	"sync"

	"github.com/aftercare/aftercare/coach"
)

// chartCacheSize bounds the charts kept: about 13 KB each, so 256 hold
// about 3 MB at most.
const chartCacheSize = 256

// charts keeps recently drawn charts, so that asking for /summary again in
// the same week costs a hash, not a drawing. A chart is keyed by what it
// shows, the days and their numbers: an answer given since changes the key,
// so a stale chart is never shown, and nothing in the cache names a person.
var charts = &chartCache{byKey: make(map[chartKey][]byte, chartCacheSize)}

type chartKey [sha256.Size]byte

// chartCache is a fixed number of charts, the oldest replaced first.
type chartCache struct {
	mu    sync.Mutex
	byKey map[chartKey][]byte
	ring  [chartCacheSize]chartKey
	used  int // entries of ring in use, up to its size
	next  int // the entry of ring to replace next
}

// keyOf hashes what WeekChart draws from: each day and its numbers.
func keyOf(points []coach.DayPoint) chartKey {
	b := make([]byte, 0, 48*len(points))
	for _, p := range points {
		b = append(b, p.Day...)
		for _, v := range [...]int{p.Mood, p.Anxiety, p.Energy, p.Sleep, p.Minutes} {
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(v), 10)
		}
		b = append(b, '\n')
	}
	return sha256.Sum256(b)
}

func (c *chartCache) get(k chartKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	png, ok := c.byKey[k]
	return png, ok
}

func (c *chartCache) put(k chartKey, png []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[k]; ok {
		return
	}
	if c.used == len(c.ring) {
		delete(c.byKey, c.ring[c.next])
	} else {
		c.used++
	}
	c.ring[c.next] = k
	c.byKey[k] = png
	c.next = (c.next + 1) % len(c.ring)
}
