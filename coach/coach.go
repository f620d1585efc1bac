package coach

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"github.com/aftercare/aftercare/coach/lang"
	"log/slog"
)

// Coach answers people and decides what scheduled work says. It is safe for
// concurrent use; all state lives in the Store and the Queue.
type Coach struct {
	store Store
	queue Queue
	clock Clock
	log   *slog.Logger
	cfg   Config
	// unsaved holds the safety question waiting for someone not set up.
	unsaved unsavedAskings
}

// Config holds the deployment's choices the coach needs.
type Config struct {
	// TherapistRole is the server role that may register as a therapist:
	// its exact name (case counts) or its id.
	TherapistRole string
	// TherapistGuilds are the servers that vouch for therapists: only
	// there may someone register (with TherapistRole) or be added (by a
	// member who may manage the server). None: nobody can register.
	TherapistGuilds []string
	DefaultZone     string // for a therapist who gives none
	RetentionDays   int    // raw check-ins older than this are removed; 0 means defaultRetentionDays
	// ClinicLine is the operator's after-hours line (CRISIS_CLINIC_LINE),
	// shown first in every crisis reply and /crisis; empty: none.
	ClinicLine string
	// Links makes the web view's links (WEB_ADDR); nil: no web view.
	Links Linker
	// DigestLinkOnly makes therapists' digests a count of flagged
	// patients and a link, and crisis alerts a notice and a link, with no
	// names, scores or trends in Discord (DIGEST_LINK_ONLY; needs Links).
	DigestLinkOnly bool
}

// New returns a Coach over the given store, queue and clock. cfg may be
// left out: the role is then "Therapist", the zone UTC, and no server
// vouches for therapists.
func New(store Store, queue Queue, clock Clock, log *slog.Logger, cfg ...Config) *Coach {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Coach{store: store, queue: queue, clock: clock, log: log,
		cfg: Config{TherapistRole: "Therapist", DefaultZone: "UTC", RetentionDays: defaultRetentionDays}}
	if len(cfg) > 0 {
		c.cfg.RetentionDays = cmp.Or(cfg[0].RetentionDays, c.cfg.RetentionDays)
		c.cfg.TherapistRole = cmp.Or(cfg[0].TherapistRole, c.cfg.TherapistRole)
		c.cfg.DefaultZone = cmp.Or(cfg[0].DefaultZone, c.cfg.DefaultZone)
		c.cfg.ClinicLine = cfg[0].ClinicLine
		c.cfg.TherapistGuilds = cfg[0].TherapistGuilds
		c.cfg.Links = cfg[0].Links
		c.cfg.DigestLinkOnly = cfg[0].DigestLinkOnly && cfg[0].Links != nil
	}
	return c
}

// Handle answers one event. An error means something failed on our side
// (storage, the queue); anything the person did wrong gets a kind reply.
func (c *Coach) Handle(ctx context.Context, ev Event) ([]Message, error) {
	p, err := c.store.Person(ctx, ev.Person)
	switch {
	case errors.Is(err, ErrNotFound):
		p = Person{ID: ev.Person, Name: ev.Name}
	case err != nil:
		return c.withoutPerson(ev, fmt.Errorf("load person: %w", err))
	}
	p.locale = ev.Locale
	if err := c.keepLocale(ctx, &p); err != nil {
		// Only the language of later messages is lost: the event goes on.
		c.log.Warn("keep locale", "err", err)
	}
	if !p.Onboarded() && p.Asking.Kind == "" {
		p.Asking, _ = c.unsaved.get(p.ID, c.clock.Now())
		if p.Asking.Kind == "" && p.Asking.Lang != "" && p.LastCrisis.IsZero() {
			p.LastCrisis = p.Asking.Since // held only after a crisis reply (crisisFrom)
		}
	}
	if p.Asking.Kind == "" && c.clock.Now().Sub(p.Asking.Since) >= typedAnswerWindow {
		p.Asking = Asking{} // the language of a safety talk a day old is not kept to
	}
	var msgs []Message
	if p.Unreachable {
		msgs, err = c.backInReach(ctx, p, ev)
	} else {
		msgs, err = c.route(ctx, p, ev)
	}
	return stampLang(msgs, p, ev), err
}

