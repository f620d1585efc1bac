package coach_test

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/coach/localtime"
)

const therapistID = "9001"

// clinic is the one server the tests' coach trusts to vouch for therapists.
const clinic = "3001"

var vouching = coach.Config{TherapistGuilds: []string{clinic}}

// inClinic is an event in the clinic's server from a member with roles.
func inClinic(ev coach.Event, roles ...string) coach.Event {
	ev.Guild, ev.GuildName, ev.Roles = clinic, "Bright Clinic", roles
	return ev
}

// as handles an event from someone other than me.
func (w *world) as(id, name string, ev coach.Event) string {
	w.t.Helper()
	ev.Person, ev.Name = id, name
	msgs, err := w.coach.Handle(w.ctx, ev)
	if err != nil {
		w.t.Fatalf("Handle(%s, %+v): %v", id, ev, err)
	}
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Title + "\n" + m.Text + "\n")
		for _, btn := range m.Buttons {
			b.WriteString("[" + btn.Label + "] ")
		}
	}
	return b.String()
}

// onboard sets up a patient in London with check-ins at 20:00.
func (w *world) onboard(id, name string) {
	w.t.Helper()
	w.as(id, name, coach.Event{Press: &coach.Action{Verb: coach.VerbConsent, Field: "Europe/London@20:00", Value: "yes"}})
	w.as(id, name, coach.Event{Press: &coach.Action{Verb: coach.VerbSetting, Field: "ability", Value: "medium"}})
}

var codePattern = regexp.MustCompile(`[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}`)

// registerTherapist registers the therapist and returns the invite code.
func (w *world) registerTherapist() string {
	w.t.Helper()
	reply := w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "register"}}, "Therapist"))
	code := codePattern.FindString(reply)
	if code == "" {
		w.t.Fatalf("no invite code in %q", reply)
	}
	return code
}

// shareWith has a patient accept the code with the given optional flags.
func (w *world) shareWith(id, name, code, flags string) {
	w.t.Helper()
	offer := w.as(id, name, coach.Event{Command: "share", Args: map[string]string{"code": code}})
	if !strings.Contains(offer, "Share with Dr Rivera?") {
		w.t.Fatalf("share offer = %q", offer)
	}
	done := w.as(id, name, coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "ok:" + flags}})
	if !strings.Contains(done, "you're sharing with Dr Rivera") {
		w.t.Fatalf("share confirm = %q", done)
	}
}

func TestTherapistRegistrationNeedsTheRole(t *testing.T) {
	w := newWorld(t, monday9am)
	reply := w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "register"}}, "Member"))
	if !strings.Contains(reply, `needs the "Therapist" role`) {
		t.Errorf("without the role: %q", reply)
	}
	if _, err := w.store.Therapist(w.ctx, therapistID); !errors.Is(err, coach.ErrNotFound) {
		t.Errorf("registered without the role: %v", err)
	}
	if reply := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}}); !strings.Contains(reply, "for therapists who registered") {
		t.Errorf("digest before registering: %q", reply)
	}
}

func TestInviteCodeRotationAndExpiry(t *testing.T) {
	w := newWorld(t, monday9am)
	old := w.registerTherapist()
	reply := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "code"}})
	fresh := codePattern.FindString(reply)
	if fresh == "" || fresh == old {
		t.Fatalf("rotated code %q (old %q)", fresh, old)
	}
	w.onboard("1", "Ana")
	if offer := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": old}}); !strings.Contains(offer, "don't recognise that code") {
		t.Errorf("old code still works: %q", offer)
	}
	if offer := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": strings.ToLower(strings.ReplaceAll(fresh, "-", " "))}}); !strings.Contains(offer, "Share with Dr Rivera?") {
		t.Errorf("new code typed loosely: %q", offer)
	}
}

func TestShareOfferSaysExactlyWhatAndStoresNothingUntilConfirmed(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	offer := w.as("1", "Ana", coach.Event{Command: "share", Args: map[string]string{"code": code}})
	for _, want := range []string{"under the name \"Ana\"", "in a crisis, and a short note when", "safety soon: no", "notes: no", "[Share]", "[Turn crisis alerts on]", "[Share my notes too]"} {
		if !strings.Contains(offer, want) {
			t.Errorf("offer lacks %q:\n%s", want, offer)
		}
	}
	toggled := w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "set:a"}})
	if !strings.Contains(toggled, "safety soon: yes") || !strings.Contains(toggled, "notes: no") {
		t.Errorf("after turning alerts on: %q", toggled)
	}
	if shares, _ := w.store.Shares(w.ctx, "1"); len(shares) != 0 {
		t.Fatalf("shares stored before confirming: %+v", shares)
	}
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbShare, Field: code, Value: "ok:a"}})
	shares, _ := w.store.Shares(w.ctx, "1")
	if len(shares) != 1 || !shares[0].Scope.Alerts || shares[0].Scope.Notes || !shares[0].Scope.Trends {
		t.Errorf("share = %+v, want alerts on, notes off, the rest on", shares)
	}
	list := w.as("1", "Ana", coach.Event{Command: "share"})
	if !strings.Contains(list, "Dr Rivera, since") || !strings.Contains(list, "started sharing with Dr Rivera") || !strings.Contains(list, "[Stop sharing with Dr Rivera]") {
		t.Errorf("/share list = %q", list)
	}
}

