package coach

import (
	"context"
	"fmt"
	"strconv"

	"github.com/aftercare/aftercare/coach/localtime"
)

// startChallenge sets a shared movement goal: /group challenge 600.
func (c *Coach) startChallenge(ctx context.Context, ev Event) ([]Message, error) {
	g, err := c.store.Group(ctx, ev.Channel)
	if err != nil {
		return []Message{{Text: "Set the group up first with /group setup."}}, nil
	}
	goal, err := strconv.Atoi(ev.Args["minutes"])
	if err != nil || goal < 10 || goal > 100000 {
		return []Message{{Text: "Give the group's goal in minutes, from 10 to 100000 — for example /group challenge 600."}}, nil
	}
	g.Challenge, g.Since = goal, localtime.DayOf(c.clock.Now(), g.location())
	if err := c.store.SaveGroup(ctx, g); err != nil {
		return nil, fmt.Errorf("save challenge: %w", err)
	}
	return []Message{{
		Title:   "Group movement challenge",
		Text:    fmt.Sprintf("Together, %d minutes of movement. If you'd like yours to count, tap below: the minutes you log with Aftercare add to the group's total. Only the total is ever shown, once at least %d people have joined.", goal, g.K),
		Buttons: []Button{{Label: "Count my minutes", Action: Action{Verb: VerbGroupJoin, Field: g.ID}}},
	}}, nil
}

// joinChallenge opts a member in; their minutes then count, unseen.
func (c *Coach) joinChallenge(ctx context.Context, p Person, group string) ([]Message, error) {
	g, err := c.store.Group(ctx, group)
	if err != nil || g.Challenge == 0 {
		return []Message{staleButton()}, nil
	}
	if !p.Onboarded() {
		return []Message{{Text: "To count your minutes, set me up first: /start in a direct message with me. Your minutes stay yours; only the group total is shown."}}, nil
	}
	if err := c.store.JoinChallenge(ctx, group, p.ID); err != nil {
		return nil, fmt.Errorf("join challenge: %w", err)
	}
	return []Message{{Text: "You're in. Log movement with /moved (or answer your nudges); it adds to the group's total, and nobody sees your own minutes."}}, nil
}

// challengeLine is the challenge's progress for a group post, within the
// K rule: a total of one or two people's minutes would give them away.
func (c *Coach) challengeLine(ctx context.Context, g Group) string {
	if g.Challenge == 0 {
		return ""
	}
	members, err := c.store.ChallengeMembers(ctx, g.ID)
	if err != nil {
		c.log.Error("load challenge members", "group", g.ID, "err", err)
		return ""
	}
	if len(members) < g.K {
		return fmt.Sprintf("\n\nMovement challenge: %d joined so far; the total shows once %d have.", len(members), g.K)
	}
	total := 0
	today := localtime.DayOf(c.clock.Now(), g.location())
	for _, m := range members {
		days, err := c.store.CheckIns(ctx, m, g.Since, today)
		if err != nil {
			c.log.Error("load challenge minutes", "group", g.ID, "err", err)
			return ""
		}
		for _, d := range days {
			total += d.MovedMinutes()
		}
	}
	return fmt.Sprintf("\n\nMovement challenge: %d of %d minutes together (%d%%).", total, g.Challenge, min(100, total*100/g.Challenge))
}
