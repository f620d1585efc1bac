package coach_test

import (
	"context"
	"crypto/rand"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
	"github.com/aftercare/aftercare/internal/redistest"
	"github.com/aftercare/aftercare/storage"
)

// sealedWorld is a world whose store seals at rest, as the binary's does,
// and which can read the raw values Redis holds.
func sealedWorld(t *testing.T, start time.Time) (*world, string) {
	t.Helper()
	key := make([]byte, 32)
	rand.Read(key)
	prefix := redistest.Prefix(t)
	store, err := storage.Open(context.Background(), redistest.URL(t), storage.Options{Prefix: prefix, DataKey: key, Attempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	clock := localtime.NewFakeClock(start)
	w := &world{t: t, ctx: context.Background(), store: store, clock: clock, coach: coach.New(store, store, clock, nil, vouching)}
	w.press(coach.Action{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"})
	return w, prefix
}

// rawContains reports whether any hash under the prefix holds text as is.
func rawContains(t *testing.T, w *world, prefix, text string) bool {
	t.Helper()
	for _, k := range redistest.Keys(t, w.store, prefix) {
		vals, err := w.store.Client().HGetAll(w.ctx, k).Result()
		if err != nil {
			continue // not a hash
		}
		for _, v := range vals {
			if strings.Contains(v, text) {
				return true
			}
		}
	}
	return false
}

func TestSessionIntentionIsSealedAndShown(t *testing.T) {
	w, prefix := sealedWorld(t, monday9am)
	const intention = "to be gentle with my grief"
	reply := w.handle(coach.Event{Command: "session", Args: map[string]string{"intention": intention}})
	if !strings.Contains(reply, "Session logged") || !strings.Contains(reply, "“"+intention+"”") {
		t.Fatalf("/session with an intention = %q", reply)
	}
	if got := w.checkIn("2026-03-02").Integration.Intention; got != intention {
		t.Errorf("stored intention = %q", got)
	}
	if rawContains(t, w, prefix, intention) {
		t.Error("the intention is stored in the clear")
	}
	if s := w.command("summary"); !strings.Contains(s, "Your intention\n") || !strings.Contains(s, intention) {
		t.Errorf("/summary lacks the intention: %q", s)
	}
	long := w.handle(coach.Event{Command: "session", Args: map[string]string{"intention": strings.Repeat("a", coach.MaxIntentionLen+1)}})
	if !strings.Contains(long, "a little long") {
		t.Errorf("over-long intention = %q", long)
	}
}

func TestSessionLoggedAheadAsksForAnIntentionTheDayBefore(t *testing.T) {
	for _, tc := range []struct{ date, want string }{
		{"2026-03-01", "already passed"},
		{"soon", "Give the session's date"},
		{"2026-03-05 at noon", "Give the session's time"},
		{"2026-09-01", "more than 90 days ahead"},
	} {
		w := newWorld(t, monday9am)
		if reply := w.handle(coach.Event{Command: "session", Args: map[string]string{"date": tc.date}}); !strings.Contains(reply, tc.want) {
			t.Errorf("/session date:%s = %q, want %q", tc.date, reply, tc.want)
		}
	}
	w := newWorld(t, monday9am)
	reply := w.handle(coach.Event{Command: "session", Args: map[string]string{"date": "2026-03-05 14:00"}})
	if !strings.Contains(reply, "Thursday 5 March at 14:00") || !strings.Contains(reply, "The day before, I'll ask") {
		t.Fatalf("ahead = %q", reply)
	}
	jobs, _ := w.store.Upcoming(w.ctx, me)
	var prompt coach.Job
	for _, j := range jobs {
		if j.Day < "2026-03-05" && j.Kind != coach.JobIntention {
			t.Errorf("%s planned before the session", j.ID)
		}
		if j.Kind == coach.JobIntention {
			prompt = j
		}
	}
	if prompt.Day != "2026-03-04" || prompt.Due.Hour() != 20 {
		t.Fatalf("intention prompt = %+v, want Wednesday at the check-in time", prompt)
	}
	msgs := w.deliver(prompt)
	if len(msgs) != 1 || !strings.Contains(msgs[0].Text, "Your session is tomorrow") || len(msgs[0].Buttons) != 2 {
		t.Fatalf("day-before prompt = %+v", msgs)
	}
	if again := w.deliver(prompt); len(again) != 0 {
		t.Errorf("prompt sent twice: %+v", again)
	}
	in := w.msgs(coach.Event{Press: &msgs[0].Buttons[0].Action})
	if len(in) != 1 || in[0].Input == nil {
		t.Fatalf("write = %+v, want an Input", in)
	}
	if got := w.handle(coach.Event{Submit: &in[0].Input.Action, Text: "to listen"}); !strings.Contains(got, "I've kept your intention") {
		t.Errorf("intention saved = %q", got)
	}
	if got := w.checkIn("2026-03-05").Integration.Intention; got != "to listen" {
		t.Errorf("intention on the session day = %q", got)
	}
	if got := w.press(msgs[0].Buttons[1].Action); !strings.Contains(got, "just as you are") {
		t.Errorf("not now = %q", got)
	}
}

// finishCheckIn answers the day's check-in at a time with the middle
// answer of each question ("Okay"; a run of "Very low" days would bring the
// low-mood note, which no reflection prompt follows), skipping the note,
// and returns the last messages.
func (w *world) finishCheckIn(day localtime.Day, at time.Time) []coach.Message {
	w.t.Helper()
	w.clock.Set(at)
	msgs := w.msgs(coach.Event{Command: "checkin"})
	for range 12 {
		if len(msgs) == 0 || len(msgs[len(msgs)-1].Buttons) == 0 {
			return msgs
		}
		b := msgs[len(msgs)-1].Buttons
		press := b[0].Action
		switch press.Verb {
		case coach.VerbAnswer:
			press = b[min(2, len(b)-1)].Action
		case coach.VerbNote:
			press = b[1].Action // skip
		case coach.VerbSideEffect:
			press = b[len(b)-2].Action // "None of these"
		default:
			return msgs
		}
		msgs = w.msgs(coach.Event{Press: &press})
	}
	return msgs
}

func lastTitle(msgs []coach.Message) string {
	if len(msgs) == 0 {
		return ""
	}
	return msgs[len(msgs)-1].Title
}

func TestReflectionOnDaysOneToFourOnce(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	day := localtime.Day("2026-03-02")
	for i := range 7 {
		d := day.AddDays(i)
		y, m, dd := d.Date()
		msgs := w.finishCheckIn(d, time.Date(y, m, dd, 20, 0, 0, 0, time.UTC))
		q, want := coach.ReflectionPrompt(i)
		got := lastTitle(msgs) == "A moment to reflect"
		if got != want {
			t.Errorf("day %d: reflection offered %v, want %v (%+v)", i, got, want, msgs)
			continue
		}
		if want && !strings.Contains(msgs[len(msgs)-1].Text, q) {
			t.Errorf("day %d: prompt = %q, want %q", i, msgs[len(msgs)-1].Text, q)
		}
		if i == 1 && !strings.Contains(msgs[len(msgs)-1].Text, "ketamine-assisted session are a time for integration") {
			t.Errorf("first prompt does not say what the days are for: %q", msgs[len(msgs)-1].Text)
		}
		// Once a day: the check-in closing again brings no second offer.
		again := w.msgs(coach.Event{Press: &coach.Action{Verb: coach.VerbNote, Day: d, Field: "skip"}})
		if lastTitle(again) == "A moment to reflect" {
			t.Errorf("day %d: reflection offered twice", i)
		}
	}
}

func TestReflectionNotInQuietHoursAndSkippedKindly(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	if msgs := w.finishCheckIn("2026-03-03", time.Date(2026, 3, 3, 22, 30, 0, 0, time.UTC)); lastTitle(msgs) == "A moment to reflect" {
		t.Errorf("reflection offered at 22:30: %+v", msgs)
	}
	msgs := w.finishCheckIn("2026-03-04", time.Date(2026, 3, 4, 20, 0, 0, 0, time.UTC))
	if lastTitle(msgs) != "A moment to reflect" {
		t.Fatalf("no reflection on day 2: %+v", msgs)
	}
	skip := msgs[len(msgs)-1].Buttons[1].Action
	if got := w.press(skip); !strings.Contains(got, "nothing to catch up on") {
		t.Errorf("not today = %q", got)
	}
	if r := w.checkIn("2026-03-04").Integration; !r.ReflectionDone || r.Reflection != "" {
		t.Errorf("after skipping: %+v", r)
	}
}

func TestReflectionWrittenSealedExportedAndErased(t *testing.T) {
	w, prefix := sealedWorld(t, monday9am)
	w.command("session")
	msgs := w.finishCheckIn("2026-03-03", time.Date(2026, 3, 3, 20, 0, 0, 0, time.UTC))
	write := msgs[len(msgs)-1].Buttons[0].Action
	in := w.msgs(coach.Event{Press: &write})
	if len(in) != 1 || in[0].Input == nil {
		t.Fatalf("write = %+v", in)
	}
	const words = "the feeling of being held by the music"
	if got := w.handle(coach.Event{Submit: &in[0].Input.Action, Text: words}); !strings.Contains(got, "kept safely") {
		t.Errorf("saved = %q", got)
	}
	if rawContains(t, w, prefix, words) {
		t.Error("the reflection is stored in the clear")
	}
	if s := w.command("summary"); !strings.Contains(s, "What has stayed with you from the session?") || !strings.Contains(s, words) {
		t.Errorf("/summary lacks the reflection: %q", s)
	}
	export := w.msgs(coach.Event{Command: "export"})
	if len(export) != 1 || !strings.Contains(string(export[0].Files[0].Data), words) {
		t.Errorf("/export lacks the reflection")
	}
	w.press(coach.Action{Verb: coach.VerbErase, Value: "yes"})
	if r := w.checkIn("2026-03-03").Integration; r.Reflection != "" || r.ReflectionQ != 0 {
		t.Errorf("after /delete the reflection remains: %+v", r)
	}
	if rawContains(t, w, prefix, "reflect") {
		t.Error("after /delete a reflection field remains")
	}
}

func TestReflectionsReachATherapistOnlyUnderTheirOwnConsent(t *testing.T) {
	for _, tc := range []struct {
		flags string
		shown bool
	}{{"n", false}, {"an", false}, {"r", true}} {
		w := newWorld(t, monday9am)
		code := w.registerTherapist()
		w.shareWith(me, "Sam", code, tc.flags)
		offer := w.as(me, "Sam", coach.Event{Command: "share", Args: map[string]string{"code": code}})
		if !strings.Contains(offer, "the words of your session intentions and reflections: no") || !strings.Contains(offer, "[Share my reflections too]") {
			t.Fatalf("offer = %q", offer)
		}
		w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "session", "patient": me, "intention": "to notice old grief"}})
		if got := w.checkIn("2026-03-02").Integration.Intention; got != "to notice old grief" {
			t.Errorf("therapist's intention = %q", got)
		}
		msgs := w.finishCheckIn("2026-03-03", time.Date(2026, 3, 3, 20, 0, 0, 0, time.UTC))
		in := w.msgs(coach.Event{Press: &msgs[len(msgs)-1].Buttons[0].Action})
		w.handle(coach.Event{Submit: &in[0].Input.Action, Text: "quiet in my chest"})
		digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
		if got := strings.Contains(digest, "quiet in my chest") && strings.Contains(digest, "to notice old grief"); got != tc.shown {
			t.Errorf("flags %q: reflections in the digest %v, want %v:\n%s", tc.flags, got, tc.shown, digest)
		}
	}
}

func TestSessionAheadInsideAPlanRidesWithTheCheckIn(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session")
	w.handle(coach.Event{Command: "session", Args: map[string]string{"date": "2026-03-05 14:00"}})
	jobs, _ := w.store.Upcoming(w.ctx, me)
	perDay := map[localtime.Day]int{}
	for _, j := range jobs {
		perDay[j.Day]++
		if j.Kind == coach.JobIntention {
			t.Errorf("a separate intention prompt on a day with a check-in: %s", j.ID)
		}
	}
	for d, n := range perDay {
		if n > 3 {
			t.Errorf("%s has %d messages", d, n)
		}
	}
	msgs := w.finishCheckIn("2026-03-04", time.Date(2026, 3, 4, 20, 0, 0, 0, time.UTC))
	if lastTitle(msgs) != "Your session tomorrow" {
		t.Errorf("Wednesday's check-in ends with %q, want the intention prompt", lastTitle(msgs))
	}
	// Thursday's check-in belongs to the new session's plan: the evening.
	for _, j := range jobs {
		if j.Day == "2026-03-05" && j.Kind != coach.JobCheckIn {
			t.Errorf("the new session's day has a %s", j.Kind)
		}
	}
}