// seedDays gives a patient check-ins from the first day on, one mood a day.
func (w *world) seedDays(id string, first localtime.Day, moods []int, minutes int, note string) {
	w.t.Helper()
	for i, m := range moods {
		day := first.AddDays(i)
		fields := map[string]string{"mood": strconv.Itoa(m), "anxiety": "2", "minutes": strconv.Itoa(minutes), "sent": "2026-03-02T20:00:00Z"}
		if note != "" {
			fields["note"] = note
		}
		if err := w.store.SaveFields(w.ctx, id, day, fields); err != nil {
			w.t.Fatal(err)
		}
	}
}

// seedSent records n check-ins from the first day on, sent and not answered.
func (w *world) seedSent(id string, first localtime.Day, n int) {
	w.t.Helper()
	for i := range n {
		if err := w.store.SaveFields(w.ctx, id, first.AddDays(i), map[string]string{"sent": "2026-03-02T20:00:00Z"}); err != nil {
			w.t.Fatal(err)
		}
	}
}

func TestDigestShowsOnlyConsentingPatientsAndOnlyWhatTheyAllowed(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	for _, p := range []struct{ id, name, flags string }{{"1", "Ana", "n"}, {"2", "Ben", "a"}, {"3", "Cleo", ""}, {"4", "Dev", ""}} {
		w.onboard(p.id, p.name)
		if p.id == "3" {
			w.seedDays(p.id, "2026-03-03", []int{3, 2, 2}, 0, "private words Cleo") // answers stop on Thursday
			w.seedSent(p.id, "2026-03-06", 3)                                       // while check-ins still come
		} else {
			w.seedDays(p.id, "2026-03-02", []int{4, 4, 4, 4, 4, 4, 4, 4}, 20, "private words "+p.name)
		}
		if p.id != "4" { // Dev never shares
			w.shareWith(p.id, p.name, code, p.flags)
		}
	}
	w.clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC))
	w.as("2", "Ben", coach.Event{Text: "i want to kill myself"}) // Ben allowed alerts

	digest := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}})
	if strings.Contains(digest, "Dev") || strings.Contains(digest, "private words Ben") || strings.Contains(digest, "private words Cleo") {
		t.Errorf("digest shows what it must not:\n%s", digest)
	}
	lines := strings.Split(digest, "\n")
	var rows []string
	for _, l := range lines {
		if strings.Contains(l, " — check-ins") {
			rows = append(rows, l)
		}
	}
	if len(rows) != 3 {
		t.Fatalf("digest rows = %d, want Ana, Ben, Cleo:\n%s", len(rows), digest)
	}
	// Flagged first (Ben: crisis; Cleo: days without answering), then by name.
	if !strings.HasPrefix(rows[0], "Ben — ") || !strings.HasPrefix(rows[1], "Cleo — ") || !strings.HasPrefix(rows[2], "Ana — ") {
		t.Errorf("row order = %q", rows)
	}
	// Ana's week is Monday 2 to Sunday 8 March, as in her own summary; the
	// week before has no answers, so there is nothing to compare with.
	if want := "Ana — check-ins 7 of 7 · mood 4.0 · anxiety 2.0 · 140 min moved"; rows[2] != want {
		t.Errorf("Ana's row = %q\nwant        %q", rows[2], want)
	}
	if !strings.Contains(rows[0], "⚑ crisis flag this week") || !strings.Contains(rows[1], "⚑ 3+ days without answering") || strings.Contains(rows[2], "⚑") {
		t.Errorf("flags wrong:\n%s", strings.Join(rows, "\n"))
	}
	if !strings.Contains(digest, "note Tuesday 3 March: private words Ana") {
		t.Errorf("Ana allowed notes, but they are missing:\n%s", digest)
	}
	if log, _ := w.store.AuditLog(w.ctx, "1", 1); len(log) != 1 || log[0].What != "received your data in their weekly digest" {
		t.Errorf("Ana's record = %+v, want the digest recorded", log)
	}

	// Ana revokes: the next digest leaves her out.
	w.as("1", "Ana", coach.Event{Press: &coach.Action{Verb: coach.VerbRevoke, Field: therapistID}})
	if again := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "digest"}}); strings.Contains(again, "Ana") {
		t.Errorf("digest after revocation still shows Ana:\n%s", again)
	}
}

