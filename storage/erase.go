package storage

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

var _ coach.Eraser = (*Redis)(nil)

// Erase implements coach.Eraser. It first destroys the person's own key,
// in the key store. Then it removes the person from others' records, which
// live under other hash tags: therapists' patient lists, group challenges
// and open group answers, jobs about them in a therapist's queue (a crisis
// alert), their field in their partition of the queue (their done ids
// too: it is named by them) and their leases, then dead letters of
// theirs; a job of theirs still running is marked erased, so that its
// end (ack, retry, dead letter) writes nothing of them back
// (markErased). Then it
// deletes every key of their own in one transaction: all carry the tag
// {u:<id>}, so this works on a Cluster too. Their salt for job ids goes
// with them, so that what the done set still holds of their jobs can no
// longer be told apart from anyone else's (jobref.go).
func (r *Redis) Erase(ctx context.Context, person string) error {
	if err := checkID(person); err != nil {
		return err
	}
	if err := r.destroyKey(ctx, person); err != nil {
		return err
	}
	// Look afresh (NextDue looks once a minute while it is empty): jobs of
	// theirs an older replica wrote to the layout of before are found too.
	if err := r.findOldLayout(ctx); err != nil {
		return err
	}
	shares, err := r.Shares(ctx, person)
	if err != nil {
		return err
	}
	// A therapist who erased their data left nothing of theirs to clean
	// (ForgetTherapist kept the share without their id).
	shares = slices.DeleteFunc(shares, func(s coach.Share) bool { return s.Therapist == "" })
	groups, err := r.rdb.SMembers(ctx, r.keys.groups(person)).Result()
	if err != nil {
		return fmt.Errorf("list groups: %w", err)
	}
	if err := r.dropFromOthers(ctx, person, shares, groups); err != nil {
		return err
	}
	if err := r.dropJobsAbout(ctx, person, shares); err != nil {
		return err
	}
	// Their jobs first, so that a job of theirs still running can no
	// longer set a dead letter aside once the dead letters are looked at.
	if err := r.dropPerson(ctx, person); err != nil {
		return err
	}
	if err := r.dropDeadLettersOf(ctx, person); err != nil {
		return err
	}
	keys, err := r.personKeys(ctx, person)
	if err != nil {
		return err
	}
	if beforeFinalDelete != nil {
		beforeFinalDelete()
	}
	_, err = r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, keys...)
		return nil
	})
	return wrap("erase person", err)
}

// beforeFinalDelete, when set (by tests), runs in Erase just before it
// deletes the person's own keys (their salt among them).
var beforeFinalDelete func()

// destroyKey destroys the person's own key before anything else of
// theirs is touched: should the rest fail half-way, what is left of them
// no longer opens. A copy left in the data's Redis (keys.go) goes too.
func (r *Redis) destroyKey(ctx context.Context, person string) error {
	if err := r.ks.Delete(ctx, person); err != nil {
		return fmt.Errorf("erase person: %w", err)
	}
	if r.apart {
		if err := r.inPlace().Delete(ctx, person); err != nil {
			return fmt.Errorf("erase person: %w", err)
		}
	}
	return nil
}

// dropJobsAbout cancels the jobs in the queues of the therapists the
// person ever shared with (revoked shares are kept, so all are listed)
// that are about them: a crisis alert not yet sent, or running (marked
// erased, see markErased). Listing a therapist's
// jobs also prunes their list of finished ones, alerts about the person
// among them.
func (r *Redis) dropJobsAbout(ctx context.Context, person string, shares []coach.Share) error {
	for _, s := range shares {
		jobs, err := r.Upcoming(ctx, s.Therapist)
		if err != nil {
			return fmt.Errorf("list a therapist's jobs: %w", err)
		}
		var about []string
		for _, j := range jobs {
			if j.About == person {
				about = append(about, j.ID)
			}
		}
		if len(about) == 0 {
			continue
		}
		// Marked first: one running leaves nothing about them when it
		// ends, even should it end before the cancel (cancelled first,
		// an ack in between would remember it as done).
		if _, err := r.markErased(ctx, r.keys.partOf(s.Therapist), s.Therapist, false, about); err != nil {
			return fmt.Errorf("mark jobs about the person erased in a therapist's queue: %w", err)
		}
		if betweenDropSteps != nil {
			betweenDropSteps()
		}
		if err := r.Cancel(ctx, s.Therapist, about...); err != nil {
			return fmt.Errorf("cancel jobs about the person: %w", err)
		}
	}
	return nil
}

// betweenDropSteps, when set (by tests), runs in dropJobsAbout between
// its two steps, marking erased and cancelling.
var betweenDropSteps func()

func (r *Redis) dropFromOthers(ctx context.Context, person string, shares []coach.Share, groups []string) error {
	_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, s := range shares {
			p.SRem(ctx, r.keys.patients(s.Therapist), person)
		}
		for _, g := range groups {
			// "<channel>/<day>": an answer to a day's group check-in;
			// "<channel>": a place in its movement challenge.
			if channel, day, answer := strings.Cut(g, "/"); answer {
				p.HDel(ctx, r.keys.groupAnswers(channel, localtime.Day(day)), person)
				continue
			}
			p.SRem(ctx, r.keys.groupMembers(g), person)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remove from others' records: %w", err)
	}
	var t coach.Therapist
	if err := r.getJSON(ctx, person, r.keys.therapist(person), &t); err == nil && t.Code != "" {
		return r.DropInviteCode(ctx, t.Code)
	}
	return nil
}

// Holds implements coach.Eraser: whether any key of the person's exists.
// The day keys need not be looked at: a day is listed in ci-days.
func (r *Redis) Holds(ctx context.Context, person string) (bool, error) {
	if err := checkID(person); err != nil {
		return false, err
	}
	n, err := r.rdb.Exists(ctx, r.fixedKeys(person)...).Result()
	if err != nil {
		return false, fmt.Errorf("look for person's keys: %w", err)
	}
	return n > 0, nil
}

// fixedKeys are a person's keys whose names do not depend on their data.
func (r *Redis) fixedKeys(person string) []string {
	return []string{
		r.keys.person(person), r.keys.checkInDays(person), r.keys.sessions(person), r.keys.personJobs(person),
		r.keys.therapist(person), r.keys.shares(person), r.keys.patients(person), r.keys.audit(person), r.keys.groups(person), r.keys.weeks(person),
		r.keys.dmChannel(person), r.keys.safetyPlan(person), r.keys.codeTries(person), r.keys.idKey(person), r.keys.dataKey(person),
		r.keys.awaiting(person), r.keys.asks(person),
	}
}

// personKeys lists every key of a person's.
func (r *Redis) personKeys(ctx context.Context, person string) ([]string, error) {
	days, err := r.rdb.ZRange(ctx, r.keys.checkInDays(person), 0, -1).Result()
	if err != nil {
		return nil, fmt.Errorf("list days: %w", err)
	}
	keys := r.fixedKeys(person)
	for _, d := range days {
		keys = append(keys, r.keys.dayRecord(person, d))
	}
	return keys, nil
}
