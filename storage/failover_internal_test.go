package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"testing"

	"github.com/redis/go-redis/v9"
)

// TestUnreachable: what says a node is gone or the Cluster is down makes
// the client look at the slots again and lets a partition be passed over;
// an answer from Redis, a missing key and the caller giving up do not.
func TestUnreachable(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{redis.Nil, false},
		{errors.New("ERR wrong number of arguments"), false},
		{context.Canceled, false},
		{fmt.Errorf("claim jobs: %w", context.DeadlineExceeded), false},
		{refused, true},
		{fmt.Errorf("acknowledge jobs: %w", refused), true},
		{io.EOF, true},
		{io.ErrUnexpectedEOF, true},
		{redis.ErrClosed, false},
	}
	for _, tt := range tests {
		if got := unreachable(tt.err); got != tt.want {
			t.Errorf("unreachable(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
