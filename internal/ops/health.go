package ops

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// pingTimeout bounds /healthz's Redis check, so a hung Redis makes it fail
// rather than hang.
const pingTimeout = time.Second

// health is /healthz's answer.
type health struct {
	Redis   string `json:"redis"`   // "ok" or "down: " and why
	Discord string `json:"discord"` // "connected", "disconnected" or "not used"
}

func (h health) ok() bool {
	return h.Redis == "ok" && h.Discord != "disconnected"
}

// healthz answers 200 when every part in use works, else 503, with a JSON
// body that says which part does not.
func (o *Ops) healthz(w http.ResponseWriter, r *http.Request) {
	h := health{Redis: o.redisHealth(r.Context()), Discord: o.discordHealth()}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if !h.ok() {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	if err := json.NewEncoder(w).Encode(h); err != nil {
		o.log.Debug("write /healthz", "err", err)
	}
}

func (o *Ops) redisHealth(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, pingTimeout)
	defer cancel()
	if err := o.cfg.Ping(ctx); err != nil {
		return "down: " + err.Error()
	}
	return "ok"
}

func (o *Ops) discordHealth() string {
	if !o.cfg.Discord {
		return "not used"
	}
	if d := o.discord.Load(); d != nil && d.connected() {
		return "connected"
	}
	return "disconnected" // or not yet connected: WatchDiscord has not been called
}
