package coach

import (
	"cmp"
	"context"
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
	// VouchedBy is the server in which they registered or were added;
	// nil for a therapist registered before servers vouched.
	VouchedBy *Vouch `json:"vouched_by,omitempty"`
	// DigestDay is the weekday of the weekly digest, stored one higher so
	// that zero means Monday; DigestAt zero means 09:00.
	DigestDay int                 `json:"digest_day"`
	DigestAt  localtime.LocalTime `json:"digest_at"`
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
		return []Message{{Text: "This is for therapists who registered with /therapist register, in a server that vouches for therapists and where they hold the therapist role."}}, nil
	}
	switch sub {
	case "code":
		if refusal := c.inviteRefusal(t); refusal != "" {
			return []Message{{Text: refusal}}, nil
		}
		return c.rotateCode(ctx, t)
	case "digest":
		return c.digest(ctx, t)
	case "dashboard":
		return []Message{c.dashboard(t)}, nil
	case "session":
		return c.sessionFor(ctx, t, ev.Args["patient"], ev.Args["intention"])
	case "pcl5":
		return c.askPCL5(ctx, t, ev.Args["patient"])
	}
	return []Message{{Text: "Use /therapist register, /therapist code, /therapist digest, /therapist dashboard, /therapist session or /therapist pcl5."}}, nil
}

// registerTherapist registers the person, who must hold the therapist role
// in a server that vouches for therapists.
func (c *Coach) registerTherapist(ctx context.Context, p Person, ev Event, t Therapist, registered bool) ([]Message, error) {
	if refusal := c.vouchRefusal(ev); refusal != "" {
		return []Message{{Text: refusal}}, nil
	}
	if !c.holdsTherapistRole(ev) {
		return []Message{{Text: fmt.Sprintf("Registering as a therapist needs the %s role in this server. A server admin can give it to you, or add you with /therapist add.", c.roleLabel())}}, nil
	}
	return c.enrolTherapist(ctx, p.ID, ev.Name, ev.Args, t, registered, vouchOf(ev))
}

// addTherapist lets a server admin (Manage Server, checked here and not
// only by Discord) register someone as a therapist, in a server that
// vouches for therapists.
func (c *Coach) addTherapist(ctx context.Context, ev Event) ([]Message, error) {
	if refusal := c.vouchRefusal(ev); refusal != "" {
		return []Message{{Text: refusal}}, nil
	}
	if !ev.CanManageServer {
		return []Message{{Text: "Adding a therapist is for server admins: it needs the Manage Server permission in this server."}}, nil
	}
	id, name := ev.Args["user"], cmp.Or(ev.Args["user_name"], "the therapist")
	if id == "" {
		return []Message{{Text: "Name the person to add: /therapist add @them."}}, nil
	}
	t, err := c.store.Therapist(ctx, id)
	registered := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("load therapist: %w", err)
	}
	if _, err := c.enrolTherapist(ctx, id, name, nil, t, registered, vouchOf(ev)); err != nil {
		return nil, err
	}
	return []Message{{Text: fmt.Sprintf("%s is registered as a therapist, vouched for by this server. They see their invite code with /therapist code, in a direct message with me.", name)}}, nil
}

// enrolTherapist registers (or updates) a therapist with the server that
// vouched for them, gives them a fresh invite code and plans their weekly
// digest.
func (c *Coach) enrolTherapist(ctx context.Context, id, name string, args map[string]string, t Therapist, registered bool, v Vouch) ([]Message, error) {
	p := Person{ID: id}
	if !registered {
		t = Therapist{ID: p.ID, Name: name, Zone: c.cfg.DefaultZone, Registered: c.clock.Now()}
	}
	t.VouchedBy = &v
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
