package coach

import "time"

// plansFrom is the plan of the last session that has happened by now,
// followed by the plans of sessions logged ahead: where two plans share a
// day, the later session's job (same id) replaces the earlier one's.
func plansFrom(p Person, sessions []TherapySession, now time.Time) ([]Job, error) {
	from := 0
	for i, s := range sessions {
		if !s.At.After(now) {
			from = i
		}
	}
	var jobs []Job
	for _, s := range sessions[from:] {
		plan, err := PlanAfterSession(p, s.At)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, plan...)
	}
	return jobs, nil
}
