package main

import (
	"context"
	"io"
	"log/slog"
	"sync/atomic"
)

// counting is a slog handler that writes warnings and errors as text and
// counts them: the soak's goal is no error logged.
type counting struct {
	next            slog.Handler
	errors, warning *atomic.Int64
}

func newCounting(w io.Writer) *counting {
	return &counting{next: slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}),
		errors: new(atomic.Int64), warning: new(atomic.Int64)}
}

func (c *counting) Enabled(ctx context.Context, l slog.Level) bool { return l >= slog.LevelWarn }

func (c *counting) Handle(ctx context.Context, r slog.Record) error {
	switch {
	case r.Level >= slog.LevelError:
		c.errors.Add(1)
	case r.Level >= slog.LevelWarn:
		c.warning.Add(1)
	}
	return c.next.Handle(ctx, r)
}

func (c *counting) WithAttrs(as []slog.Attr) slog.Handler {
	return &counting{next: c.next.WithAttrs(as), errors: c.errors, warning: c.warning}
}

func (c *counting) WithGroup(name string) slog.Handler {
	return &counting{next: c.next.WithGroup(name), errors: c.errors, warning: c.warning}
}
