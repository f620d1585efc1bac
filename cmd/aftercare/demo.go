package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftercare/aftercare/bot"
	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/crisis"
	"github.com/aftercare/aftercare/coach/lang"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/scheduler"
	"github.com/aftercare/aftercare/storage"
)

// demoDay is what the synthetic patient answers on one day of the plan.
type demoDay struct {
	mood, anxiety, energy, sleep, minutes int
	note                                  string
	nudge                                 int // the button pressed on the day's nudge: 1 done, 2 not today, 3 later; 0 none
	// safety is what Sam types when asked "are you safe right now?", and
	// asq the button pressed for each ASQ question: "Yes", "No" or
	// "I'd rather not say".
	safety string
	asq    []string
	// reflect is what Sam writes to the day's reflection prompt; empty:
	// "Not today".
	reflect string
}

// demoWeek is a plausible first week after a session: a low start, a slow
// climb, one harder day (Saturday, day 5, after the four days of
// reflection prompts), and movement that grows from nothing.
var demoWeek = demoWeekIn(lang.Default)

// demoWeekIn is demoWeek with what Sam types in a language: the words
// are the messages demo.* of the language's file, and the ASQ's answers
// the buttons of the ASQ in that language.
func demoWeekIn(language string) []demoDay {
	w, asq := lang.For(language), crisis.SafetyIn(language)
	return []demoDay{
		{mood: 2, anxiety: 4, energy: 2, sleep: 2, minutes: 0, note: w.T("demo.note_day1")},
		{mood: 3, anxiety: 3, energy: 2, sleep: 3, minutes: 10, nudge: 1, reflect: w.T("demo.reflect_day2")},
		{mood: 3, anxiety: 3, energy: 3, sleep: 3, minutes: 10, nudge: 3},
		{mood: 4, anxiety: 2, energy: 3, sleep: 4, minutes: 20, note: w.T("demo.note_day4"), nudge: 1,
			reflect: w.T("demo.reflect_day4")},
		{mood: 4, anxiety: 2, energy: 4, sleep: 4, minutes: 30, nudge: 2, reflect: w.T("demo.reflect_day5")},
		{mood: 3, anxiety: 3, energy: 2, sleep: 2, minutes: 0,
			note: w.T("demo.note_day6"), safety: w.T("demo.not_sure"),
			asq: []string{asq.Yes, asq.No, asq.No, asq.No, asq.No}},
		{mood: 4, anxiety: 2, energy: 4, sleep: 4, minutes: 20, nudge: 1},
	}
}

// demoZones are the patient's time zone in each language's demo, so that
// the crisis lines are the country's.
var demoZones = map[string]string{"en": "Europe/London", "es": "Europe/Madrid", "de": "Europe/Berlin", "fr": "Europe/Paris"}

// demoStart is a fixed Monday morning, so every run shows the same week.
// demoClinic is the pretend server in which Dr Rivera registers: the demo
// has no Discord, so it names a server of its own that vouches for them.
const demoClinic = "100000000000000001"

var demoStart = time.Date(2026, time.March, 2, 9, 0, 0, 0, mustZone("Europe/London"))

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // the tz database is embedded; this cannot fail
	}
	return loc
}

// runDemo plays a week after a therapy session for a synthetic patient, on
// an embedded store and a simulated clock, and prints the transcript.
func runDemo(ctx context.Context, out, progress io.Writer, chartDir string) error {
	return playDemo(ctx, out, progress, chartDir, nil, nil, nil, lang.Default)
}

