package coach_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftercare/aftercare/coach"
	"github.com/aftercare/aftercare/internal/langtest"
)

// therapistAs is a /therapist event from the therapist, in a Discord
// client whose locale is locale.
func therapistAs(locale string, args map[string]string) coach.Event {
	return inClinic(coach.Event{Command: "therapist", Locale: locale, Args: args}, "Therapist")
}

// allowedInClinic are the words a therapist's messages hold in every
// language: the patients' names, their own words, codes and zones.
var allowedInClinic = []string{"Dr Rivera", "Ana", "Ben", "Cleo", "Europe/London", "UTC", "GMT", "ASQ", "PHQ-9", "GAD-7"}

// TestGermanTherapistReadsGerman: a therapist whose Discord is in German
// registers, and then everything they receive — the registration, the
// invite code, the digest with its rows, flags and notes, a crisis alert,
// the web view's refusal — is German, with no English sentence in it.
func TestGermanTherapistReadsGerman(t *testing.T) {
	w := newWorld(t, monday9am)
	reg := w.as(therapistID, "Dr Rivera", therapistAs("de", map[string]string{"action": "register"}))
	code := codePattern.FindString(reg)
	if code == "" || !strings.Contains(reg, "Sie sind registriert") || !strings.Contains(reg, "Einladungscode") {
		t.Fatalf("registration with locale de = %q", reg)
	}
	for _, p := range []struct{ id, name, flags string }{{"1", "Ana", "n"}, {"2", "Ben", "a"}, {"3", "Cleo", ""}} {
		w.onboard(p.id, p.name)
		if p.id == "3" {
			w.seedDays(p.id, "2026-03-03", []int{3, 2, 2}, 0, "")
			w.seedSent(p.id, "2026-03-06", 3)
		} else {
			w.seedDays(p.id, "2026-03-02", []int{4, 4, 4, 4, 4, 4, 4, 4}, 20, "ruhiger Tag")
		}
		w.shareWith(p.id, p.name, code, p.flags)
	}
	w.clock.Set(time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC))
	w.as("2", "Ben", coach.Event{Text: "i want to kill myself"})

	// The digest comes as the weekly job, with no interaction to give a
	// locale: the language is the therapist's record's.
	msgs, err := w.coach.Deliver(w.ctx, coach.NewJob(therapistID, coach.JobDigest, "2026-03-09", w.clock.Now()))
	if err != nil || len(msgs) != 1 {
		t.Fatalf("digest = %+v, %v", msgs, err)
	}
	digest := msgs[0].Title + "\n" + msgs[0].Text
	for _, want := range []string{"Wochenbericht", "Ana — Check-ins 7 von 7 · Stimmung 4,0 · Angst 2,0 · 140 Min. Bewegung", "⚑ Krisenmarkierung diese Woche", "⚑ 3+ Tage ohne Antwort", "Notiz Dienstag, 3. März: ruhiger Tag"} {
		if !strings.Contains(digest, want) {
			t.Errorf("German digest lacks %q:\n%s", want, digest)
		}
	}
	if english := langtest.English(digest, "de", append(allowedInClinic, "ruhiger Tag")...); len(english) > 0 {
		t.Errorf("English in the German digest: %q", english)
	}

	jobs, _ := w.store.Upcoming(w.ctx, therapistID)
	var alert coach.Job
	for _, j := range jobs {
		if j.Kind == coach.JobAlert {
			alert = j
		}
	}
	msgs, err = w.coach.Deliver(w.ctx, alert)
	if err != nil || len(msgs) != 1 {
		t.Fatalf("alert = %+v, %v", msgs, err)
	}
	text := msgs[0].Title + "\n" + msgs[0].Text
	if !strings.Contains(text, "Aftercare hat Ben um 09:00 Uhr am Montag, 9. März (UTC) seine Krisenantwort geschickt") {
		t.Errorf("German alert = %q", text)
	}
	if english := langtest.English(text, "de", allowedInClinic...); len(english) > 0 {
		t.Errorf("English in the German alert: %q", english)
	}

	// The web page's data is in her language too: its flags and alerts.
	v, err := w.coach.TherapistPage(w.ctx, therapistID)
	if err != nil || v.Lang != "de" || len(v.Patients) != 3 {
		t.Fatalf("therapist page = %+v, %v", v, err)
	}
	var page []string
	for _, p := range v.Patients {
		page = append(append(append(page, p.Flags...), p.Alerts...), p.Adherence)
	}
	if english := langtest.English(strings.Join(page, "\n"), "de", allowedInClinic...); len(english) > 0 || !strings.Contains(strings.Join(page, "\n"), "Krisenantwort gesendet") {
		t.Errorf("the German therapist's page data: %q; English: %q", page, english)
	}

	for _, action := range []string{"code", "dashboard", "nonsense"} {
		reply := w.as(therapistID, "Dr Rivera", therapistAs("", map[string]string{"action": action}))
		if english := langtest.English(reply, "de", append(allowedInClinic, code)...); len(english) > 0 || codePattern.MatchString(reply) != (action == "code") {
			t.Errorf("/therapist %s in German = %q; English: %q", action, reply, english)
		}
	}
}

