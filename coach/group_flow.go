package coach

import (
	"context"
	"fmt"
	"strconv"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// fieldGroupMood keeps a member's own group tap in their day, beside their
// check-in but apart from its mood: a tap in a channel is not the private
// check-in, and must never overwrite it.
const fieldGroupMood = "group_mood"

// deliverGroupPost is the day's group check-in post, with mood buttons and,
// while a challenge runs, a button to count one's minutes.
func (c *Coach) deliverGroupPost(ctx context.Context, job Job) ([]Message, error) {
	g, err := c.loadGroup(ctx, job)
	if err != nil {
		return nil, err
	}
	if g, err = c.countChallenge(ctx, g); err != nil {
		return nil, err
	}
	w := g.words()
	buttons := make([]Button, 5, 6)
	for i, word := range scaleIn(w, FieldMood).Levels {
		buttons[i] = Button{Label: word, Action: Action{Verb: VerbGroupMood, Day: job.Day, Field: g.ID, Value: strconv.Itoa(i + 1)}}
	}
	return []Message{{
		Title:   w.T("group.post_title"),
		Text:    w.T("group.post", lang.Args{"K": g.K}) + c.challengeLine(ctx, g),
		Buttons: append(buttons, joinButton(g)...),
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

// groupMood takes one member's answer. The reply goes to them alone.
func (c *Coach) groupMood(ctx context.Context, p Person, a Action) ([]Message, error) {
	mood, err := strconv.Atoi(a.Value)
	if err != nil || mood < 1 || mood > 5 {
		return []Message{staleButton(p)}, nil
	}
	if _, err := c.store.Group(ctx, a.Field); err != nil {
		return []Message{staleButton(p)}, nil
	}
	d, err := c.store.GroupDay(ctx, a.Field, a.Day)
	if err != nil {
		return nil, fmt.Errorf("load group day: %w", err)
	}
	if d.Closed || d.PostID == "" {
		return []Message{{Text: p.words().T("group.closed_tap")}}, nil
	}
	if err := c.store.SetGroupAnswer(ctx, a.Field, a.Day, p.ID, mood); err != nil {
		return nil, fmt.Errorf("save group answer: %w", err)
	}
	// Someone who set Aftercare up has consented to keeping their answers:
	// the tap also goes into their own history, for them alone, beside
	// (never over) their private check-in.
	if p.Onboarded() && p.Status != StatusStopped {
		if loc, err := p.Location(); err == nil {
			if err := c.store.SaveAnswer(ctx, p.ID, localtime.DayOf(c.clock.Now(), loc), fieldGroupMood, strconv.Itoa(mood)); err != nil {
				return nil, fmt.Errorf("save own group mood: %w", err)
			}
		}
	}
	return []Message{{Text: p.words().T("group.counted")}}, nil
}

// closeGroupDay edits the day's post with what may be shown of it, keeps
// only that, and drops the individual answers.
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
	var counts [5]int
	for _, mood := range answers {
		counts[mood-1]++
	}
	d = keptDay(d, counts, g.K)
	if err := c.store.CloseGroupDay(ctx, g.ID, job.Day, d); err != nil {
		return nil, fmt.Errorf("close group day: %w", err)
	}
	if g, err = c.countChallenge(ctx, g); err != nil {
		return nil, err
	}
	return []Message{{Title: g.words().T("group.closed_title"), Text: dayText(g, d) + c.challengeLine(ctx, g), Replace: d.PostID}}, nil
}

// deliverGroupDigest is the weekly round-up: what the week's days showed,
// added up, and nothing else.
func (c *Coach) deliverGroupDigest(ctx context.Context, job Job) ([]Message, error) {
	g, err := c.loadGroup(ctx, job)
	if err != nil {
		return nil, err
	}
	var days []GroupDay
	for i := range 7 {
		d, err := c.store.GroupDay(ctx, g.ID, job.Day.AddDays(-i))
		if err != nil {
			return nil, fmt.Errorf("load group day: %w", err)
		}
		if d.Closed { // a day still open has nothing to add yet
			days = append(days, d)
		}
	}
	if len(days) == 0 {
		return nil, nil
	}
	if g, err = c.countChallenge(ctx, g); err != nil {
		return nil, err
	}
	return []Message{{Title: g.words().T("group.week_title"), Text: weekText(g, days) + c.challengeLine(ctx, g), Buttons: joinButton(g)}}, nil
}