// MarkUnreachable records that scheduled messages cannot reach the person.
func (c *Coach) MarkUnreachable(ctx context.Context, person string) error {
	p, err := c.store.Person(ctx, person)
	if err != nil {
		return fmt.Errorf("load person: %w", err)
	}
	p.Unreachable = true
	if err := c.store.SavePerson(ctx, p); err != nil {
		return fmt.Errorf("mark unreachable: %w", err)
	}
	return nil
}

// backInReach answers the first event from a person whose messages could
// not be delivered: it handles the event as usual, then says so.
func (c *Coach) backInReach(ctx context.Context, p Person, ev Event) ([]Message, error) {
	p.Unreachable = false
	if err := c.store.SavePerson(ctx, p); err != nil {
		return nil, fmt.Errorf("clear unreachable: %w", err)
	}
	notice := Message{Text: p.words().T("errors.unreachable")}
	msgs, err := c.route(ctx, p, ev)
	return append(msgs, notice), err // after the reply: a crisis reply must come first
}

func (c *Coach) route(ctx context.Context, p Person, ev Event) ([]Message, error) {
	switch {
	case ev.Press != nil:
		return c.afterCheckIn(ctx, p.ID, *ev.Press)(c.press(ctx, p, *ev.Press))
	case ev.Submit != nil:
		return c.afterCheckIn(ctx, p.ID, *ev.Submit)(c.submit(ctx, p, *ev.Submit, ev.Text))
	case ev.Command != "":
		return c.command(ctx, p, ev)
	default:
		return c.freeText(ctx, p, ev.Text)
	}
}

func (c *Coach) command(ctx context.Context, p Person, ev Event) ([]Message, error) {
	// Options are free text too (an activity, a zone, an intention):
	// screened like any, all of them, and the most urgent answered (the
	// writer's own crisis before someone else's, see urgency). A crisis
	// answers instead of the command; the safety question comes after its
	// reply, asked once.
	var asked []Message
	if texts := optionTexts(ev.Args); len(texts) > 0 {
		at, _ := mostUrgent(texts)
		msgs, stop, err := c.screen(ctx, &p, texts[at])
		if stop || err != nil {
			return msgs, err
		}
		asked = msgs
	}
	msgs, err := c.commandReply(ctx, p, ev)
	if err != nil {
		return msgs, err
	}
	return append(msgs, asked...), nil
}

func (c *Coach) commandReply(ctx context.Context, p Person, ev Event) ([]Message, error) {
	switch ev.Command {
	case "help":
		return []Message{helpMessage(p)}, nil
	case "crisis":
		return c.withSafetyPlan(ctx, p, c.numbersMessage(p), true), nil
	case "safetyplan":
		// Anyone may make a plan, onboarded or not: it is theirs alone.
		return c.safetyPlanCommand(ctx, p)
	case "start":
		return c.start(ctx, p, ev.Args)
	case "therapist":
		return c.therapistCommand(ctx, p, ev)
	case "group":
		return c.groupCommand(ctx, p, ev)
	case "delete":
		// Anyone may erase what is kept of them, onboarded or not: a
		// therapist, or a group member who joined a challenge.
		return c.confirmErase(ctx, p)
	case "export":
		// And anyone may have a copy of it, on the same terms.
		return c.export(ctx, p)
	}
	handler, known := map[string]func(context.Context, Person) ([]Message, error){
		"checkin":  c.checkInNow,
		"summary":  c.summary,
		"plan":     c.plan,
		"stop":     c.stop,
		"settings": c.settings,
		"resume":   c.resume,
	}[ev.Command]
	switch {
	case ev.Command == "settings" && ev.Args["language"] != "":
		handler = func(ctx context.Context, p Person) ([]Message, error) {
			return c.languageSetting(ctx, p, ev.Args["language"])
		}
	case ev.Command == "share":
		handler, known = func(ctx context.Context, p Person) ([]Message, error) { return c.share(ctx, p, ev.Args["code"]) }, true
	case ev.Command == "moved":
		handler, known = func(ctx context.Context, p Person) ([]Message, error) {
			return c.moved(ctx, p, ev.Args["minutes"], ev.Args["activity"])
		}, true
	case ev.Command == "session":
		handler, known = func(ctx context.Context, p Person) ([]Message, error) { return c.sessionCommand(ctx, p, ev.Args) }, true
	case ev.Command == "pause":
		handler, known = func(ctx context.Context, p Person) ([]Message, error) { return c.pause(ctx, p, ev.Args["days"]) }, true
	case !known:
		return []Message{{Text: p.words().T("errors.unknown_command", lang.Args{"Command": clip(ev.Command, 30)})}, helpMessage(p)}, nil
	}
	if !p.Onboarded() {
		return []Message{{Text: p.words().T("errors.not_set_up")}}, nil
	}
	return handler(ctx, p)
}