// playDemo is the demo with a logger (nil: none) and more lines for Sam to
// type at the end; the test of what logs hold uses both. With view, the
// week is also served as the web view (demoweb.go). Sam speaks language
// (one of lang.Langs); Dr Rivera, English.
func playDemo(ctx context.Context, out, progress io.Writer, chartDir string, log *slog.Logger, extra []string, view *demoView, language string) error {
	language = cmp.Or(lang.Match(language), lang.Default)
	w, week := lang.For(language), demoWeekIn(language)
	store, err := storage.Open(ctx, "", storage.Options{DataKey: throwawayKey(), Log: log})
	if err != nil {
		return err
	}
	defer store.Close()
	clock := localtime.NewFakeClock(demoStart)
	links, err := view.listen(clock)
	if err != nil {
		return err
	}
	// Dr Rivera holds the therapist role in a pretend clinic's server, the
	// one server this demo vouches for therapists.
	c := coach.New(store, store, clock, log, coach.Config{TherapistGuilds: []string{demoClinic}, Links: links})
	console := &bot.Console{Out: out, Router: bot.Router{Coach: c, Log: log}, Person: "sam-demo", Name: "Sam", Echo: true, ChartDir: chartDir, Locale: language}
	// Dr Rivera speaks the demo's language too: her digest, alerts and page are in it.
	therapist := &bot.Console{Out: &prefixed{out, "  [Dr Rivera] "}, Router: bot.Router{Coach: c, Log: log}, Person: "rivera-demo", Name: "Dr Rivera", Echo: true,
		Roles: []string{"Therapist"}, Guild: demoClinic, GuildName: "Bright Clinic", Locale: language}
	sender := &counted{Sender: consoles{console.Person: console, therapist.Person: therapist}}
	deliver := bot.Deliverer{Coach: c, Sender: sender, Log: log}.Handle
	sched := &scheduler.Scheduler{Queue: store, Clock: clock, Log: log, Handle: func(ctx context.Context, job coach.Job) error {
		// A job that sends nothing is said so, not left as a bare time stamp.
		before := sender.sent
		err := deliver(ctx, job)
		if err == nil && sender.sent == before {
			fmt.Fprintf(out, "\n%s\n", w.T("demo.nothing", lang.Args{"Why": nothingToSend(w, job.Kind)}))
		}
		return err
	}}

	fmt.Fprintln(out, w.T("demo.intro"))
	stamp := func(out io.Writer, t time.Time) { demoStamp(w, out, t.In(mustZone(demoZones[language]))) }
	// Sam and Dr Rivera type the commands as the replies name them, in the
	// demo's language; the console takes them in any.
	say := func(lines ...string) {
		for _, l := range lines {
			console.Type(ctx, l)
		}
	}
	stamp(out, clock.Now())
	say(w.Command("start"), "1", demoZones[language], "20:00", "2", "1", "6", "8") // values: people, nature
	clock.Advance(30 * time.Minute)
	stamp(out, clock.Now())
	therapist.Type(ctx, w.Command("therapist register"))
	t, err := store.Therapist(ctx, therapist.Person)
	if err != nil {
		return err
	}
	say(w.Command("share")+" "+t.Code, "2", "1") // crisis alerts on, then share
	if err := seedWeekBefore(ctx, store, console.Person); err != nil {
		return err
	}
	fmt.Fprintln(out, "\n"+w.T("demo.week_before"))
	clock.Advance(90 * time.Minute)
	stamp(out, clock.Now())
	say(w.Command("session") + " " + w.T("demo.intention"))

	end := demoStart.AddDate(0, 0, len(week))
	shown := -1
	for {
		next, ok, err := store.NextDue(ctx)
		if err != nil {
			return err
		}
		if !ok || !next.Before(end) {
			break
		}
		clock.Set(next)
		day := int(clock.Now().Sub(demoStart) / (24 * time.Hour))
		if day != shown {
			fmt.Fprintf(progress, "demo: day %d of %d\n", day+1, len(week))
			shown = day
		}
		stamp(out, clock.Now())
		if _, err := sched.RunDue(ctx); err != nil {
			return err
		}
		respond(ctx, console, week[day], w)
	}
	clock.Set(end) // Monday 09:00: Dr Rivera's weekly digest
	stamp(out, clock.Now())
	if _, err := sched.RunDue(ctx); err != nil {
		return err
	}
	clock.Set(end.Add(10 * time.Hour))
	stamp(out, clock.Now())
	say(w.Command("summary"), w.Command("plan"), w.Command("share"))
	clock.Set(end.Add(10*time.Hour + 30*time.Minute))
	stamp(out, clock.Now())
	fmt.Fprintln(out, "\n"+w.T("demo.someone_else_intro"))
	say(w.T("demo.someone_else"))      // someone else in danger: the reply for a helper
	clock.Set(end.Add(11 * time.Hour)) // 20:00: the plan's closing message
	stamp(out, clock.Now())
	if _, err := sched.RunDue(ctx); err != nil {
		return err
	}
	say(extra...)
	fmt.Fprintln(progress, "demo: done")
	return view.serve(ctx, out, w, c, store, console.Person, therapist.Person, log)
}

