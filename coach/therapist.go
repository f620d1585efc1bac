package coach

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/localtime"
)

// Therapist is a clinician who receives digests of the patients who chose
// to share with them.
type Therapist struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	Zone       string    `json:"zone"`
	Code       string    `json:"code"` // the current invite code
	CodeUntil  time.Time `json:"code_until"`
	Registered time.Time `json:"registered"`
	// DigestDay is the weekday of the weekly digest, stored one higher so
	// that zero means Monday; DigestAt zero means 09:00.
	DigestDay int                 `json:"digest_day"`
	DigestAt  localtime.LocalTime `json:"digest_at"`
}

// inviteValid is how long an invite code works.
const inviteValid = 14 * 24 * time.Hour

// inviteAlphabet leaves out letters and digits that are easy to confuse
// when a code is read aloud or copied from paper: 0/O, 1/I/L.
const inviteAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// newInviteCode returns a code like "K7QM-X2PD": 40 bits, enough that
// guessing one in its two weeks is hopeless.
func newInviteCode() string {
	b := make([]byte, 8)
	rand.Read(b)
	for i := range b {
		b[i] = inviteAlphabet[int(b[i])%len(inviteAlphabet)]
	}
	return string(b[:4]) + "-" + string(b[4:])
}

// normalizeCode accepts a code as people type it: any case, with or
// without the dash, with spaces.
func normalizeCode(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == ' ' || r == '-':
		case r >= 'A' && r <= 'Z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			return "" // codes are ASCII letters and digits only
		}
	}
	code := b.String()
	if len(code) != 8 {
		return ""
	}
	return code[:4] + "-" + code[4:]
}

// therapistCommand handles /therapist register|code|digest|session|pcl5.
func (c *Coach) therapistCommand(ctx context.Context, p Person, ev Event) ([]Message, error) {
	t, err := c.store.Therapist(ctx, p.ID)
	registered := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("load therapist: %w", err)
	}
	sub := ev.Args["action"]
	switch sub {
	case "register":
		return c.registerTherapist(ctx, p, ev, t, registered)
	case "add":
		return c.addTherapist(ctx, ev)
	}
	if !registered {
		return []Message{{Text: "This is for therapists who registered with /therapist register in a server where they hold the therapist role."}}, nil
	}
	switch sub {
	case "code":
		return c.rotateCode(ctx, t)
	case "digest":
		return c.digest(ctx, t)
	case "session":
		return c.sessionFor(ctx, t, ev.Args["patient"], ev.Args["intention"])
	case "pcl5":
		return c.askPCL5(ctx, t, ev.Args["patient"])
	}
	return []Message{{Text: "Use /therapist register, /therapist code, /therapist digest, /therapist session or /therapist pcl5."}}, nil
}

func (c *Coach) registerTherapist(ctx context.Context, p Person, ev Event, t Therapist, registered bool) ([]Message, error) {
	if !slices.ContainsFunc(ev.Roles, func(r string) bool { return strings.EqualFold(r, c.cfg.TherapistRole) }) {
		return []Message{{Text: fmt.Sprintf("Registering as a therapist needs the %q role in this server. A server admin can give it to you, or add you with /therapist add.", c.cfg.TherapistRole)}}, nil
	}
	return c.enrolTherapist(ctx, p.ID, ev.Name, ev.Args, t, registered)
}

// addTherapist lets a server admin register someone as a therapist.
func (c *Coach) addTherapist(ctx context.Context, ev Event) ([]Message, error) {
	if !ev.CanManage || ev.Channel == "" {
		return []Message{{Text: "Adding a therapist is for server admins (Manage Channels), in the server."}}, nil
	}
	id, name := ev.Args["user"], cmp.Or(ev.Args["user_name"], "the therapist")
	t, err := c.store.Therapist(ctx, id)
	registered := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("load therapist: %w", err)
	}
	if id == "" {
		return []Message{{Text: "Name the person to add: /therapist add @them."}}, nil
	}
	if _, err := c.enrolTherapist(ctx, id, name, nil, t, registered); err != nil {
		return nil, err
	}
	return []Message{{Text: fmt.Sprintf("%s is registered as a therapist. They see their invite code with /therapist code, in a direct message with me.", name)}}, nil
}

