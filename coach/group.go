package coach

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
)

// Group is a support group's shared channel. Nobody's own answers are ever
// shown there: only totals, and only when at least K people answered (see
// group_privacy.go for every rule). Who set the group up is not kept:
// nothing needs it, and it would name them after their /delete (storage's
// Upgrade removes it from older records).
type Group struct {
	ID        string              `json:"id"` // the channel
	Zone      string              `json:"zone"`
	PostAt    localtime.LocalTime `json:"post_at"` // the daily group check-in
	K         int                 `json:"k"`       // the fewest answers whose totals may be shown
	Challenge int                 `json:"challenge,omitempty"`
	Since     localtime.Day       `json:"since,omitempty"` // when the challenge started
	// Counted is the challenge's minutes so far, and CountedThrough the
	// last day added to it: each day is added once, when it has ended
	// everywhere, and never taken out again (see countChallenge).
	Counted        int           `json:"counted,omitempty"`
	CountedThrough localtime.Day `json:"counted_through,omitempty"`
	// Lang is the language of everything posted in the channel (one of
	// lang.Langs): /group setup's language option, else the language of
	// whoever set it up; empty (English) for groups older than languages.
	Lang string `json:"lang,omitempty"`
}

// words returns what the coach posts in the group's channel, in its
// language. A member's own replies (their tap counted) are in theirs.
func (g Group) words() lang.Printer { return lang.For(g.Lang) }

// GroupDay is what is kept of one day's group check-in: the post and the
// figures that were shown, nothing more. The individual answers are dropped
// when the day closes; a day that fewer than K answered keeps no number at
// all, and a spread that was kept private is not kept either.
type GroupDay struct {
	PostID string `json:"post_id"`
	// Total is how many answered, kept only when at least K did.
	Total int `json:"total,omitempty"`
	// Counts are the answers per mood level, 1-5, kept only when the
	// spread was shown.
	Counts [5]int `json:"counts,omitzero"`
	Closed bool   `json:"closed"`
}

// Answered is how many people answered that day, as far as it is kept: 0
// for a day below K. Days closed before Total existed kept only Counts.
func (d GroupDay) Answered() int {
	if d.Total > 0 {
		return d.Total
	}
	n := 0
	for _, c := range d.Counts {
		n += c
	}
	return n
}

// GroupStore keeps groups. storage.Redis implements it.
type GroupStore interface {
	Group(ctx context.Context, id string) (Group, error) // ErrNotFound if not set up
	SaveGroup(ctx context.Context, g Group) error
	// SetGroupAnswer records (or changes) one member's answer for the day.
	SetGroupAnswer(ctx context.Context, group string, day localtime.Day, member string, mood int) error
	GroupAnswers(ctx context.Context, group string, day localtime.Day) (map[string]int, error)
	// CloseGroupDay keeps the day's record (only what was shown) and drops
	// the individual answers, in one step.
	CloseGroupDay(ctx context.Context, group string, day localtime.Day, d GroupDay) error
	GroupDay(ctx context.Context, group string, day localtime.Day) (GroupDay, error)
	SaveGroupDay(ctx context.Context, group string, day localtime.Day, d GroupDay) error
	JoinChallenge(ctx context.Context, group, member string) error
	ChallengeMembers(ctx context.Context, group string) ([]string, error)
}

// MinGroupK is the smallest K a group may choose; defaultGroupK is the default.
const (
	MinGroupK     = 3
	defaultGroupK = 5
	// groupWindow is how long a day's group check-in stays open.
	groupWindow = 6 * time.Hour
)

// groupPerson is the queue's owner of a group's jobs.
func groupPerson(group string) string { return "group-" + group }

// groupCommand handles /group setup|challenge|join in a channel. Setting
// up needs Manage Channels; joining the challenge is for every member.
func (c *Coach) groupCommand(ctx context.Context, p Person, ev Event) ([]Message, error) {
	if ev.Channel == "" {
		return []Message{{Text: p.words().T("group.in_channel")}}, nil
	}
	if ev.Args["action"] == "join" {
		return c.joinChallenge(ctx, p, ev.Channel)
	}
	if !ev.CanManage {
		return []Message{{Text: p.words().T("group.needs_manage")}}, nil
	}
	switch ev.Args["action"] {
	case "setup":
		return c.setupGroup(ctx, p, ev)
	case "challenge":
		return c.startChallenge(ctx, p, ev)
	}
	return []Message{{Text: p.words().T("group.usage")}}, nil
}