// TestTherapistLanguageOption: the register option wins over Discord's
// locale, and registering again with another changes it.
func TestTherapistLanguageOption(t *testing.T) {
	w := newWorld(t, monday9am)
	reg := w.as(therapistID, "Dr Rivera", therapistAs("de", map[string]string{"action": "register", "language": "fr"}))
	if !strings.Contains(reg, "Votre inscription est faite") {
		t.Errorf("registration with language fr = %q", reg)
	}
	if english := langtest.English(reg, "fr", allowedInClinic...); len(english) > 0 {
		t.Errorf("English in the French registration: %q", english)
	}
	digest := w.as(therapistID, "Dr Rivera", therapistAs("de", map[string]string{"action": "digest"}))
	if !strings.Contains(digest, "Bilan hebdomadaire") {
		t.Errorf("digest of a French therapist with a German client = %q", digest)
	}
	// Registering again from a client that gives no locale (the console)
	// keeps the language she had.
	if again := w.as(therapistID, "Dr Rivera", therapistAs("", map[string]string{"action": "register"})); !strings.Contains(again, "Votre inscription est faite") {
		t.Errorf("registration again with no option and no locale = %q", again)
	}
	reg = w.as(therapistID, "Dr Rivera", therapistAs("", map[string]string{"action": "register", "language": "es", "day": "viernes"}))
	if !strings.Contains(reg, "Registro completado. Su resumen semanal llega cada viernes") {
		t.Errorf("registration again with language es and a Spanish weekday = %q", reg)
	}
}

// TestAddedTherapistTakesTheirLanguage: a therapist an admin added gets
// the language of their own first command, and keeps it for the digest.
func TestAddedTherapistTakesTheirLanguage(t *testing.T) {
	w := newWorld(t, monday9am)
	add := inClinic(coach.Event{Command: "therapist", CanManageServer: true, Args: map[string]string{"action": "add", "user": therapistID, "user_name": "Dr Rivera"}})
	if reply := w.as("7000", "Admin", add); !strings.Contains(reply, "Dr Rivera is registered as a therapist") {
		t.Fatalf("add = %q", reply)
	}
	if reply := w.as(therapistID, "Dr Rivera", coach.Event{Command: "therapist", Locale: "es-419", Args: map[string]string{"action": "code"}}); !strings.Contains(reply, "Su código de invitación es") {
		t.Errorf("/therapist code from a Spanish client = %q", reply)
	}
	msgs, err := w.coach.Deliver(w.ctx, coach.NewJob(therapistID, coach.JobDigest, "2026-03-09", w.clock.Now()))
	if err != nil || len(msgs) != 1 || msgs[0].Title != "Resumen semanal" {
		t.Errorf("digest after a Spanish command = %+v, %v", msgs, err)
	}
}