// respond plays the patient: for each open question it types the number
// of the button that carries the day's answer.
func respond(ctx context.Context, console *bot.Console, d demoDay, w lang.Printer) {
	want := map[coach.Field]int{
		coach.FieldMood: d.mood, coach.FieldAnxiety: d.anxiety, coach.FieldEnergy: d.energy,
		coach.FieldSleep: d.sleep, coach.FieldMinutes: d.minutes,
	}
	for range 20 {
		m := console.Pending()
		switch {
		case m == nil:
			return
		case m.Input != nil && m.Input.Action.Verb == coach.VerbReflect:
			console.Type(ctx, d.reflect)
		case m.Input != nil:
			console.Type(ctx, d.note)
		case m.Buttons[0].Action.Verb == coach.VerbReflect:
			console.Type(ctx, map[bool]string{true: "1", false: "2"}[d.reflect != ""]) // write, or not today
		case m.Buttons[0].Action.Verb == coach.VerbSafety:
			console.Type(ctx, d.safety)
		case m.Buttons[0].Action.Verb == coach.VerbASQ:
			if len(d.asq) == 0 {
				return
			}
			console.Type(ctx, strconv.Itoa(labelled(m.Buttons, d.asq[0])))
			d.asq = d.asq[1:]
		case m.Buttons[0].Action.Verb == coach.VerbSideEffect:
			// The session evening and the day after: a little headache.
			label := w.T("effects.option", lang.Args{"Symptom": w.T("effects.headache"), "Level": w.T("effects.level1")})
			if !slices.ContainsFunc(m.Buttons, func(b coach.Button) bool { return b.Label == label }) {
				label = w.T("effects.none_others")
			}
			console.Type(ctx, strconv.Itoa(labelled(m.Buttons, label)))
		case m.Buttons[0].Action.Verb == coach.VerbNudge:
			press := d.nudge
			if press > len(m.Buttons) {
				press = 1 // a snoozed nudge, when it comes back, gets done
			}
			if press > 0 {
				console.Type(ctx, strconv.Itoa(press))
			}
			if n := console.Pending(); n != nil && len(n.Buttons) > 1 && strings.HasPrefix(n.Buttons[1].Action.Value, "at:") {
				console.Type(ctx, "2") // "Later today…" at the second time offered
			}
			return // unanswered nudges stay open, as they do for people
		default:
			console.Type(ctx, strconv.Itoa(choose(m.Buttons, want, d.note != "")))
		}
	}
}

func choose(buttons []coach.Button, want map[coach.Field]int, writeNote bool) int {
	for i, b := range buttons {
		switch {
		case b.Action.Verb == coach.VerbNote && (b.Action.Field == "write") == writeNote:
			return i + 1
		case b.Action.Verb == coach.VerbAnswer && b.Action.Value == strconv.Itoa(want[coach.Field(b.Action.Field)]):
			return i + 1
		}
	}
	return len(buttons)
}

