package coach

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/aftercare/aftercare/coach/localtime"
)

// deliverGroupPost is the day's group check-in post, with mood buttons.
func (c *Coach) deliverGroupPost(ctx context.Context, job Job) ([]Message, error) {
	g, err := c.loadGroup(ctx, job)
	if err != nil {
		return nil, err
	}
	buttons := make([]Button, 5)
	for i, word := range scales[FieldMood].Levels {
		buttons[i] = Button{Label: word, Action: Action{Verb: VerbGroupMood, Day: job.Day, Field: g.ID, Value: strconv.Itoa(i + 1)}}
	}
	return []Message{{
		Title: "Group check-in",
		Text: fmt.Sprintf("How's your mood today? Tap one. Only you see your answer. In six hours I'll share how many answered and the spread of moods here — if at least %d people did.%s",
			g.K, c.challengeLine(ctx, g)),
		Buttons: buttons,
	}}, nil
}

// GroupPosted remembers the id of a group post, so that it can be edited
// with the totals when the day closes, and plans the close.
func (c *Coach) GroupPosted(ctx context.Context, job Job, postID string) error {
	if job.Kind != JobGroupPost {
		return nil
	}
	d, err := c.store.GroupDay(ctx, job.Group(), job.Day)
	if err != nil {
		return fmt.Errorf("load group day: %w", err)
	}
	d.PostID = postID
	if err := c.store.SaveGroupDay(ctx, job.Group(), job.Day, d); err != nil {
		return fmt.Errorf("save group post: %w", err)
	}
	close := NewJob(job.Person, JobGroupClose, job.Day, job.Due.Add(groupWindow))
	return c.queue.Schedule(ctx, close)
}

// groupMood counts one member's answer. The reply goes to them alone.
func (c *Coach) groupMood(ctx context.Context, p Person, a Action) ([]Message, error) {
	mood, err := strconv.Atoi(a.Value)
	if err != nil || mood < 1 || mood > 5 {
		return []Message{staleButton()}, nil
	}
	if _, err := c.store.Group(ctx, a.Field); err != nil {
		return []Message{staleButton()}, nil
	}
	d, err := c.store.GroupDay(ctx, a.Field, a.Day)
	if err != nil {
		return nil, fmt.Errorf("load group day: %w", err)
	}
	if d.Closed || d.PostID == "" {
		return []Message{{Text: "That group check-in has closed — thank you for wanting to answer. There's a new one every day."}}, nil
	}
	if err := c.store.SetGroupAnswer(ctx, a.Field, a.Day, p.ID, mood); err != nil {
		return nil, fmt.Errorf("save group answer: %w", err)
	}
	// Someone who set Aftercare up has consented to keeping their answers:
	// the mood also goes into their own history, for them alone.
	if p.Onboarded() && p.Status != StatusStopped {
		if loc, err := p.Location(); err == nil {
			if err := c.store.SaveAnswer(ctx, p.ID, localtime.DayOf(c.clock.Now(), loc), string(FieldMood), strconv.Itoa(mood)); err != nil {
				return nil, fmt.Errorf("save own mood: %w", err)
			}
		}
	}
	return []Message{{Text: "Counted — thank you. Nobody else sees your answer; the group only ever sees totals."}}, nil
}

// closeGroupDay edits the day's post with the totals (or says there were
// too few to share) and drops the individual answers.
func (c *Coach) closeGroupDay(ctx context.Context, job Job) ([]Message, error) {
	g, err := c.loadGroup(ctx, job)
	if err != nil {
		return nil, err
	}
	d, err := c.store.GroupDay(ctx, g.ID, job.Day)
	if err != nil {
		return nil, fmt.Errorf("load group day: %w", err)
	}
	if d.Closed || d.PostID == "" {
		return nil, nil
	}
	answers, err := c.store.GroupAnswers(ctx, g.ID, job.Day)
	if err != nil {
		return nil, fmt.Errorf("load group answers: %w", err)
	}
	d.Counts = [5]int{}
	for _, mood := range answers {
		d.Counts[mood-1]++
	}
	d.Closed = true
	if err := c.store.CloseGroupDay(ctx, g.ID, job.Day, d); err != nil {
		return nil, fmt.Errorf("close group day: %w", err)
	}
	return []Message{{Title: "Group check-in (closed)", Text: groupTotals(g, d) + c.challengeLine(ctx, g), Replace: d.PostID}}, nil
}

// groupTotals says how the day went, within the K rule.
func groupTotals(g Group, d GroupDay) string {
	n := d.Answered()
	if n < g.K {
		return fmt.Sprintf("Not enough answers to share today (totals show from %d) — thank you to everyone who answered.", g.K)
	}
	return fmt.Sprintf("%d people answered. Moods: %s.", n, moodSpread(d.Counts))
}

// moodSpread lists how many answers each mood level got.
func moodSpread(counts [5]int) string {
	parts := make([]string, len(counts))
	for i, word := range scales[FieldMood].Levels {
		parts[i] = fmt.Sprintf("%s %d", word, counts[i])
	}
	return strings.Join(parts, " · ")
}

// deliverGroupDigest is the weekly round-up: participation and totals of
// the days that reached K, nothing else.
func (c *Coach) deliverGroupDigest(ctx context.Context, job Job) ([]Message, error) {
	g, err := c.loadGroup(ctx, job)
	if err != nil {
		return nil, err
	}
	var week [5]int
	shown, posted, answers := 0, 0, 0
	for i := range 7 {
		d, err := c.store.GroupDay(ctx, g.ID, job.Day.AddDays(-i))
		if err != nil {
			return nil, fmt.Errorf("load group day: %w", err)
		}
		if d.PostID == "" {
			continue
		}
		posted++
		answers += d.Answered()
		if d.Answered() >= g.K {
			shown++
			for j := range week {
				week[j] += d.Counts[j]
			}
		}
	}
	if posted == 0 {
		return nil, nil
	}
	text := fmt.Sprintf("This week: %d daily check-ins, %d answers in all.", posted, answers)
	if shown > 0 {
		text += fmt.Sprintf("\nMoods over the %d days with at least %d answers: %s.", shown, g.K, moodSpread(week))
	} else {
		text += fmt.Sprintf(" No day reached %d answers, so there are no totals to share — thank you to everyone who took part.", g.K)
	}
	return []Message{{Title: "Group week", Text: text + c.challengeLine(ctx, g)}}, nil
}