// TestFrenchGroupPostsFrench: a group set up in French posts, closes and
// rounds up in French, whoever answers; each member's own reply is in
// their own language.
func TestFrenchGroupPostsFrench(t *testing.T) {
	w := newWorld(t, monday9am)
	setup := w.setupGroup(map[string]string{"time": "12:00", "k": "3", "language": "fr"})
	if !strings.HasPrefix(strings.TrimSpace(setup), "C'est fait. Je publierai ici un check-in de groupe chaque jour à 12:00") {
		t.Errorf("French setup reply = %q", setup)
	}
	challenge := w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "challenge", "minutes": "600"}})
	post, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now()))
	if err != nil || len(post) != 1 {
		t.Fatalf("post = %+v, %v", post, err)
	}
	var labels []string
	for _, b := range post[0].Buttons {
		labels = append(labels, b.Label)
	}
	if strings.Join(labels, "|") != "Très basse|Basse|Moyenne|Bonne|Très bonne|Compter mes minutes" {
		t.Errorf("French post's buttons = %q", labels)
	}
	closed := w.groupDay("2026-03-03", []int{1, 2, 2, 4, 5}) // members with no language: their replies are English ("Counted")
	if !strings.HasPrefix(closed, "5 personnes ont répondu. Humeurs : Très basse 1 · Basse 2 · Moyenne 0 · Bonne 1 · Très bonne 1.") {
		t.Errorf("French close = %q", closed)
	}
	week, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupDigest, "2026-03-08", time.Now()))
	if err != nil || len(week) != 1 {
		t.Fatalf("round-up = %+v, %v", week, err)
	}
	all := strings.Join([]string{setup, challenge, post[0].Title, post[0].Text, closed, week[0].Title, week[0].Text}, "\n")
	if english := langtest.English(all, "fr", "Europe/London", "UTC"); len(english) > 0 {
		t.Errorf("English in the French group's channel: %q\n%s", english, all)
	}
	// A member whose client is Spanish is answered in Spanish.
	if reply := w.as("8100", "Member", coach.Event{Channel: channel, Locale: "es-ES", Press: &coach.Action{Verb: coach.VerbGroupMood, Day: "2026-03-03", Field: channel, Value: "3"}}); !strings.Contains(reply, "Ese check-in de grupo ya se cerró") {
		t.Errorf("Spanish member's late tap = %q", reply)
	}
}

// TestGroupTakesTheLanguageOfWhoSetsItUp: without the option, the group
// speaks the language of the admin's client, and keeps it when set up again.
func TestGroupTakesTheLanguageOfWhoSetsItUp(t *testing.T) {
	w := newWorld(t, monday9am)
	w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Locale: "de", Args: map[string]string{"action": "setup"}})
	again := w.as("7001", "Other admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Args: map[string]string{"action": "setup", "time": "13:00"}})
	if !strings.Contains(again, "Erledigt. Ich poste hier jeden Tag um 13:00 Uhr") {
		t.Errorf("setup again by an English admin = %q", again)
	}
	post, err := w.coach.Deliver(w.ctx, coach.NewJob("group-"+channel, coach.JobGroupPost, "2026-03-02", time.Now()))
	if err != nil || len(post) != 1 || post[0].Title != "Gruppen-Check-in" {
		t.Errorf("post of a German group = %+v, %v", post, err)
	}
}

// TestTherapistRegisterAgainKeepsTheirLanguage: a therapist who chose
// Spanish from an English client, registering again to change only the
// zone, stays Spanish: the client's locale, always present, does not
// undo the choice.
func TestTherapistRegisterAgainKeepsTheirLanguage(t *testing.T) {
	w := newWorld(t, monday9am)
	reg := w.as(therapistID, "Dr Rivera", therapistAs("en-US", map[string]string{"action": "register", "language": "es"}))
	if !strings.Contains(reg, "Registro completado") {
		t.Fatalf("registration with language es = %q", reg)
	}
	again := w.as(therapistID, "Dr Rivera", therapistAs("en-US", map[string]string{"action": "register", "zone": "Europe/London"}))
	if !strings.Contains(again, "Registro completado") || !strings.Contains(again, "Europe/London") {
		t.Errorf("registration again with only a zone from an en-US client = %q", again)
	}
}

// failingTherapistSave is a store that cannot save a therapist.
type failingTherapistSave struct{ coach.Store }

func (failingTherapistSave) SaveTherapist(context.Context, coach.Therapist) error {
	return errors.New("connection refused")
}

