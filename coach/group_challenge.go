package coach

import (
	"context"
	"fmt"
	"strconv"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// startChallenge sets a shared movement goal: /group challenge 600. A new
// goal starts counting afresh.
func (c *Coach) startChallenge(ctx context.Context, p Person, ev Event) ([]Message, error) {
	g, err := c.store.Group(ctx, ev.Channel)
	if err != nil {
		return []Message{{Text: p.words().T("group.setup_first")}}, nil
	}
	w := g.words()
	goal, err := strconv.Atoi(ev.Args["minutes"])
	if err != nil || goal < 10 || goal > 100000 {
		return []Message{{Text: w.T("group.goal_problem")}}, nil
	}
	g.Challenge, g.Since = goal, localtime.DayOf(c.clock.Now(), g.location())
	g.Counted, g.CountedThrough = 0, ""
	if err := c.store.SaveGroup(ctx, g); err != nil {
		return nil, fmt.Errorf("save challenge: %w", err)
	}
	return []Message{{
		Title:   w.T("group.challenge_title"),
		Text:    w.T("group.challenge", lang.Args{"Goal": w.Number(goal), "K": g.K, "Button": w.T("group.join_button")}),
		Buttons: joinButton(g),
	}}, nil
}

// joinButton is the challenge's button on the group's posts, while one runs.
func joinButton(g Group) []Button {
	if g.Challenge == 0 {
		return nil
	}
	return []Button{{Label: g.words().T("group.join_button"), Action: Action{Verb: VerbGroupJoin, Field: g.ID}}}
}

// joinChallenge opts a member in, from a post's button or /group join;
// their minutes then count, unseen.
func (c *Coach) joinChallenge(ctx context.Context, p Person, group string) ([]Message, error) {
	g, err := c.store.Group(ctx, group)
	if err != nil || g.Challenge == 0 {
		return []Message{{Text: p.words().T("group.no_challenge")}}, nil
	}
	if !p.Onboarded() {
		return []Message{{Text: p.words().T("group.start_first")}}, nil
	}
	if err := c.store.JoinChallenge(ctx, group, p.ID); err != nil {
		return nil, fmt.Errorf("join challenge: %w", err)
	}
	return []Message{{Text: p.words().T("group.joined")}}, nil
}

// countChallenge adds to the challenge's total every day that has ended
// everywhere and is not counted yet: the day before yesterday in the
// group's zone, since a member's day in a zone far behind may still be
// running yesterday. Each day is added once, with the minutes of whoever
// is counting then, and only while at least K are: a day with fewer keeps
// no count. Nothing added is ever taken out, so the total never steps by
// one person's minutes when someone joins or leaves.
func (c *Coach) countChallenge(ctx context.Context, g Group) (Group, error) {
	if g.Challenge == 0 {
		return g, nil
	}
	last := localtime.DayOf(c.clock.Now(), g.location()).AddDays(-2)
	from := g.Since
	if g.CountedThrough != "" {
		from = g.CountedThrough.AddDays(1)
	}
	if from > last {
		return g, nil
	}
	members, err := c.store.ChallengeMembers(ctx, g.ID)
	if err != nil {
		return g, fmt.Errorf("load challenge members: %w", err)
	}
	if len(members) >= g.K {
		for _, m := range members {
			days, err := c.store.CheckIns(ctx, m, from, last)
			if err != nil {
				return g, fmt.Errorf("load challenge minutes: %w", err)
			}
			for _, d := range days {
				g.Counted += d.MovedMinutes()
			}
		}
	}
	g.CountedThrough = last
	if err := c.store.SaveGroup(ctx, g); err != nil {
		return g, fmt.Errorf("save challenge total: %w", err)
	}
	return g, nil
}

// challengeLine is the challenge's progress for a group post, within the
// K rule: fewer than K counting is said as such, never as a number.
func (c *Coach) challengeLine(ctx context.Context, g Group) string {
	if g.Challenge == 0 {
		return ""
	}
	members, err := c.store.ChallengeMembers(ctx, g.ID)
	if err != nil {
		c.log.Error("load challenge members", "group", g.ID, "err", err)
		return ""
	}
	w := g.words()
	if len(members) < g.K {
		return "\n\n" + w.T("group.challenge_few", lang.Args{"K": g.K, "Button": w.T("group.join_button")})
	}
	return "\n\n" + w.T("group.challenge_progress", lang.Args{"Counted": w.Number(g.Counted), "Goal": w.Number(g.Challenge),
		"Percent": min(100, g.Counted*100/g.Challenge), "Members": len(members)})
}
