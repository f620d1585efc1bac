package discord_test

import (
	"context"
	"testing"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/bot/discord"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/fakediscord"
	"github.com/aftercare/aftercare/internal/redistest"
)

// TestAwaitingForgottenOnlyIfUnchanged: with the replay record and the
// questions awaiting text in one Redis, the transport reads the question
// with the replay record and, when its reply asks for no text, forgets it
// after the response only if it is still the one read. A question stored
// in between (here by the coach while it answers, as a scheduled check-in
// or another replica would) is never erased; one the reply asks is
// stored; the old one is forgotten.
func TestAwaitingForgottenOnlyIfUnchanged(t *testing.T) {
	t.Parallel()
	old := coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-01", Field: string(coach.FieldNote)}
	newer := coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: string(coach.FieldNote)}
	asked := coach.Action{Verb: coach.VerbAnswer, Day: "2026-03-02", Field: string(coach.FieldNote), Value: "x"}
	thanks := []coach.Message{{Text: "Thank you."}}
	for _, tc := range []struct {
		name    string
		before  *coach.Action // awaiting when the interaction arrives
		between *coach.Action // stored while the coach answers
		reply   []coach.Message
		want    string // awaiting after the answer
	}{
		{"OldForgotten", &old, nil, thanks, ""},
		{"NewerKept", &old, &newer, thanks, newer.Encode()},
		{"NewerKeptNoneBefore", nil, &newer, thanks, newer.Encode()},
		{"NoneStaysNone", nil, nil, thanks, ""},
		// Two messages: no modal, the question is the follow-up's.
		{"AskedStored", &old, nil, []coach.Message{{Text: "Thank you."}, {Text: "A note?", Input: &coach.Input{Action: asked, Label: "Note"}}}, asked.Encode()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			fake := startFake(t)
			store := redistest.Open(t)
			c := coach.New(store, store, localtime.NewFakeClock(t0), nil)
			h := &harness{t: t, coach: c}
			h.onboardAs(alice, "Alice")
			if tc.before != nil {
				if err := store.SetAwaiting(ctx, alice, tc.before.Encode()); err != nil {
					t.Fatal(err)
				}
			}
			reply := coachFunc(func(ctx context.Context, ev coach.Event) ([]coach.Message, error) {
				if tc.between != nil {
					if err := store.SetAwaiting(ctx, alice, tc.between.Encode()); err != nil {
						return nil, err
					}
				}
				return tc.reply, nil
			})
			_, seen := openDiscord(t, fake, bot.Router{Coach: reply}, func(d *discord.Transport) { d.Seen, d.Awaiting = store, store })
			rs := do(t, fake, seen, fakediscord.Interaction{UserID: alice, Command: "help"}) // in the DM
			contains(t, allText(shown(rs)), "Thank you.")
			got, err := store.TakeAwaiting(ctx, alice)
			if err != nil || got != tc.want {
				t.Errorf("awaiting after the answer = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}
