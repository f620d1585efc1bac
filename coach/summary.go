//go:build aftercare_wip

package coach

import (
	"context"
	"fmt"
	"strings"
)

// summary shows the last seven local days of answers.
func (c *Coach) summary(ctx context.Context, p Person) ([]Message, error) {
	loc, err := p.Location()
	if err != nil {
		return nil, err
	}
	today := DayOf(c.clock.Now(), loc)
	days, err := c.store.CheckIns(ctx, p.ID, today.AddDays(-6), today)
	if err != nil {
		return nil, fmt.Errorf("load week: %w", err)
	}
	var b strings.Builder
	answered := 0
	for _, ci := range days {
		if !ci.Answered() {
			continue
		}
		answered++
		b.WriteString(describeCheckIn(ci))
		b.WriteString("\n")
	}
	if answered == 0 {
		return []Message{{Title: "Your last 7 days", Text: "No check-ins yet this week — and that's okay. /checkin starts one whenever you like."}}, nil
	}
	return []Message{{Title: "Your last 7 days", Text: strings.TrimSuffix(b.String(), "\n")}}, nil
}

// describeCheckIn writes one day's answers in words.
func describeCheckIn(ci CheckIn) string {
	y, m, d := ci.Day.Date()
	parts := []string{}
	for _, f := range []Field{FieldMood, FieldAnxiety, FieldEnergy, FieldSleep} {
		v := map[Field]int{FieldMood: ci.Mood, FieldAnxiety: ci.Anxiety, FieldEnergy: ci.Energy, FieldSleep: ci.Sleep}[f]
		if v > 0 {
			parts = append(parts, fmt.Sprintf("%s %s (%d)", f, strings.ToLower(scales[f].Levels[v-1]), v))
		}
	}
	if ci.HasMinutes {
		parts = append(parts, fmt.Sprintf("moved %d min", ci.Minutes))
	}
	if ci.Note != "" {
		parts = append(parts, "note: "+clip(ci.Note, 80))
	}
	return fmt.Sprintf("%04d-%02d-%02d: %s", y, m, d, strings.Join(parts, ", "))
}
