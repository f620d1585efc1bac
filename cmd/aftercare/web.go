package main

import (
	"fmt"
	"log/slog"
	"net"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/web"
)

// webView is the web view, listening but not yet serving: the coach needs
// its links before the server can be handed the coach.
type webView struct {
	ln     net.Listener
	links  web.Links
	secure bool
}

// listenWeb opens WEB_ADDR, or returns nil when it is unset. Links carry
// PUBLIC_URL, or the address listened on.
func listenWeb(cfg Config, clock scheduler.Clock) (*webView, error) {
	if cfg.WebAddr == "" {
		return nil, nil
	}
	ln, err := net.Listen("tcp", cfg.WebAddr)
	if err != nil {
		return nil, fmt.Errorf("web view on WEB_ADDR %s: %w", cfg.WebAddr, err)
	}
	secret := cfg.WebSecret
	if secret == nil {
		secret = throwawayKey() // the console and the demo only: LoadConfig refuses Discord without one
	}
	base := cfg.PublicURL
	if base == "" {
		base = "http://" + ln.Addr().String()
	}
	return &webView{ln: ln, links: web.Links{Base: base, Signer: web.NewSigner(secret, clock.Now)}, secure: web.SecureFor(base)}, nil
}

// linker is the coach's Linker, nil when the web view is off.
func (w *webView) linker() coach.Linker {
	if w == nil {
		return nil
	}
	return w.links
}

// serve starts the pages over c; stop ends them.
func (w *webView) serve(c *coach.Coach, marks web.Marks, log *slog.Logger) (stop func()) {
	if w == nil {
		return func() {}
	}
	s := &web.Server{Signer: w.links.Signer, Views: c, Marks: marks, Secure: w.secure, Log: log}
	log.Info("serving the web view", "addr", w.ln.Addr().String(), "links", w.links.Base)
	return web.Serve(w.ln, s.Handler(), log)
}
