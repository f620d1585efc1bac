package bot_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
)

// durableLog records the calls a Router makes to its Durable and to its
// coach, in order.
type durableLog struct {
	calls  []string
	settle error
}

func (d *durableLog) Locate(_ context.Context, person string) string {
	d.calls = append(d.calls, "locate "+person)
	return "master-a"
}

func (d *durableLog) Settle(_ context.Context, person, at string) error {
	d.calls = append(d.calls, "settle "+person+" "+at)
	return d.settle
}

// TestRouterConfirmsOnlyWhatIsSettled: the router asks where the person's
// data lives before the coach handles the event, and settles what it wrote
// after, with what Locate said; an answer goes out only once that is
// settled, and a failure to settle is answered as any failure, a crisis
// reply still sent. An event the coach failed is not settled.
func TestRouterConfirmsOnlyWhatIsSettled(t *testing.T) {
	answer := coach.Message{Text: "Thanks, noted."}
	crisis := coach.Message{Text: "You can call a crisis line now.", Crisis: true}
	tests := []struct {
		name      string
		msgs      []coach.Message
		handleErr error
		settleErr error
		want      []coach.Message
		wantCalls []string
	}{
		{"settled: answered", []coach.Message{answer}, nil, nil, []coach.Message{answer},
			[]string{"locate alice", "handle", "settle alice master-a"}},
		{"not settled: sorry", []coach.Message{answer}, nil, errors.New("master gone"), []coach.Message{{Text: bot.SorryText}},
			[]string{"locate alice", "handle", "settle alice master-a"}},
		{"not settled: the crisis reply still goes", []coach.Message{crisis, answer}, nil, errors.New("master gone"), []coach.Message{crisis},
			[]string{"locate alice", "handle", "settle alice master-a"}},
		{"coach failed: nothing to settle", nil, errors.New("redis down"), nil, []coach.Message{{Text: bot.SorryText}},
			[]string{"locate alice", "handle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &durableLog{settle: tt.settleErr}
			router := bot.Router{Durable: d, Coach: coachFunc(func(context.Context, coach.Event) ([]coach.Message, error) {
				d.calls = append(d.calls, "handle")
				return tt.msgs, tt.handleErr
			})}
			got := router.Handle(context.Background(), coach.Event{Person: "alice", Press: &coach.Action{Verb: coach.VerbAnswer}})
			if !slices.EqualFunc(got, tt.want, func(a, b coach.Message) bool { return a.Text == b.Text }) {
				t.Errorf("answered %+v, want %+v", got, tt.want)
			}
			if !slices.Equal(d.calls, tt.wantCalls) {
				t.Errorf("calls %q, want %q", d.calls, tt.wantCalls)
			}
		})
	}
}
