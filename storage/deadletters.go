package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aftercare/aftercare/coach"
)

// deadLetter is what is kept of a job that failed for good.
type deadLetter struct {
	Job    coach.Job `json:"job"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// ForgetDeadLetters implements coach.Retainer: it deletes the dead letters
// set aside before the given time, and returns how many. A dead letter
// names its person and the day of its job (an alert's, a patient and the
// day of a crisis), so it is kept only as long as someone may need to look
// into why the job failed.
func (r *Redis) ForgetDeadLetters(ctx context.Context, before time.Time) (int, error) {
	return r.dropDeadLetters(ctx, func(d deadLetter) bool { return d.At.Before(before) })
}

// dropDeadLettersOf deletes the dead letters of a person's jobs and of jobs
// about them, as /delete does.
func (r *Redis) dropDeadLettersOf(ctx context.Context, person string) error {
	_, err := r.dropDeadLetters(ctx, func(d deadLetter) bool { return d.Job.Person == person || d.Job.About == person })
	return err
}

// dropDeadLetters deletes the dead letters that drop holds for, in every
// partition, walking each hash with HSCAN. A letter that cannot be read is
// deleted too: nobody could look into it, and it could hold anyone's id.
func (r *Redis) dropDeadLetters(ctx context.Context, drop func(deadLetter) bool) (int, error) {
	total := 0
	for _, q := range r.queues() {
		n, err := r.dropDeadLettersIn(ctx, q.dead, drop)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func (r *Redis) dropDeadLettersIn(ctx context.Context, key string, drop func(deadLetter) bool) (int, error) {
	var gone []string
	iter := r.rdb.HScan(ctx, key, 0, "", 500).Iterator()
	for iter.Next(ctx) {
		id := iter.Val()
		if !iter.Next(ctx) {
			break
		}
		var d deadLetter
		if err := json.Unmarshal([]byte(iter.Val()), &d); err != nil || drop(d) {
			gone = append(gone, id)
		}
	}
	if err := iter.Err(); err != nil {
		return 0, fmt.Errorf("read dead letters: %w", err)
	}
	if len(gone) == 0 {
		return 0, nil
	}
	if err := r.rdb.HDel(ctx, key, gone...).Err(); err != nil {
		return 0, fmt.Errorf("delete dead letters: %w", err)
	}
	return len(gone), nil
}
