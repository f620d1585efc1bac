package discord

import (
	"context"
	"time"
)

// Replays remembers for a while which interactions and messages the
// transport has applied. storage.Redis implements it, so that every
// replica shares one record.
type Replays interface {
	// FirstTime records id and reports whether it was not recorded yet.
	FirstTime(ctx context.Context, id string) (bool, error)
}

// replaysAwaiting is a store that keeps both the replay record and the
// questions awaiting text (storage.Redis): it records an interaction in a
// person's DM and reads the question awaiting their text in one round
// trip, and forgets that question later only if it is still the same.
type replaysAwaiting interface {
	FirstTimeAwaiting(ctx context.Context, id, person string) (first bool, awaiting string, err error)
	ClearAwaitingIf(ctx context.Context, person, action string) error
}

// replayKind is the kind of an interaction or message delivered again.
const replayKind = "replay"

// replayWait bounds the replay check. Past it the event is applied
// without the check, as when the record cannot be reached: the check runs
// before the answer's own two seconds start, and a Redis failing over
// (commands retried until the Cluster has promoted a replica) would
// otherwise eat Discord's three.
const replayWait = 500 * time.Millisecond

// firstTime reports whether the interaction or message id is met for the
// first time, recording it. Discord may deliver an event again (a gateway
// resume replays what it thinks was missed), and anyone can replay one at
// a bot: applied twice, "/moved 30" would count an hour, and a second
// reply to one interaction is an error. The id is recorded before
// anything is applied. Without a record (Seen nil), or when the record
// cannot be reached, the event is applied: a crisis answered twice is
// better than one not answered.
func (d *Transport) firstTime(ctx context.Context, id string) bool {
	if d.Seen == nil || id == "" {
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, replayWait)
	defer cancel()
	first, err := d.Seen.FirstTime(ctx, id)
	if err != nil {
		d.log().Warn("record interaction id; applying it without the check for a replay", "id", id, "err", err)
		return true
	}
	if !first {
		d.log().Info("interaction or message delivered again; ignored", "id", id)
	}
	return first
}

// firstTimeIn is firstTime for an interaction of person's, in their DM
// when dm is set. When Seen and Awaiting are one store that can
// (replaysAwaiting), it also reads the question awaiting their text in the
// same round trip, and known says so: a reply that asks for no text then
// forgets that question after the response, if unchanged, instead of
// deleting whatever is there before it (exchange.track). Otherwise it is
// firstTime, and known is false.
func (d *Transport) firstTimeIn(ctx context.Context, id, person string, dm bool) (first bool, awaiting string, known bool) {
	store, ok := d.Seen.(replaysAwaiting)
	if !ok || !dm || person == "" || id == "" || d.Awaiting == nil || any(d.Seen) != any(d.Awaiting) {
		return d.firstTime(ctx, id), "", false
	}
	ctx, cancel := context.WithTimeout(ctx, replayWait)
	defer cancel()
	first, awaiting, err := store.FirstTimeAwaiting(ctx, id, person)
	if err != nil {
		d.log().Warn("record interaction id; applying it without the check for a replay", "id", id, "err", err)
		return true, "", false
	}
	if !first {
		d.log().Info("interaction or message delivered again; ignored", "id", id)
	}
	return first, awaiting, true
}