// weekBefore is what Sam answered in the week before the session, so that
// the weekly summary has two weeks to find a pattern in: the insight needs
// at least four days in each group, session days left out.
var weekBefore = []demoDay{
	{mood: 3, anxiety: 3, energy: 3, sleep: 3, minutes: 0},
	{mood: 4, anxiety: 2, energy: 3, sleep: 3, minutes: 25},
	{mood: 2, anxiety: 4, energy: 2, sleep: 2, minutes: 0},
	{mood: 3, anxiety: 3, energy: 3, sleep: 3, minutes: 10},
	{mood: 3, anxiety: 3, energy: 3, sleep: 3, minutes: 20},
	{mood: 3, anxiety: 3, energy: 2, sleep: 3, minutes: 0},
	{mood: 3, anxiety: 3, energy: 3, sleep: 3, minutes: 5},
}

// seedWeekBefore stores weekBefore as answered check-ins, Monday to Sunday
// of the week before demoStart.
func seedWeekBefore(ctx context.Context, store *storage.Redis, person string) error {
	first := localtime.DayOf(demoStart, demoStart.Location()).AddDays(-len(weekBefore))
	for i, d := range weekBefore {
		fields := map[string]string{
			string(coach.FieldMood): strconv.Itoa(d.mood), string(coach.FieldAnxiety): strconv.Itoa(d.anxiety),
			string(coach.FieldEnergy): strconv.Itoa(d.energy), string(coach.FieldSleep): strconv.Itoa(d.sleep),
			string(coach.FieldMinutes): strconv.Itoa(d.minutes),
		}
		if err := store.SaveFields(ctx, person, first.AddDays(i), fields); err != nil {
			return fmt.Errorf("seed the week before: %w", err)
		}
	}
	return nil
}

// labelled is the number of the button with the given label, or the last.
func labelled(buttons []coach.Button, label string) int {
	for i, b := range buttons {
		if b.Label == label {
			return i + 1
		}
	}
	return len(buttons)
}

// demoStamp writes the simulated time, in Sam's zone: "--- Monday 2
// March, 09:00 ---".
func demoStamp(w lang.Printer, out io.Writer, t time.Time) {
	fmt.Fprintf(out, "\n--- %s ---\n", w.T("demo.stamp", lang.Args{"Day": w.Day(t), "Time": t.Format("15:04")}))
}

// nothingToSend says why a due job of the demo sent nothing.
func nothingToSend(w lang.Printer, kind coach.JobKind) string {
	switch kind {
	case coach.JobFollowUp:
		return w.T("demo.nothing_followup")
	case coach.JobNudge, coach.JobSnooze:
		return w.T("demo.nothing_nudge")
	case coach.JobCheckIn:
		return w.T("demo.nothing_checkin")
	case coach.JobPlanEnd:
		return w.T("demo.nothing_planend")
	case coach.JobSummary:
		return w.T("demo.nothing_summary")
	}
	return w.T("demo.nothing_other", lang.Args{"Kind": string(kind)})
}

// counted counts the messages it passes on, so that the demo can tell a
// job that sent nothing.
type counted struct {
	bot.Sender
	sent int
}

func (c *counted) Send(ctx context.Context, person string, msgs []coach.Message) error {
	c.sent += len(msgs)
	return c.Sender.Send(ctx, person, msgs)
}

// consoles sends each person's messages to their own console.
type consoles map[string]*bot.Console

func (cs consoles) Send(ctx context.Context, person string, msgs []coach.Message) error {
	c, ok := cs[person]
	if !ok {
		return fmt.Errorf("demo has no console for %s", person)
	}
	return c.Send(ctx, person, msgs)
}

// prefixed indents the therapist's side of the transcript.
type prefixed struct {
	w      io.Writer
	prefix string
}

func (p *prefixed) Write(b []byte) (int, error) {
	lines := strings.SplitAfter(string(b), "\n")
	var out strings.Builder
	for _, l := range lines {
		if l != "" && l != "\n" {
			out.WriteString(p.prefix)
		}
		out.WriteString(l)
	}
	if _, err := io.WriteString(p.w, out.String()); err != nil {
		return 0, err
	}
	return len(b), nil
}
