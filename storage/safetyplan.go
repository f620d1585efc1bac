package storage

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/aftercare/aftercare/coach"
)

var _ coach.SafetyPlanStore = (*Redis)(nil)

// planUpdated is the safety plan's field that holds when it last changed;
// every other field is a step, named by its coach.PlanStep.
const planUpdated = "updated"

// SafetyPlan implements coach.SafetyPlanStore. A step that no configured
// key opens is named in Unreadable and logged (the step, not the person):
// the rest of the plan still reads.
func (r *Redis) SafetyPlan(ctx context.Context, person string) (coach.SafetyPlan, error) {
	sp := coach.SafetyPlan{Steps: map[coach.PlanStep]string{}}
	if err := checkID(person); err != nil {
		return sp, err
	}
	fields, err := r.rdb.HGetAll(ctx, r.keys.safetyPlan(person)).Result()
	if err != nil {
		return sp, fmt.Errorf("load safety plan: %w", err)
	}
	ps, err := r.personSeal(ctx, person, false)
	if err != nil {
		return sp, err
	}
	for f, v := range fields {
		if f == planUpdated {
			sp.Updated, _ = time.Parse(time.RFC3339Nano, v)
			continue
		}
		step := coach.PlanStep(f)
		if coach.SensitivePlanStep(step) {
			plain, err := ps.open(v, planSealedAt(person, step))
			if err != nil {
				r.log.Error("stored safety plan step does not open with the data keys; is DATA_KEY the right one?", "step", f)
				sp.Unreadable = append(sp.Unreadable, step)
				continue
			}
			v = plain
		}
		sp.Steps[step] = v
	}
	slices.Sort(sp.Unreadable)
	return sp, nil
}

// SavePlanStep implements coach.SafetyPlanStore: the step and the time of
// the change are written in one transaction.
func (r *Redis) SavePlanStep(ctx context.Context, person string, step coach.PlanStep, text string, at time.Time) error {
	if err := checkID(person); err != nil {
		return err
	}
	if step == "" || step == planUpdated {
		return fmt.Errorf("not a safety plan step: %q", step)
	}
	if text != "" && coach.SensitivePlanStep(step) {
		ps, err := r.personSeal(ctx, person, true)
		if err != nil {
			return fmt.Errorf("save safety plan step: %w", err)
		}
		text = ps.seal(text, planSealedAt(person, step))
	}
	key := r.keys.safetyPlan(person)
	_, err := r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		if text == "" {
			p.HDel(ctx, key, string(step))
		} else {
			p.HSet(ctx, key, string(step), text)
		}
		p.HSet(ctx, key, planUpdated, at.UTC().Format(time.RFC3339Nano))
		return nil
	})
	return wrap("save safety plan step", err)
}

// planSealedAt names where a sealed step lives, as its additional data; a
// day is never "safetyplan", so it cannot be mistaken for a day's field.
func planSealedAt(person string, step coach.PlanStep) string {
	return person + "/safetyplan/" + string(step)
}