// enrolTherapist registers (or updates) a therapist, gives them a fresh
// invite code and plans their weekly digest.
func (c *Coach) enrolTherapist(ctx context.Context, id, name string, args map[string]string, t Therapist, registered bool) ([]Message, error) {
	p := Person{ID: id}
	if !registered {
		t = Therapist{ID: p.ID, Name: name, Zone: c.cfg.DefaultZone, Registered: c.clock.Now()}
	}
	if problem := t.applyDigestChoices(args); problem != "" {
		return []Message{{Text: problem}}, nil
	}
	msgs, err := c.rotateCode(ctx, t)
	if err != nil {
		return nil, err
	}
	if err := c.cancelKind(ctx, t.ID, JobDigest); err != nil {
		return nil, err
	}
	if err := c.queue.Schedule(ctx, t.nextDigest(c.clock.Now())); err != nil {
		return nil, fmt.Errorf("schedule digest: %w", err)
	}
	msgs[0].Text = fmt.Sprintf("You're registered. Your weekly digest comes on %s at %s (%s time); /therapist digest shows it any time.\n\n", t.digestWeekday(), t.digestAt(), t.Zone) + msgs[0].Text
	return msgs, nil
}

// rotateCode gives the therapist a new invite code; the old one stops working.
func (c *Coach) rotateCode(ctx context.Context, t Therapist) ([]Message, error) {
	if t.Code != "" {
		if err := c.store.DropInviteCode(ctx, t.Code); err != nil {
			return nil, fmt.Errorf("drop old code: %w", err)
		}
	}
	t.Code, t.CodeUntil = newInviteCode(), c.clock.Now().Add(inviteValid)
	if err := c.store.SetInviteCode(ctx, t.Code, t.ID, inviteValid); err != nil {
		return nil, fmt.Errorf("save invite code: %w", err)
	}
	if err := c.store.SaveTherapist(ctx, t); err != nil {
		return nil, fmt.Errorf("save therapist: %w", err)
	}
	return []Message{{Title: "Invite code", Text: fmt.Sprintf(
		"Your invite code is %s. It works for 14 days (until %s). A patient who wants to share their progress with you types /share %s and chooses what you see. /therapist code makes a new one; the old one then stops working.",
		t.Code, t.CodeUntil.Format("2 January"), t.Code)}}, nil
}

func (t Therapist) digestWeekday() time.Weekday {
	if t.DigestDay < 1 || t.DigestDay > 7 {
		return time.Monday
	}
	return time.Weekday(t.DigestDay - 1)
}

func (t Therapist) digestAt() localtime.LocalTime {
	if t.DigestAt.Valid() {
		return t.DigestAt
	}
	return localtime.LocalTime{Hour: 9, Set: true}
}

// nextDigest is the therapist's next weekly digest after now, as a
// recurring job.
func (t Therapist) nextDigest(now time.Time) Job {
	loc, err := time.LoadLocation(t.Zone)
	if err != nil {
		loc = time.UTC
	}
	return NewRecurringJob(t.ID, JobDigest, Weekly(loc, t.digestWeekday(), t.digestAt()), now)
}

// applyDigestChoices takes the zone, weekday and time a therapist gave for
// their digest, and says kindly what was wrong with any of them.
func (t *Therapist) applyDigestChoices(args map[string]string) string {
	if v := args["zone"]; v != "" {
		zone, err := localtime.ParseZone(v)
		if err != nil {
			return fmt.Sprintf("I couldn't find a time zone called %q. Try a name like Europe/London.", clip(v, 40))
		}
		t.Zone = zone
	}
	if v := args["day"]; v != "" {
		day := -1
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.EqualFold(d.String(), v) || strings.EqualFold(d.String()[:3], v) {
				day = int(d)
			}
		}
		if day < 0 {
			return "Give the digest's day as a weekday name, like Monday."
		}
		t.DigestDay = day + 1
	}
	if v := args["time"]; v != "" {
		at, err := localtime.ParseLocalTime(v)
		if err != nil {
			return "Give the digest's time like 09:00 or 5pm."
		}
		t.DigestAt = at
	}
	return ""
}

// cancelKind cancels a person's scheduled jobs of the given kinds: a
// therapist who is also a patient keeps their own plan when their digest
// moves, and their digest when their plan moves.
func (c *Coach) cancelKind(ctx context.Context, person string, kinds ...JobKind) error {
	jobs, err := c.queue.Upcoming(ctx, person)
	if err != nil {
		return fmt.Errorf("list jobs: %w", err)
	}
	var ids []string
	for _, j := range jobs {
		if slices.Contains(kinds, j.Kind) {
			ids = append(ids, j.ID)
		}
	}
	if err := c.queue.Cancel(ctx, person, ids...); err != nil {
		return fmt.Errorf("cancel %v jobs: %w", kinds, err)
	}
	return nil
}