// TestTherapistLanguageUnsavedStillAnswers: a therapist an admin added,
// whose language cannot be kept at their first command, still gets their
// digest and dashboard, in their client's language; nothing is saved.
func TestTherapistLanguageUnsavedStillAnswers(t *testing.T) {
	w := newWorld(t, monday9am)
	add := inClinic(coach.Event{Command: "therapist", CanManageServer: true, Args: map[string]string{"action": "add", "user": therapistID, "user_name": "Dr Rivera"}})
	if reply := w.as("7000", "Admin", add); !strings.Contains(reply, "Dr Rivera is registered as a therapist") {
		t.Fatalf("add = %q", reply)
	}
	c := coach.New(failingTherapistSave{w.store}, w.store, w.clock, nil, vouching)
	for _, action := range []string{"digest", "dashboard"} {
		msgs, err := c.Handle(w.ctx, coach.Event{Person: therapistID, Name: "Dr Rivera", Command: "therapist", Locale: "es-419", Args: map[string]string{"action": action}})
		if err != nil || len(msgs) == 0 {
			t.Fatalf("/therapist %s with the language unsaved = %+v, %v", action, msgs, err)
		}
		if text := msgs[0].Title + "\n" + msgs[0].Text; langtest.English(text, "es", allowedInClinic...) != nil || action == "digest" && msgs[0].Title != "Resumen semanal" {
			t.Errorf("/therapist %s from a Spanish client, language unsaved = %q", action, text)
		}
	}
	if th, err := w.store.Therapist(w.ctx, therapistID); err != nil || th.Lang != "" {
		t.Errorf("therapist after an unsaved language = %+v, %v", th, err)
	}
}

// TestGroupFromBeforeLanguagesStaysEnglish: a group saved before
// languages (no language: English) stays English when a German admin
// sets it up again without the option; the option still changes it.
func TestGroupFromBeforeLanguagesStaysEnglish(t *testing.T) {
	w := newWorld(t, monday9am)
	if err := w.store.SaveGroup(w.ctx, coach.Group{ID: channel, Zone: "Europe/London", K: 5}); err != nil {
		t.Fatal(err)
	}
	again := w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Locale: "de", Args: map[string]string{"action": "setup", "time": "13:00"}})
	if !strings.Contains(again, "Done. I'll post a group check-in here every day at 13:00") {
		t.Errorf("setup again of an English group by a German admin = %q", again)
	}
	if g, err := w.store.Group(w.ctx, channel); err != nil || g.Lang != "" {
		t.Errorf("group after setup again = %+v, %v; want its language left empty (English)", g, err)
	}
	fr := w.as("7000", "Admin", coach.Event{Command: "group", Channel: channel, CanManage: true, Locale: "de", Args: map[string]string{"action": "setup", "language": "fr"}})
	if !strings.Contains(fr, "C'est fait") {
		t.Errorf("setup with language fr = %q", fr)
	}
}

// TestUnknownLanguageOptionAnsweredKindly: a language option no language
// matches (typed at a console) is answered with the languages there are,
// and changes nothing, for /group setup and /therapist register alike.
func TestUnknownLanguageOptionAnsweredKindly(t *testing.T) {
	w := newWorld(t, monday9am)
	offered := "Which language would you like me to use? English · Español · Deutsch · Français"
	if reply := w.setupGroup(map[string]string{"language": "klingon"}); !strings.Contains(reply, offered) {
		t.Errorf("/group setup language klingon = %q", reply)
	}
	if _, err := w.store.Group(w.ctx, channel); err == nil {
		t.Error("a group was set up with an unknown language")
	}
	reg := w.as(therapistID, "Dr Rivera", therapistAs("", map[string]string{"action": "register", "language": "es"}))
	if !strings.Contains(reg, "Registro completado") {
		t.Fatalf("registration with language es = %q", reg)
	}
	reply := w.as(therapistID, "Dr Rivera", therapistAs("", map[string]string{"action": "register", "language": "xx"}))
	if !strings.Contains(reply, "English · Español · Deutsch · Français") || strings.Contains(reply, "Which language") {
		t.Errorf("/therapist register language xx by a Spanish therapist = %q; want the languages offered in Spanish", reply)
	}
	if th, err := w.store.Therapist(w.ctx, therapistID); err != nil || th.Lang != "es" {
		t.Errorf("therapist after an unknown language = %+v, %v", th, err)
	}
}
