package coach

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftercare/aftercare/coach/lang"
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
	// Lang is the language of everything the therapist receives (one of
	// lang.Langs): the language option of /therapist register, else their
	// own language as a person (/settings, else Discord's locale) when they
	// registered; empty for one added by an admin who has not used a
	// command since, and for records older than languages: English.
	Lang string `json:"lang,omitempty"`
}

// words returns what the coach says to the therapist, in their language.
func (t Therapist) words() lang.Printer { return lang.For(t.Lang) }

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
		return c.addTherapist(ctx, p, ev)
	}
	if !registered {
		return []Message{{Text: p.words().T("therapist.not_registered")}}, nil
	}
	t = c.keepTherapistLang(ctx, t, p)
	w := t.words().In(p.region())
	switch sub {
	case "code":
		if refusal := c.inviteRefusal(w, t); refusal != "" {
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
	return []Message{{Text: w.T("therapist.usage")}}, nil
}

// keepTherapistLang gives a therapist who has no language yet (one an
// admin added) the one they use as a person, from their first command.
// Keeping it is a convenience: if it cannot be saved, this reply is still
// in that language and the command goes on (the next one tries again),
// rather than a read-only /therapist digest failing for it.
func (c *Coach) keepTherapistLang(ctx context.Context, t Therapist, p Person) Therapist {
	if t.Lang != "" || lang.Match(p.Lang, p.locale, p.Locale) == "" {
		return t
	}
	t.Lang = p.language()
	if err := c.store.SaveTherapist(ctx, t); err != nil {
		c.log.Warn("keep therapist language", "err", err)
	}
	return t
}

// registerTherapist registers the person, who must hold the therapist role
// in a server that vouches for therapists.
// The registration's language is the option's, else the one they chose
// before (registering again to change the zone or day keeps it, though
// their client always reports a locale), else their own as a person
// (chosen, else their client's), else English.
func (c *Coach) registerTherapist(ctx context.Context, p Person, ev Event, t Therapist, registered bool) ([]Message, error) {
	if languageUnknown(ev.Args["language"]) {
		w := p.words()
		if registered {
			w = t.words()
		}
		return []Message{languagesOffered(w)}, nil
	}
	chosen := cmp.Or(lang.Match(ev.Args["language"]), lang.Match(t.Lang), p.language())
	w := lang.For(chosen).In(p.region())
	if refusal := c.vouchRefusal(w, ev); refusal != "" {
		return []Message{{Text: refusal}}, nil
	}
	if !c.holdsTherapistRole(ev) {
		return []Message{{Text: c.roleRefusal(w)}}, nil
	}
	return c.enrolTherapist(ctx, p.ID, ev.Name, ev.Args, t, registered, vouchOf(ev), chosen)
}

// addTherapist lets a server admin (Manage Server, checked here and not
// only by Discord) register someone as a therapist, in a server that
// vouches for therapists.
// The admin is answered in their own language; the therapist keeps theirs
// (from their record, or as a person), or gets one at their first command.
func (c *Coach) addTherapist(ctx context.Context, admin Person, ev Event) ([]Message, error) {
	w := admin.words()
	if refusal := c.vouchRefusal(w, ev); refusal != "" {
		return []Message{{Text: refusal}}, nil
	}
	if !ev.CanManageServer {
		return []Message{{Text: w.T("therapist.add_admins_only")}}, nil
	}
	id, name := ev.Args["user"], cmp.Or(ev.Args["user_name"], w.T("therapist.the_therapist"))
	if id == "" {
		return []Message{{Text: w.T("therapist.add_whom")}}, nil
	}
	t, err := c.store.Therapist(ctx, id)
	registered := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("load therapist: %w", err)
	}
	chosen := t.Lang
	if chosen == "" {
		if them, err := c.store.Person(ctx, id); err == nil && lang.Match(them.Lang, them.Locale) != "" {
			chosen = them.language()
		}
	}
	if _, err := c.enrolTherapist(ctx, id, name, nil, t, registered, vouchOf(ev), chosen); err != nil {
		return nil, err
	}
	return []Message{{Text: w.T("therapist.added", lang.Args{"Name": name})}}, nil
}

// enrolTherapist registers (or updates) a therapist with the server that
// vouched for them, gives them a fresh invite code and plans their weekly
// digest.
func (c *Coach) enrolTherapist(ctx context.Context, id, name string, args map[string]string, t Therapist, registered bool, v Vouch, language string) ([]Message, error) {
	p := Person{ID: id}
	if !registered {
		t = Therapist{ID: p.ID, Name: name, Zone: c.cfg.DefaultZone, Registered: c.clock.Now()}
	}
	t.VouchedBy = &v
	t.Lang = language
	w := t.words()
	if problem := t.applyDigestChoices(w, args); problem != "" {
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
	msgs[0].Text = w.T("therapist.registered", lang.Args{"Day": w.Weekday(t.digestWeekday()), "Time": t.digestAt().String(), "Zone": t.Zone}) + "\n\n" + msgs[0].Text
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
	w := t.words()
	return []Message{{Title: w.T("therapist.invite_title"), Text: w.T("therapist.invite",
		lang.Args{"Code": t.Code, "Until": w.Short(t.CodeUntil.In(t.location()))})}}, nil
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
	return NewRecurringJob(t.ID, JobDigest, Weekly(t.location(), t.digestWeekday(), t.digestAt()), now)
}

// location is the therapist's zone, UTC if it cannot be loaded.
func (t Therapist) location() *time.Location {
	loc, err := localtime.LoadLocation(t.Zone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// applyDigestChoices takes the zone, weekday and time a therapist gave for
// their digest, and says kindly what was wrong with any of them.
func (t *Therapist) applyDigestChoices(w lang.Printer, args map[string]string) string {
	if v := args["zone"]; v != "" {
		zone, err := localtime.ParseZone(v)
		if err != nil {
			return w.T("therapist.zone_unknown", lang.Args{"Typed": w.Quote(clip(v, 40))})
		}
		t.Zone = zone
	}
	if v := args["day"]; v != "" {
		day := -1
		for d := time.Sunday; d <= time.Saturday; d++ {
			// The English names are the command's choices; a name in the
			// therapist's language is what they would type in the console.
			if strings.EqualFold(d.String(), v) || strings.EqualFold(d.String()[:3], v) || strings.EqualFold(w.Weekday(d), v) {
				day = int(d)
			}
		}
		if day < 0 {
			return w.T("therapist.day_problem")
		}
		t.DigestDay = day + 1
	}
	if v := args["time"]; v != "" {
		at, err := localtime.ParseLocalTime(v)
		if err != nil {
			return w.T("therapist.time_problem")
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
