package fakediscord

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// faults holds injected failures and the optional global rate limit; it is
// guarded by Server.mu.
type faults struct {
	failN      int
	failStatus int

	loseN      int
	loseStatus int

	limitN      int
	limitAfter  time.Duration
	limitGlobal bool

	globalLimit int // requests per second, 0 for none
	windowStart time.Time
	windowCount int
	rateLimited int
}

// FailNext makes the next n REST requests fail with status (like 500 or
// 502) and Discord's error shape. discordgo retries 502 only.
func (s *Server) FailNext(n, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.failN, s.faults.failStatus = n, status
}

// LoseResponseNext makes the next n message creations (POST
// /channels/{id}/messages that would succeed, including those answered
// with the message an enforced nonce already made) take effect but lose
// their answer: with status 0 the connection is closed without a response,
// as a timeout or a failing proxy does; otherwise the answer is that status
// (like 502) with Discord's error shape. The message exists all the same,
// and MESSAGE_CREATE is sent. discordgo resends after a 502 (up to
// MaxRestRetries, 3, times), but not after a closed connection.
func (s *Server) LoseResponseNext(n, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.loseN, s.faults.loseStatus = n, status
}

// RateLimitNext answers the next n REST requests with 429, retry_after and
// Discord's rate limit headers; global marks them as the global limit.
func (s *Server) RateLimitNext(n int, retryAfter time.Duration, global bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.limitN, s.faults.limitAfter, s.faults.limitGlobal = n, retryAfter, global
}

// SetGlobalRateLimit enforces at most n requests in each one-second window
// (0 turns it off); requests over it get a global 429. Interaction callbacks
// and webhooks are exempt, as Discord exempts them.
func (s *Server) SetGlobalRateLimit(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.globalLimit = n
	s.faults.windowStart, s.faults.windowCount = time.Time{}, 0
}

// RateLimited returns how many 429s the fake has answered, injected or not.
func (s *Server) RateLimited() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.faults.rateLimited
}

// takeLocked applies the next injected fault or the global limit to c.
func (f *faults) takeLocked(c *call) (reply, bool) {
	if f.failN > 0 {
		f.failN--
		return apiError(f.failStatus, 0, fmt.Sprintf("%d: %s", f.failStatus, http.StatusText(f.failStatus))), true
	}
	if f.limitN > 0 {
		f.limitN--
		f.rateLimited++
		return rateLimitReply(f.limitAfter, f.limitGlobal, c.route), true
	}
	p := c.r.URL.Path
	if f.globalLimit <= 0 || strings.HasPrefix(p, api+"/interactions/") || strings.HasPrefix(p, api+"/webhooks/") {
		return reply{}, false
	}
	now := time.Now()
	if now.Sub(f.windowStart) >= time.Second {
		f.windowStart, f.windowCount = now, 0
	}
	f.windowCount++
	if f.windowCount <= f.globalLimit {
		return reply{}, false
	}
	// Counted, not a violation: a benchmark measures how often it happens.
	f.rateLimited++
	return rateLimitReply(f.windowStart.Add(time.Second).Sub(now), true, c.route), true
}

// loseLocked replaces a successful message creation's answer while
// LoseResponseNext has some left; the gateway events still go out.
func (f *faults) loseLocked(rep reply) reply {
	if f.loseN <= 0 {
		return rep
	}
	f.loseN--
	lost := reply{drop: true}
	if f.loseStatus != 0 {
		lost = apiError(f.loseStatus, 0, fmt.Sprintf("%d: %s", f.loseStatus, http.StatusText(f.loseStatus)))
	}
	lost.events = rep.events
	return lost
}

// rateLimitReply builds Discord's 429: retry_after in seconds in the body,
// and the headers discordgo's rate limiter reads (Reset-After, and Global
// only when global, since discordgo treats any value as true).
func rateLimitReply(after time.Duration, global bool, route string) reply {
	secs := after.Seconds()
	h := http.Header{}
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(time.Now().Add(after).UnixMilli())/1000, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", fmt.Sprintf("%x", hash(route)))
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(secs))))
	scope := "user"
	if global {
		h.Set("X-RateLimit-Global", "true")
		scope = "global"
	}
	h.Set("X-RateLimit-Scope", scope)
	return reply{status: http.StatusTooManyRequests, header: h, body: map[string]any{
		"message": "You are being rate limited.", "retry_after": secs, "global": global,
	}}
}

// hash makes a stable, opaque bucket ID from a route, as Discord's are.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
