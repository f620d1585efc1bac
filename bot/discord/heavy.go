package discord

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
)

// heavy reports whether an event's answer takes more than a cheap lookup:
// a week read back and drawn (/summary), every record read and written out
// (/export), a digest of every patient who shares (/therapist digest), or
// a call to Discord first (/therapist register and add read the server's
// roles). Those are acknowledged at once and built on the transport's few
// workers, so that a crowd of them cannot hold back anyone's answer.
// /crisis is never heavy: it is answered from what the process holds.
func heavy(ev coach.Event) bool {
	switch ev.Command {
	case "summary", "export":
		return true
	case "therapist":
		switch ev.Args["action"] {
		case "digest", "register", "add":
			return true
		}
	}
	return false
}

// defaultWorkers is how many heavy answers are built at once when
// Transport.Workers is 0: two a core, since each also waits on Redis.
func defaultWorkers() int { return max(2, 2*runtime.GOMAXPROCS(0)) }

// quickWorkers is how many quick answers are asked of the coach at once:
// enough to keep the cores busy while each waits on Redis, few enough
// that, when a crowd arrives at once (over the interactions endpoint, all
// of it in the same instant), those waiting cost nothing and are
// acknowledged with a deferred response in time, instead of every answer
// sharing the cores and all coming late together.
func quickWorkers() int { return 8 * runtime.GOMAXPROCS(0) }

// workers is a bounded pool: a heavy answer takes a place before it is
// built and gives it back once built. The handlers that wait for a place
// are Discord's own goroutines, already counted by Close, which waits for
// them: shutdown waits for work in hand.
type workers chan struct{}

func newWorkers(n int) workers {
	if n <= 0 {
		n = defaultWorkers()
	}
	return make(workers, n)
}

// take waits for a place, or for ctx.
func (w workers) take(ctx context.Context) (release func(), err error) {
	select {
	case w <- struct{}{}:
		return func() { <-w }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for a worker: %w", ctx.Err())
	}
}

// answerLater acknowledges at once with a deferred response, then builds
// the answer on a worker and sends it in place of "thinking…". The wait
// for the person's pace comes before a worker is taken, and the sending
// after it is given back, as are reading the server for registering and
// sending an export by DM: a worker only builds.
func (x *exchange) answerLater(ev coach.Event) Handled {
	h := Handled{Kind: bot.EventKind(ev), Deferred: true}
	if err := x.deferAck(); err != nil {
		h.Err = err
		return h
	}
	turn := x.d.Router.Wait(x.ctx, ev)
	x.serverFacts(&ev) // a paced call to Discord: not on a worker
	release, err := x.d.workers.take(x.ctx)
	if err != nil {
		// The handler's time ran out in the queue: "thinking…" must not
		// stay on screen for ever.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(x.ctx), sorryTimeout)
		defer cancel()
		x.ctx = ctx
		h.Err = errors.Join(err, x.completeDeferred([]coach.Message{{Text: bot.Sorry(x.lang())}}))
		return h
	}
	out, dm := func() ([]outgoing, []coach.Message) {
		defer release()
		dm, rest := x.splitByDM(x.handle(ev, turn))
		return x.render(rest), dm
	}()
	if len(dm) > 0 { // paced like any DM: not on a worker
		out = append(out, x.render([]coach.Message{x.sendByDM(dm)})...)
	}
	h.Err = x.sendDeferred(out)
	return h
}

// sorryTimeout bounds the "sorry" sent when a heavy answer could not be
// built in the handler's time.
const sorryTimeout = 5 * time.Second

// handle asks the router for the answer in ev's turn (serverFacts already
// added; messages for a DM not yet sent); a panic in the coach becomes the
// one kind "sorry".
func (x *exchange) handle(ev coach.Event, turn bot.Turn) (msgs []coach.Message) {
	defer func() {
		if r := recover(); r != nil {
			x.d.log().Error("coach panicked", "kind", bot.EventKind(ev), "panic", r)
			msgs = []coach.Message{{Text: bot.Sorry(x.lang())}}
		}
	}()
	return x.d.Router.Answer(x.ctx, ev, turn)
}
