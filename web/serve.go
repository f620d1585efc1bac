package web

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// Links makes the addresses of signed links under Base (PUBLIC_URL). It
// is the coach's Linker.
type Links struct {
	Base   string
	Signer *Signer
}

var _ coach.Linker = Links{}

// Link returns the address that opens viewer's page, once, for LinkFor.
func (l Links) Link(viewer string, kind coach.LinkKind) string {
	return l.Base + "/l/" + l.Signer.Link(viewer, kind)
}

// SecureFor reports whether a session cookie for pages at base must be
// Secure: always, unless base is plain HTTP on a loopback address.
func SecureFor(base string) bool {
	u, err := url.Parse(base)
	if err != nil {
		return true
	}
	if u.Scheme == "https" {
		return true
	}
	host := u.Hostname()
	if host == "localhost" {
		return false
	}
	ip := net.ParseIP(host)
	return ip == nil || !ip.IsLoopback()
}

// Serve serves h on ln until stop is called; stop waits for the requests
// in hand.
func Serve(ln net.Listener, h http.Handler, log *slog.Logger) (stop func()) {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			log.Error("web view server failed", "err", err)
		}
	})
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			log.Error("web view server shutdown", "err", err)
		}
		wg.Wait()
	}
}