func TestCrisisAlertOnlyWithConsentAndWithoutWords(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("2", "Ben")
	w.shareWith("2", "Ben", code, "a")
	w.as("2", "Ben", coach.Event{Text: "i want to end my life tonight"})
	jobs, _ := w.store.Upcoming(w.ctx, therapistID)
	var alert *coach.Job
	for i := range jobs {
		if jobs[i].Kind == coach.JobAlert {
			alert = &jobs[i]
		}
	}
	if alert == nil || alert.About != "2" || alert.Due.After(w.clock.Now()) {
		t.Fatalf("alert job = %+v, want one due now about Ben", alert)
	}
	msgs, err := w.coach.Deliver(w.ctx, *alert)
	if err != nil || len(msgs) != 1 {
		t.Fatalf("Deliver alert = %+v, %v", msgs, err)
	}
	if !strings.Contains(msgs[0].Text, "Aftercare sent Ben its crisis reply") || strings.Contains(msgs[0].Text, "end my life") {
		t.Errorf("alert text = %q", msgs[0].Text)
	}
	// Revoked between the crisis and the send: nothing goes out.
	w.as("2", "Ben", coach.Event{Press: &coach.Action{Verb: coach.VerbRevoke, Field: therapistID}})
	if msgs, err := w.coach.Deliver(w.ctx, *alert); !errors.Is(err, coach.ErrInactive) || len(msgs) != 0 {
		t.Errorf("alert after revocation = %+v, %v; want nothing", msgs, err)
	}
}

func TestNoAlertWithoutAlertConsent(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("3", "Cleo")
	w.shareWith("3", "Cleo", code, "")
	w.as("3", "Cleo", coach.Event{Text: "i want to kill myself"})
	jobs, _ := w.store.Upcoming(w.ctx, therapistID)
	for _, j := range jobs {
		if j.Kind == coach.JobAlert {
			t.Errorf("alert scheduled without consent: %+v", j)
		}
	}
}

func TestTherapistSessionOnlyForConsentingPatients(t *testing.T) {
	w := newWorld(t, monday9am)
	code := w.registerTherapist()
	w.onboard("1", "Ana")
	w.onboard("4", "Dev")
	w.shareWith("1", "Ana", code, "")
	ok := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "session", "patient": "1"}})
	if !strings.Contains(ok, "Logged a session for Ana") {
		t.Errorf("session for Ana: %q", ok)
	}
	if jobs, _ := w.store.Upcoming(w.ctx, "1"); len(jobs) == 0 {
		t.Error("no plan for Ana after the therapist logged a session")
	}
	for _, who := range []string{"4", "999", "not-a-person"} {
		refused := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Args: map[string]string{"action": "session", "patient": who}})
		if !strings.Contains(refused, "only log a session for a patient who shares with you") {
			t.Errorf("session for %s: %q", who, refused)
		}
	}
	if jobs, _ := w.store.Upcoming(w.ctx, "4"); len(jobs) != 0 {
		t.Error("a plan was made for Dev, who never shared")
	}
}

func TestTherapistChoosesDigestTime(t *testing.T) {
	w := newWorld(t, monday9am)
	reply := w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist",
		Args: map[string]string{"action": "register", "zone": "America/New_York", "day": "friday", "time": "4pm"}}, "Therapist"))
	if !strings.Contains(reply, "comes on Friday at 16:00 (America/New_York time)") {
		t.Errorf("register reply = %q", reply)
	}
	jobs, _ := w.store.Upcoming(w.ctx, therapistID)
	ny, _ := time.LoadLocation("America/New_York")
	if len(jobs) != 1 || jobs[0].Kind != coach.JobDigest || jobs[0].Due.In(ny).Format("Mon 15:04") != "Fri 16:00" {
		t.Errorf("digest jobs = %+v", jobs)
	}
	w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist", Args: map[string]string{"action": "register", "day": "tuesday"}}, "Therapist"))
	if jobs, _ := w.store.Upcoming(w.ctx, therapistID); len(jobs) != 1 || jobs[0].Due.In(ny).Weekday() != time.Tuesday {
		t.Errorf("after moving the digest to Tuesday: %+v, want exactly one", jobs)
	}
	if bad := w.as(therapistID, "Dr Rivera", inClinic(coach.Event{Command: "therapist",
		Args: map[string]string{"action": "register", "day": "someday"}}, "Therapist")); !strings.Contains(bad, "weekday name") {
		t.Errorf("bad day = %q", bad)
	}
}

// The insight read through the store leaves the session day out: with it,
// the other days would be five.
func TestSummaryInsightLeavesOutTheSessionDay(t *testing.T) {
	w := newWorld(t, monday9am)
	w.command("session") // Monday 2 March
	w.seedDays(me, "2026-03-02", []int{1}, 0, "")
	w.seedDays(me, "2026-03-03", []int{4, 4, 4, 4}, 30, "")
	w.seedDays(me, "2026-03-07", []int{2, 3, 2, 3}, 0, "")
	w.clock.Set(time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC))
	summary := w.command("summary")
	if want := "on the 4 days you moved 20 minutes or more, your mood averaged 4.0; on the 4 other days, 2.5."; !strings.Contains(summary, want) {
		t.Errorf("summary lacks %q:\n%s", want, summary)
	}
}
