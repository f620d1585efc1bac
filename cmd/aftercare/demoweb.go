package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/web"
)

// demoView serves the demo's week as the web view once the transcript is
// done: Dr Rivera's page and Sam's own, until Enter is pressed (a line, or
// the end, of Wait) or, with Wait nil (-serve), until the demo is stopped.
type demoView struct {
	Addr string    // WEB_ADDR, or empty for a free port on 127.0.0.1
	Wait io.Reader // nil: serve until ctx ends

	ln    net.Listener
	links web.Links
}

// listen opens the address and makes the links, signed on the demo's
// clock: it stands still once the week is played, so the links stay good
// while the demo waits. A nil view is no web view.
func (v *demoView) listen(clock scheduler.Clock) (coach.Linker, error) {
	if v == nil {
		return nil, nil
	}
	addr := v.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("demo web view on %s: %w", addr, err)
	}
	v.ln = ln
	v.links = web.Links{Base: "http://" + ln.Addr().String(), Signer: web.NewSigner(throwawayKey(), clock.Now)}
	return v.links, nil
}

// serve prints a link to each page and serves them until told to stop.
func (v *demoView) serve(ctx context.Context, out io.Writer, w lang.Printer, c *coach.Coach, marks web.Marks, sam, rivera string, log *slog.Logger) error {
	if v == nil {
		return nil
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &web.Server{Signer: v.links.Signer, Views: c, Marks: marks, Secure: web.SecureFor(v.links.Base), Log: log}
	stop := web.Serve(v.ln, s.Handler(), log)
	defer stop()
	fmt.Fprintln(out, "\n"+w.T("demo.web", lang.Args{"Rivera": v.links.Link(rivera, coach.LinkTherapist), "Sam": v.links.Link(sam, coach.LinkOwn)}))
	if v.Wait == nil {
		fmt.Fprintln(out, w.T("demo.web_serving"))
		<-ctx.Done()
		return nil
	}
	fmt.Fprintln(out, w.T("demo.web_enter"))
	line := make(chan struct{})
	// The reader goroutine ends with the line or with the process: the
	// demo exits as soon as this returns.
	go func() {
		bufio.NewReader(v.Wait).ReadString('\n')
		close(line)
	}()
	select {
	case <-line:
	case <-ctx.Done():
	}
	return nil
}