func (c *Coach) setupGroup(ctx context.Context, p Person, ev Event) ([]Message, error) {
	g := Group{ID: ev.Channel, Zone: c.cfg.DefaultZone, PostAt: localtime.LocalTime{Hour: 12, Set: true}, K: defaultGroupK}
	old, err := c.store.Group(ctx, ev.Channel)
	existed := err == nil
	switch {
	case existed:
		g = old
	case !errors.Is(err, ErrNotFound):
		// A group that could not be read is not a new one: saving the
		// defaults would overwrite its zone, time, k and language.
		return nil, fmt.Errorf("load group: %w", err)
	}
	if languageUnknown(ev.Args["language"]) {
		return []Message{languagesOffered(p.words())}, nil
	}
	// The group's language: the option, else the one it had (empty, for a
	// group set up before languages, is English, and stays so), else the
	// language of whoever sets it up. The reply is in it, so that it shows.
	switch {
	case lang.Match(ev.Args["language"]) != "":
		g.Lang = lang.Match(ev.Args["language"])
	case !existed:
		g.Lang = p.language()
	}
	w := g.words()
	if v := ev.Args["zone"]; v != "" {
		zone, err := localtime.ParseZone(v)
		if err != nil {
			return []Message{{Text: w.T("group.zone_unknown", lang.Args{"Typed": w.Quote(clip(v, 40))})}}, nil
		}
		g.Zone = zone
	}
	if v := ev.Args["time"]; v != "" {
		at, err := localtime.ParseLocalTime(v)
		if err != nil || InQuietHours(at) {
			return []Message{{Text: w.T("group.time_problem")}}, nil
		}
		g.PostAt = at
	}
	if v := ev.Args["k"]; v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < MinGroupK || k > 100 {
			return []Message{{Text: w.T("group.k_problem", lang.Args{"Min": MinGroupK})}}, nil
		}
		g.K = k
	}
	if err := c.store.SaveGroup(ctx, g); err != nil {
		return nil, fmt.Errorf("save group: %w", err)
	}
	if err := c.queue.Schedule(ctx, g.nextPost(c.clock.Now()), g.nextDigest(c.clock.Now())); err != nil {
		return nil, fmt.Errorf("schedule group check-ins: %w", err)
	}
	return []Message{{Text: w.T("group.set_up", lang.Args{"Time": g.PostAt.String(), "Zone": g.Zone, "K": g.K})}}, nil
}

func (g Group) location() *time.Location {
	loc, err := localtime.LoadLocation(g.Zone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// nextPost is the group's next daily check-in after now, recurring daily.
func (g Group) nextPost(now time.Time) Job {
	return NewRecurringJob(groupPerson(g.ID), JobGroupPost, Daily(g.location(), g.PostAt), now)
}

// nextDigest is the group's next weekly round-up: Sundays at 19:00.
func (g Group) nextDigest(now time.Time) Job {
	every := Weekly(g.location(), time.Sunday, localtime.LocalTime{Hour: 19, Set: true})
	return NewRecurringJob(groupPerson(g.ID), JobGroupDigest, every, now)
}

// loadGroup returns the group a job is for; ErrInactive once it is gone.
func (c *Coach) loadGroup(ctx context.Context, job Job) (Group, error) {
	g, err := c.store.Group(ctx, job.Group())
	if errors.Is(err, ErrNotFound) {
		return Group{}, ErrInactive
	}
	if err != nil {
		return Group{}, fmt.Errorf("load group: %w", err)
	}
	return g, nil
}

// Group returns the channel a group job is for, or "".
func (j Job) Group() string {
	g, _ := strings.CutPrefix(j.Person, "group-")
	if g == j.Person {
		return ""
	}
	return g
}