func (c *Coach) press(ctx context.Context, p Person, a Action) ([]Message, error) {
	switch a.Verb {
	case VerbConsent:
		return c.consent(ctx, p, a.Value == "yes", a.Field)
	case VerbAnswer:
		return c.answer(ctx, p, a)
	case VerbNote:
		return c.noteChoice(ctx, p, a)
	case VerbNudge:
		return c.answerNudge(ctx, p, a)
	case VerbQuestionnaire:
		return c.questionnaire(ctx, p, a)
	case VerbSetting:
		return c.setting(ctx, p, a)
	case VerbShare:
		return c.shareChoice(ctx, p, a)
	case VerbRevoke:
		return c.revoke(ctx, p, a.Field)
	case VerbGroupMood:
		return c.groupMood(ctx, p, a)
	case VerbGroupJoin:
		return c.joinChallenge(ctx, p, a.Field)
	case VerbErase:
		return c.erase(ctx, p, a.Value == "yes")
	case VerbSafetyPlan:
		return c.planPress(ctx, p, a)
	case VerbSafety:
		return c.safetyPress(ctx, p, a)
	case VerbSideEffect:
		return c.answerSideEffect(ctx, p, a)
	case VerbASQ:
		return c.asqPress(ctx, p, a)
	case VerbReflect:
		return c.reflectionPress(ctx, p, a)
	case VerbIntention:
		return c.intentionPress(ctx, p, a)
	case VerbResumePlan:
		return c.resumePlan(ctx, p, a.Value == "yes")
	}
	return []Message{staleButton(p)}, nil
}

func (c *Coach) submit(ctx context.Context, p Person, a Action, text string) ([]Message, error) {
	if a.Verb == VerbNote {
		return c.saveNote(ctx, p, a.Day, text)
	}
	if a.Verb == VerbSafetyPlan {
		return c.planSubmit(ctx, p, a, text)
	}
	if a.Verb == VerbReflect {
		return c.reflectionSubmit(ctx, p, a, text)
	}
	if a.Verb == VerbIntention {
		return c.intentionSubmit(ctx, p, a, text)
	}
	msgs, stop, err := c.screen(ctx, &p, text)
	if stop || err != nil {
		return msgs, err
	}
	var reply []Message
	switch a.Verb {
	case VerbZone:
		reply, err = c.setZone(ctx, p, text)
	case VerbTime:
		reply, err = c.setTime(ctx, p, text)
	case VerbWindow:
		reply, err = c.setWindow(ctx, p, text)
	case VerbCountry:
		reply, err = c.setCountry(ctx, p, text)
	default:
		reply = []Message{staleButton(p)}
	}
	return append(msgs, reply...), err
}

func staleButton(p Person) Message {
	return Message{Text: p.words().T("errors.stale")}
}
